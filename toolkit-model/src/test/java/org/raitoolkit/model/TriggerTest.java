package org.raitoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A trigger names exactly the fields its kind needs. */
class TriggerTest {

    private static Trigger trigger(TriggerKind on, String factor, String principle, String dimension,
                                   RiskLevel risk, ReadinessLevel readiness, Decision decision, ProfileFact fact) {
        return new Trigger(on, factor, principle, dimension, risk, readiness, decision, fact);
    }

    static Stream<Arguments> complete() {
        return Stream.of(
                Arguments.of(trigger(TriggerKind.FACTOR_AT_LEAST, "RF-X", null, null, RiskLevel.HIGH, null, null, null)),
                Arguments.of(trigger(TriggerKind.PRINCIPLE_AT_LEAST, null, "LAW", null, RiskLevel.MEDIUM, null, null, null)),
                Arguments.of(trigger(TriggerKind.DECISION, null, null, null, null, null, Decision.ESCALATE, null)),
                Arguments.of(trigger(TriggerKind.PROFILE_FACT, null, null, null, null, null, null, ProfileFact.REAL_TIME)),
                Arguments.of(trigger(TriggerKind.DIMENSION_AT_MOST, null, null, "DATA", null, ReadinessLevel.DEVELOPING, null, null)),
                Arguments.of(trigger(TriggerKind.DIMENSION_UNKNOWN_ANSWERS, null, null, "DATA", null, null, null, null)),
                // A missing kind is @NotNull's to report, not this check's.
                Arguments.of(trigger(null, "RF-X", null, null, null, null, null, null)));
    }

    static Stream<Arguments> incomplete() {
        return Stream.of(
                Arguments.of(trigger(TriggerKind.FACTOR_AT_LEAST, "RF-X", null, null, null, null, null, null)),
                Arguments.of(trigger(TriggerKind.FACTOR_AT_LEAST, null, null, null, RiskLevel.HIGH, null, null, null)),
                Arguments.of(trigger(TriggerKind.PRINCIPLE_AT_LEAST, null, "LAW", null, null, null, null, null)),
                Arguments.of(trigger(TriggerKind.DECISION, null, null, null, null, null, null, null)),
                Arguments.of(trigger(TriggerKind.DECISION, null, null, null, RiskLevel.HIGH, null, Decision.ESCALATE, null)),
                Arguments.of(trigger(TriggerKind.PROFILE_FACT, "RF-X", null, null, null, null, null, ProfileFact.REAL_TIME)),
                Arguments.of(trigger(TriggerKind.DIMENSION_AT_MOST, null, null, "DATA", null, null, null, null)),
                Arguments.of(trigger(TriggerKind.DIMENSION_UNKNOWN_ANSWERS, null, null, "DATA", null, ReadinessLevel.BEGINNING, null, null)));
    }

    @ParameterizedTest
    @MethodSource("complete")
    void should_be_complete_when_exactly_the_needed_fields_are_set(Trigger trigger) {
        // GIVEN a trigger with its kind's fields
        // WHEN
        boolean complete = trigger.isComplete();
        // THEN
        assertThat(complete).as("%s", trigger).isTrue();
    }

    @ParameterizedTest
    @MethodSource("incomplete")
    void should_be_incomplete_when_a_needed_field_is_missing_or_another_is_set(Trigger trigger) {
        // GIVEN a trigger missing a field, or with one its kind does not use
        // WHEN
        boolean complete = trigger.isComplete();
        // THEN
        assertThat(complete).as("%s", trigger).isFalse();
    }
}
