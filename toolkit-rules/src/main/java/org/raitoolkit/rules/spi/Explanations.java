package org.raitoolkit.rules.spi;

import java.util.Objects;
import org.raitoolkit.model.Reason;

/**
 * Makes {@link Reason}s for the rule that is firing. Every rule file declares it as the global
 * {@code why}:
 *
 * <pre>{@code
 * global org.raitoolkit.rules.spi.Explanations why;
 * ...
 * then
 *     modify($d) { raise(Decision.ESCALATE, why.because("national law requires review", "law", "Act 12")) }
 * }</pre>
 *
 * <p>The engine tells it which rule is firing, so a reason always carries the {@code @id} of
 * the rule that made it. One instance serves one session on one thread; it is not thread-safe.
 */
public final class Explanations {

    private String currentRule = "UNKNOWN";

    /** Called by the engine before each rule fires. */
    public void enter(String ruleId) {
        this.currentRule = Objects.requireNonNull(ruleId);
    }

    /** The id of the rule now firing. */
    public String currentRule() {
        return currentRule;
    }

    /**
     * A reason from the rule now firing.
     *
     * @param text what the rule concluded, in a sentence a person can read
     * @param matched pairs of input name and value, for example {@code "factor", "RF-X", "likelihood", 4}
     * @throws IllegalArgumentException if {@code matched} has an odd number of elements
     */
    public Reason because(String text, Object... matched) {
        return Reason.withInputs(currentRule, text, matched);
    }
}
