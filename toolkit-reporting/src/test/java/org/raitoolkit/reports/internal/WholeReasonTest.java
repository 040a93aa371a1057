package org.raitoolkit.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.Reason;

/** A kept reason stands for another only when rule id and matched inputs are the same, in order. */
class WholeReasonTest {

    private static final String SENTENCE = "inherent HIGH: likelihood LIKELY x severity MAJOR = 16";
    private static final Reason KEPT = Reason.withInputs("RISK-MATRIX-INHERENT", SENTENCE,
            "factor", "RF-A", "likelihood", "LIKELY", "severity", "MAJOR");

    @Test
    void should_stand_for_a_reason_when_it_is_equal_though_built_afresh() {
        // GIVEN a kept reason, and the same reason built again from new strings
        WholeReason whole = new WholeReason(KEPT, "{\"x\":1}".getBytes(StandardCharsets.UTF_8));
        Reason again = Reason.withInputs(new String("RISK-MATRIX-INHERENT"), SENTENCE,
                "factor", new String("RF-A"), "likelihood", "LIKELY", "severity", new String("MAJOR"));
        // WHEN / THEN
        assertThat(whole.encodes(again)).isTrue();
        assertThat(whole.json().asUnquotedUTF8()).isEqualTo("{\"x\":1}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void should_not_stand_for_a_reason_when_its_rule_or_inputs_differ() {
        // GIVEN a kept reason
        WholeReason whole = new WholeReason(KEPT, "{}".getBytes(StandardCharsets.UTF_8));
        Map<String, String> reordered = new LinkedHashMap<>();
        reordered.put("likelihood", "LIKELY");
        reordered.put("factor", "RF-A");
        reordered.put("severity", "MAJOR");
        // WHEN / THEN another factor, rule, order or number of inputs is another reason
        assertThat(whole.encodes(Reason.withInputs("RISK-MATRIX-INHERENT", SENTENCE,
                "factor", "RF-B", "likelihood", "LIKELY", "severity", "MAJOR"))).isFalse();
        assertThat(whole.encodes(Reason.withInputs("RISK-MATRIX-RESIDUAL", SENTENCE,
                "factor", "RF-A", "likelihood", "LIKELY", "severity", "MAJOR"))).isFalse();
        assertThat(whole.encodes(new Reason("RISK-MATRIX-INHERENT", SENTENCE, reordered))).isFalse();
        assertThat(whole.encodes(Reason.withInputs("RISK-MATRIX-INHERENT", SENTENCE,
                "factor", "RF-A", "likelihood", "LIKELY"))).isFalse();
        assertThat(whole.encodes(Reason.of("RISK-MATRIX-INHERENT", SENTENCE))).isFalse();
    }
}
