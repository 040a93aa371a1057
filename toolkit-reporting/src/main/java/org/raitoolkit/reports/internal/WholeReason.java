package org.raitoolkit.reports.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.raitoolkit.model.Reason;

/**
 * One reason as the compact JSON object that a generator writes for it, with the rule id and
 * matched inputs it was encoded from, so that an equal reason in a later report is written as
 * these bytes in one go instead of a dozen generator calls and half a dozen text look-ups. Kept
 * with the reason's sentence in {@link RecurringTexts}: a reason is found by its sentence, as
 * cheaply as the sentence alone was, and {@link #encodes} checks the rest. Immutable.
 */
final class WholeReason {

    private final String ruleId;
    /** The matched inputs' names and values in turn, in the order they are written. */
    private final String[] matched;
    private final SerializedString json;

    /** {@code compactJson}: the bytes a compact generator wrote for {@code reason}. */
    WholeReason(Reason reason, byte[] compactJson) {
        this.ruleId = reason.ruleId();
        this.matched = new String[2 * reason.matched().size()];
        int i = 0;
        for (Map.Entry<String, String> e : reason.matched().entrySet()) {
            matched[i++] = e.getKey();
            matched[i++] = e.getValue();
        }
        // The bytes are JSON a generator wrote, so valid UTF-8: read back as text, the raw-value
        // writer encodes them to these very bytes again, once, and keeps them.
        this.json = new SerializedString(new String(compactJson, StandardCharsets.UTF_8));
    }

    /**
     * Whether these bytes are what {@code reason} is written as, given that its sentence is this
     * one's: the same rule id and the same matched inputs in the same order.
     */
    boolean encodes(Reason reason) {
        Map<String, String> inputs = reason.matched();
        if (!same(ruleId, reason.ruleId()) || 2 * inputs.size() != matched.length) {
            return false;
        }
        int i = 0;
        for (Map.Entry<String, String> e : inputs.entrySet()) {
            if (!same(matched[i], e.getKey()) || !same(matched[i + 1], e.getValue())) {
                return false;
            }
            i += 2;
        }
        return true;
    }

    /** The reason's compact JSON object, for {@code JsonGenerator.writeRawValue}. */
    SerializableString json() {
        return json;
    }

    // By reference first: rule ids and input names are mostly the very strings met before.
    private static boolean same(String a, String b) {
        return a == b || Objects.equals(a, b);
    }
}
