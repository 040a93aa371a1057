package org.raitoolkit.rules.invariants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.ApplicationArea;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.Severity;
import org.raitoolkit.model.SeverityCriteria;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Answers are checked before any rule runs: one {@link InvalidInputException} lists every problem,
 * each at its JSON pointer, and no result is returned.
 */
class RiskAnswerValidationTest {

    private static final ToolkitEngine ENGINE = SharedEngine.engine();

    /** A speech-to-text system: the face-recognition factor does not apply to it. */
    private static final SystemProfile TRANSCRIPTION = SystemProfile.builder()
            .name("Interview transcription")
            .purpose("Transcribes recorded witness interviews for the case file.")
            .applicationArea(ApplicationArea.TEXT_SPEECH)
            .lifecycleStage(LifecycleStage.PROCUREMENT)
            .legalBasis(LegalBasis.YES)
            .processesPersonalData(true)
            .humanReviewOfOutputs(true)
            .build();

    private static final String ALWAYS_APPLIES = "RF-MODEL-DRIFT";
    private static final String ALSO_ALWAYS_APPLIES = "RF-AUDIT-TRAIL-MISSING";
    private static final String IMAGE_ONLY = "RF-FRT-DEMOGRAPHIC-BIAS";
    private static final String UNKNOWN = "RF-NO-SUCH-FACTOR";

    /** A valid rating for every factor that applies to {@code profile}. */
    private static Map<String, FactorRating> validRatings(SystemProfile profile) {
        Map<String, FactorRating> ratings = new LinkedHashMap<>();
        for (RiskFactor f : ENGINE.content().riskFactors()) {
            if (f.appliesTo(profile)) {
                ratings.put(f.id(), FactorRating.of(Likelihood.POSSIBLE, Severity.MODERATE));
            }
        }
        return ratings;
    }

    @Test
    void should_assess_the_answers_when_exactly_the_applicable_factors_are_rated() {
        // GIVEN the fixture's valid ratings (so that the problems below are the only ones)
        Map<String, FactorRating> ratings = validRatings(TRANSCRIPTION);
        assertThat(ratings).containsKeys(ALWAYS_APPLIES, ALSO_ALWAYS_APPLIES).doesNotContainKey(IMAGE_ONLY);

        // WHEN
        RiskResult result = ENGINE.assessRisk(TRANSCRIPTION, ratings);

        // THEN
        assertThat(result.factors()).hasSize(ratings.size());
    }

    @Test
    void should_list_every_problem_at_its_pointer_when_a_factor_is_unknown_another_does_not_apply_and_one_is_missing() {
        // GIVEN
        Map<String, FactorRating> ratings = validRatings(TRANSCRIPTION);
        ratings.put(UNKNOWN, FactorRating.of(Likelihood.LIKELY, Severity.MAJOR));
        ratings.put(IMAGE_ONLY, FactorRating.of(Likelihood.LIKELY, Severity.MAJOR));
        ratings.remove(ALWAYS_APPLIES);

        // WHEN
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ENGINE.assessRisk(TRANSCRIPTION, ratings));

        // THEN one exception names all three, each where it is
        assertThat(e).as("nothing is returned: the call throws").isNotNull();
        assertThat(e.problems()).hasSize(3);
        assertThat(problemAt(e, "/ratings/" + UNKNOWN)).contains("unknown risk factor '" + UNKNOWN + "'");
        assertThat(problemAt(e, "/ratings/" + IMAGE_ONLY)).contains("does not apply to this system");
        assertThat(problemAt(e, "/ratings")).contains("missing rating", ALWAYS_APPLIES);
        assertThat(e.getMessage()).contains("3 problems", UNKNOWN, IMAGE_ONLY, ALWAYS_APPLIES);
    }

    @Test
    void should_report_the_criterion_at_its_pointer_when_a_severity_criterion_is_off_the_1_to_5_scale() {
        // GIVEN
        Map<String, FactorRating> ratings = validRatings(TRANSCRIPTION);
        ratings.put(ALSO_ALWAYS_APPLIES, FactorRating.of(Likelihood.LIKELY, new SeverityCriteria(7, 3, 3)));

        // WHEN
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ENGINE.assessRisk(TRANSCRIPTION, ratings));

        // THEN
        assertThat(e).as("nothing is returned: the call throws").isNotNull();
        assertThat(e.problems()).extracting(Problem::pointer)
                .containsExactly("/ratings/" + ALSO_ALWAYS_APPLIES + "/severityCriteria/scale");
        assertThat(e.problems().get(0).message()).contains("7");
    }

    @Test
    void should_list_every_problem_in_one_exception_when_an_off_scale_value_comes_with_unknown_inapplicable_and_missing_ratings() {
        // GIVEN all four kinds of problem at once
        Map<String, FactorRating> ratings = validRatings(TRANSCRIPTION);
        ratings.put(ALSO_ALWAYS_APPLIES, FactorRating.of(Likelihood.LIKELY, new SeverityCriteria(7, 3, 3)));
        ratings.put(UNKNOWN, FactorRating.of(Likelihood.LIKELY, Severity.MAJOR));
        ratings.put(IMAGE_ONLY, FactorRating.of(Likelihood.LIKELY, Severity.MAJOR));
        ratings.remove(ALWAYS_APPLIES);

        // WHEN
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ENGINE.assessRisk(TRANSCRIPTION, ratings));

        // THEN every one is listed, each at its pointer
        assertThat(e).as("nothing is returned: the call throws").isNotNull();
        assertThat(e.problems()).extracting(Problem::pointer).containsExactlyInAnyOrder(
                "/ratings/" + ALSO_ALWAYS_APPLIES + "/severityCriteria/scale",
                "/ratings/" + UNKNOWN,
                "/ratings/" + IMAGE_ONLY,
                "/ratings");
    }

    @Test
    void should_point_at_the_mitigation_when_a_rating_lists_a_mitigation_of_another_factor() {
        // GIVEN
        Map<String, FactorRating> ratings = validRatings(TRANSCRIPTION);
        String foreign = ENGINE.content().riskFactor(IMAGE_ONLY).orElseThrow().mitigations().get(0).id();
        String own = ENGINE.content().riskFactor(ALWAYS_APPLIES).orElseThrow().mitigations().get(0).id();
        ratings.put(ALWAYS_APPLIES, FactorRating.of(Likelihood.LIKELY, Severity.MAJOR, own, foreign));

        // WHEN
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ENGINE.assessRisk(TRANSCRIPTION, ratings));

        // THEN
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::pointer).containsExactly("/ratings/" + ALWAYS_APPLIES + "/mitigations/1");
        assertThat(e.problems().get(0).message()).contains(foreign, own);
    }

    @Test
    void should_list_the_blank_name_and_purpose_when_the_profile_has_neither() {
        // GIVEN
        SystemProfile nameless = TRANSCRIPTION.toBuilder().name(" ").purpose("").build();

        // WHEN
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ENGINE.assessRisk(new RiskAnswers(nameless, validRatings(nameless), null)));

        // THEN
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::pointer).contains("/system/name", "/system/purpose");
    }

    private static String problemAt(InvalidInputException e, String pointer) {
        List<Problem> at = e.problems().stream().filter(p -> p.pointer().equals(pointer)).toList();
        assertThat(at).as("problems at %s in %s", pointer, e.problems()).hasSize(1);
        return at.get(0).message();
    }
}
