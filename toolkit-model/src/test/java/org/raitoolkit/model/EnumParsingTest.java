package org.raitoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scales accept names in any case and their numbers, and reject the rest naming what is allowed. */
class EnumParsingTest {

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource({
            "1, RARE",
            "5, ALMOST_CERTAIN",
            "LIKELY, LIKELY",
            "likely, LIKELY",
            "' Possible ', POSSIBLE",
            "almost-certain, ALMOST_CERTAIN",
            "almost certain, ALMOST_CERTAIN"})
    void should_read_a_likelihood_when_given_its_name_or_number(String text, Likelihood expected) {
        // GIVEN text as a person writes it
        // WHEN
        Likelihood read = Likelihood.parse(text);
        // THEN
        assertThat(read).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource({"1, MINIMAL", "3, MODERATE", "5, CRITICAL", "major, MAJOR"})
    void should_read_a_severity_when_given_its_name_or_number(String text, Severity expected) {
        // GIVEN / WHEN
        Severity read = Severity.parse(text);
        // THEN
        assertThat(read).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource({"0, NOT_IN_PLACE", "2, DEVELOPING", "4, OPTIMISED", "unknown, UNKNOWN", "Not in place, NOT_IN_PLACE"})
    void should_read_a_maturity_level_when_given_its_name_or_number(String text, MaturityLevel expected) {
        // GIVEN / WHEN
        MaturityLevel read = MaturityLevel.parse(text);
        // THEN
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void should_not_read_unknown_as_a_number_when_given_minus_one() {
        // GIVEN UNKNOWN's internal value, which is not a point on the scale
        // WHEN / THEN
        assertThatIllegalArgumentException().isThrownBy(() -> MaturityLevel.parse("-1"))
                .withMessageContaining("'-1' is not allowed")
                .withMessageContaining("UNKNOWN")
                .withMessageNotContaining("-1 (UNKNOWN)");
    }

    @Test
    void should_list_every_allowed_value_with_its_number_when_a_likelihood_is_off_scale() {
        // GIVEN a value past the end of the 1-5 scale
        // WHEN / THEN
        assertThatIllegalArgumentException().isThrownBy(() -> Likelihood.parse("6"))
                .withMessage("'6' is not allowed; allowed: 1 (RARE), 2 (UNLIKELY), 3 (POSSIBLE), 4 (LIKELY), 5 (ALMOST_CERTAIN)");
    }

    @Test
    void should_list_every_allowed_name_when_a_workbook_status_is_misspelt() {
        // GIVEN a status with no number on any scale
        // WHEN / THEN
        assertThatIllegalArgumentException().isThrownBy(() -> WorkbookStatus.parse("FINISHED"))
                .withMessage("'FINISHED' is not allowed; allowed: DONE, PARTIAL, NOT_DONE, NOT_APPLICABLE");
    }

    @Test
    void should_not_read_a_number_when_the_enum_has_none() {
        // GIVEN a status given as if it were on a scale
        // WHEN / THEN
        assertThatIllegalArgumentException().isThrownBy(() -> WorkbookStatus.parse("1"))
                .withMessageContaining("allowed: DONE");
    }

    @Test
    void should_say_nothing_was_given_when_the_text_is_null() {
        // GIVEN / WHEN / THEN
        assertThatIllegalArgumentException().isThrownBy(() -> Severity.parse(null))
                .withMessageStartingWith("no value given; allowed: 1 (MINIMAL)");
    }

    @Test
    void should_clamp_into_the_scale_when_arithmetic_leaves_it() {
        // GIVEN values below and above 1-5
        // WHEN / THEN
        assertThat(Likelihood.clamped(0)).isEqualTo(Likelihood.RARE);
        assertThat(Likelihood.clamped(9)).isEqualTo(Likelihood.ALMOST_CERTAIN);
        assertThat(Severity.clamped(-3)).isEqualTo(Severity.MINIMAL);
        assertThat(Severity.clamped(6)).isEqualTo(Severity.CRITICAL);
        assertThat(Severity.clamped(3)).isEqualTo(Severity.MODERATE);
    }

    @Test
    void should_score_unknown_as_zero_when_counting_maturity_points() {
        // GIVEN / WHEN / THEN
        assertThat(MaturityLevel.UNKNOWN.points()).isZero();
        assertThat(MaturityLevel.OPTIMISED.points()).isEqualTo(4);
    }
}
