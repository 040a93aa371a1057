package org.raitoolkit.rules.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kie.api.definition.type.Modifies;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.Reason;

/**
 * Fact: the decision about the system, built up by decision rules. Starts at PROCEED and only
 * becomes stricter; every rule that sets it leaves a reason, including those that confirm the
 * current decision. Not thread-safe.
 */
public final class RiskDecision {

    private Decision decision = Decision.PROCEED;
    private final List<Reason> reasons = new ArrayList<>();
    /** The decision each reason raised to, in the order of {@link #reasons}. */
    private final List<Decision> raisedTo = new ArrayList<>();

    public Decision getDecision() { return decision; }
    /** Every reason recorded, those that confirmed a milder decision included. */
    public List<Reason> getReasons() { return Collections.unmodifiableList(reasons); }

    /**
     * The reasons that decided the result: those of the rules that asked for the decision now
     * held. A rule that confirmed a milder decision explains nothing about the final one.
     */
    public List<Reason> getDecidingReasons() {
        List<Reason> deciding = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            if (raisedTo.get(i) == decision) {
                deciding.add(reasons.get(i));
            }
        }
        return deciding;
    }

    /** Whether the decision is now less strict than {@code other}. */
    public boolean isMilderThan(Decision other) {
        return decision.compareTo(other) < 0;
    }

    /**
     * Makes the decision at least {@code atLeast} and records why. A milder decision changes
     * nothing but is still recorded, since it is part of the explanation.
     */
    @Modifies({"decision", "reasons", "decidingReasons"})
    public void raise(Decision atLeast, Reason why) {
        decision = Decision.stricter(decision, atLeast);
        reasons.add(why);
        raisedTo.add(atLeast);
    }
}
