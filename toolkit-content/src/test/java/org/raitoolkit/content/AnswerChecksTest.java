package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.ApplicationArea;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.MaturityLevel;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.Severity;
import org.raitoolkit.model.Sourcing;
import org.raitoolkit.model.SystemProfile;

/**
 * The full check of answers that the engine runs before an assessment: constraints and pack
 * checks together, whatever was read before.
 */
class AnswerChecksTest {

    private static final ContentPack PACK = ContentPacks.defaults();

    /** A system with a rating for every factor of the pack that applies to it. */
    private static RiskAnswers sample() {
        SystemProfile system = SystemProfile.builder()
                .name("Call triage assistant")
                .purpose("Rank incoming non-emergency calls for a human call handler")
                .applicationArea(ApplicationArea.TEXT_SPEECH)
                .lifecycleStage(LifecycleStage.DEPLOYMENT)
                .legalBasis(LegalBasis.YES)
                .processesPersonalData(true)
                .humanReviewOfOutputs(true)
                .sourcing(Sourcing.SUPPLIER)
                .build();
        Map<String, FactorRating> ratings = new LinkedHashMap<>();
        for (RiskFactor f : PACK.riskFactors()) {
            if (f.appliesTo(system)) {
                ratings.put(f.id(), FactorRating.of(Likelihood.POSSIBLE, Severity.MODERATE));
            }
        }
        return RiskAnswers.of(system, ratings);
    }

    /** The answers as a reader for {@code pack} returns them, from their YAML. */
    private static RiskAnswers read(ContentPack pack, RiskAnswers answers) {
        return AnswerFiles.forPack(pack).parseRisk("answers.yaml", AnswerFiles.toYaml(answers).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code pack} without the risk factor {@code id}. */
    private static ContentPack without(ContentPack pack, String id) {
        return new ContentPack(pack.manifest(), pack.principles(), pack.dimensions(), pack.readinessQuestions(),
                pack.riskFactors().stream().filter(f -> !f.id().equals(id)).toList(), pack.workbookItems(),
                pack.roadmap(), pack.recommendations(), pack.glossary(), pack.scoring());
    }

    @Test
    void should_find_nothing_when_answers_just_read_for_the_same_pack_are_checked_twice() {
        // GIVEN answers a reader for the default pack has just returned
        RiskAnswers answers = read(PACK, sample());
        // WHEN they are checked once after reading, and again
        List<Problem> first = AnswerChecks.all(PACK, answers);
        List<Problem> second = AnswerChecks.all(PACK, answers);
        // THEN neither check finds a problem
        assertThat(first).isEmpty();
        assertThat(second).isEmpty();
    }

    @Test
    void should_check_in_full_when_answers_read_for_one_pack_are_checked_against_another() {
        // GIVEN answers just read for the default pack, and a pack that lacks one of their factors
        RiskAnswers answers = read(PACK, sample());
        String rated = answers.ratings().keySet().iterator().next();
        ContentPack other = without(PACK, rated);
        // WHEN they are checked against the other pack
        List<Problem> problems = AnswerChecks.all(other, answers);
        // THEN the unknown factor is reported
        assertThat(problems).extracting(Problem::pointer).contains("/ratings/" + rated);
        assertThat(problems).extracting(Problem::message).anyMatch(m -> m.contains("unknown risk factor '" + rated + "'"));
    }

    @Test
    void should_list_constraint_and_pack_problems_together_when_answers_made_in_code_are_checked() {
        // GIVEN answers made in code, after other answers were read on this thread: a blank name
        // and a rating for a factor the pack does not have
        read(PACK, sample());
        RiskAnswers sample = sample();
        Map<String, FactorRating> ratings = new LinkedHashMap<>(sample.ratings());
        ratings.put("RF-NO-SUCH-FACTOR", FactorRating.of(Likelihood.LIKELY, Severity.MAJOR));
        RiskAnswers answers = new RiskAnswers(sample.system().toBuilder().name(" ").build(), ratings, null);
        // WHEN
        List<Problem> problems = AnswerChecks.all(PACK, answers);
        // THEN both kinds of problem are listed
        assertThat(problems).extracting(Problem::pointer).contains("/system/name", "/ratings/RF-NO-SUCH-FACTOR");
    }

    @Test
    void should_check_in_full_when_the_same_answers_are_rebuilt_equal_but_not_the_same_object() {
        // GIVEN answers just read, and an equal copy made from them
        RiskAnswers answers = read(PACK, sample());
        RiskAnswers copy = new RiskAnswers(answers.system(), answers.ratings(), answers.organisationalReadiness());
        String rated = answers.ratings().keySet().iterator().next();
        // WHEN the copy is checked against a pack that lacks one of its factors
        List<Problem> problems = AnswerChecks.all(without(PACK, rated), copy);
        // THEN it was checked, not waved through
        assertThat(problems).extracting(Problem::pointer).contains("/ratings/" + rated);
    }

    @Test
    void should_find_the_same_problems_when_other_answers_were_read_just_before_on_the_thread() throws InterruptedException {
        // GIVEN risk and readiness answers with problems (a blank name, an unknown factor, an
        // unknown question), and their problems as a thread that read nothing finds them
        RiskAnswers sample = sample();
        Map<String, FactorRating> ratings = new LinkedHashMap<>(sample.ratings());
        ratings.put("RF-NO-SUCH-FACTOR", FactorRating.of(Likelihood.LIKELY, Severity.MAJOR));
        RiskAnswers risk = new RiskAnswers(sample.system().toBuilder().name(" ").build(), ratings, null);
        ReadinessAnswers readiness = new ReadinessAnswers("Police", Map.of("RQ-NO-SUCH-QUESTION", MaturityLevel.INITIAL));
        AtomicReference<List<Problem>> riskAlone = new AtomicReference<>();
        AtomicReference<List<Problem>> readinessAlone = new AtomicReference<>();
        Thread fresh = new Thread(() -> {
            riskAlone.set(AnswerChecks.all(PACK, risk));
            readinessAlone.set(AnswerChecks.all(PACK, readiness));
        });
        fresh.start();
        fresh.join();
        // WHEN each is checked on this thread right after a reader returned answers of its kind
        read(PACK, sample());
        List<Problem> riskAfterRead = AnswerChecks.all(PACK, risk);
        String id = PACK.readinessQuestions().get(0).id();
        AnswerFiles.forPack(PACK).parseReadiness("readiness.yaml", ("agency: Police\nanswers:\n  " + id + ": 2\n")
                .getBytes(StandardCharsets.UTF_8));
        List<Problem> readinessAfterRead = AnswerChecks.all(PACK, readiness);
        // THEN the same problems are found
        assertThat(riskAfterRead).isEqualTo(riskAlone.get())
                .extracting(Problem::pointer).contains("/system/name", "/ratings/RF-NO-SUCH-FACTOR");
        assertThat(readinessAfterRead).isEqualTo(readinessAlone.get())
                .extracting(Problem::pointer).containsExactly("/answers/RQ-NO-SUCH-QUESTION");
    }
}
