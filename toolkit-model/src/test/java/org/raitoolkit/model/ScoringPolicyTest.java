package org.raitoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default method's bands: risk from likelihood x severity, readiness from a percentage. */
class ScoringPolicyTest {

    private static final ScoringPolicy DEFAULT_METHOD = new ScoringPolicy(List.of(), List.of(), List.of(),
            List.of(new RiskBand(RiskLevel.LOW, 1, 4), new RiskBand(RiskLevel.MEDIUM, 5, 9),
                    new RiskBand(RiskLevel.HIGH, 10, 16), new RiskBand(RiskLevel.VERY_HIGH, 20, 25)),
            List.of(new ReadinessBand(ReadinessLevel.BEGINNING, 0), new ReadinessBand(ReadinessLevel.DEVELOPING, 25),
                    new ReadinessBand(ReadinessLevel.ESTABLISHED, 50), new ReadinessBand(ReadinessLevel.ADVANCED, 75)),
            2, ReadinessLevel.DEVELOPING, 4, List.of(), 3, RiskLevel.MEDIUM);

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({"1, LOW", "4, LOW", "5, MEDIUM", "9, MEDIUM", "10, HIGH", "16, HIGH", "20, VERY_HIGH", "25, VERY_HIGH"})
    void should_give_the_band_level_when_the_score_falls_in_it(int score, RiskLevel expected) {
        // GIVEN the default bands
        // WHEN
        RiskLevel level = DEFAULT_METHOD.riskLevel(score);
        // THEN
        assertThat(level).isEqualTo(expected);
    }

    @Test
    void should_fail_naming_the_score_when_no_band_contains_it() {
        // GIVEN 17 to 19 cannot be a product of two values 1-5, so the default bands leave them out
        // WHEN / THEN
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT_METHOD.riskLevel(18))
                .withMessageContaining("18");
    }

    @ParameterizedTest(name = "{0}% is {1}")
    @CsvSource({"0, BEGINNING", "24.99, BEGINNING", "25, DEVELOPING", "49.9, DEVELOPING", "50, ESTABLISHED",
            "74.999, ESTABLISHED", "75, ADVANCED", "100, ADVANCED"})
    void should_give_the_highest_band_reached_when_given_a_percentage(double percent, ReadinessLevel expected) {
        // GIVEN the default bands
        // WHEN
        ReadinessLevel level = DEFAULT_METHOD.readinessLevel(percent);
        // THEN
        assertThat(level).isEqualTo(expected);
    }

    @Test
    void should_give_beginning_when_no_band_is_reached() {
        // GIVEN bands that start above zero
        ScoringPolicy policy = new ScoringPolicy(List.of(), List.of(), List.of(), List.of(),
                List.of(new ReadinessBand(ReadinessLevel.DEVELOPING, 30)), 2, ReadinessLevel.DEVELOPING, 4, List.of(), 3, RiskLevel.MEDIUM);
        // WHEN / THEN
        assertThat(policy.readinessLevel(10)).isEqualTo(ReadinessLevel.BEGINNING);
    }

    @Test
    void should_not_depend_on_band_order_when_reading_a_percentage() {
        // GIVEN the default bands listed backwards
        ScoringPolicy reversed = new ScoringPolicy(List.of(), List.of(), List.of(), DEFAULT_METHOD.riskBands(),
                List.of(new ReadinessBand(ReadinessLevel.ADVANCED, 75),
                        new ReadinessBand(ReadinessLevel.ESTABLISHED, 50), new ReadinessBand(ReadinessLevel.DEVELOPING, 25),
                        new ReadinessBand(ReadinessLevel.BEGINNING, 0)), 2, ReadinessLevel.DEVELOPING, 4, List.of(), 3, RiskLevel.MEDIUM);
        // WHEN / THEN
        assertThat(reversed.readinessLevel(60)).isEqualTo(ReadinessLevel.ESTABLISHED);
    }
}
