package org.raitoolkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.Mitigation;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.MitigationStatus;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.Severity;
import org.raitoolkit.rules.RuleSetProviders;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * The method's limits on mitigation credit and its severity-first floors, on the re-offending
 * example: PLANNED measures lower nothing, the total reduction per factor stops at the cap, and a
 * rare but critical harm is HIGH.
 */
class ScoringMethodTest {

    private static final ToolkitEngine ENGINE = ExampleUseCasesTest.ENGINE;
    private static final AnswerFiles FILES = AnswerFiles.forPack(ENGINE.content())
            .withFactSections(RuleSetProviders.factSections(ScoringMethodTest.class.getClassLoader()));
    private static final String REOFFENDING = "org/raitoolkit/content/examples/risk/reoffending-risk-score.yaml";

    private static RiskAnswers reoffending() throws IOException {
        try (InputStream in = ScoringMethodTest.class.getClassLoader().getResourceAsStream(REOFFENDING)) {
            return FILES.parseRisk(REOFFENDING, in.readAllBytes());
        }
    }

    /** The answers with every rated factor's mitigations, all of those in the pack, reported as {@code status}. */
    private static RiskAnswers everyMitigation(RiskAnswers answers, MitigationStatus status) {
        Map<String, FactorRating> ratings = new LinkedHashMap<>();
        answers.ratings().forEach((id, r) -> ratings.put(id, r.withMitigations(factor(id).mitigations().stream()
                .map(m -> MitigationClaim.of(m.id(), status)).toList())));
        return new RiskAnswers(answers.system(), ratings, answers.organisationalReadiness(), null);
    }

    private static RiskFactor factor(String id) {
        return ENGINE.content().riskFactor(id).orElseThrow();
    }

    private static List<String> ruleIds(FactorResult f) {
        return f.reasons().stream().map(Reason::ruleId).toList();
    }

    @Test
    void should_leave_every_residual_level_equal_to_the_inherent_one_when_every_mitigation_is_planned() throws IOException {
        // GIVEN the re-offending example with every mitigation of every rated factor PLANNED
        RiskAnswers answers = everyMitigation(reoffending(), MitigationStatus.PLANNED);

        // WHEN
        RiskResult result = ENGINE.assessRisk(answers);

        // THEN nothing was lowered: residual equals inherent, factor by factor
        assertThat(result.factors()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.residualLevel()).as(f.factorId()).isEqualTo(f.inherentLevel());
            assertThat(f.residualLikelihood()).as(f.factorId()).isEqualTo(f.likelihood());
            assertThat(f.residualSeverity()).as(f.factorId()).isEqualTo(f.severity());
            assertThat(f.mitigationsApplied()).as(f.factorId()).isEmpty();
            assertThat(f.mitigations()).as(f.factorId()).extracting(MitigationClaim::status).containsOnly(MitigationStatus.PLANNED);
        });
        // AND each planned measure is a condition of use, saying so
        for (FactorResult f : result.factors()) {
            for (Mitigation m : factor(f.factorId()).mitigations()) {
                assertThat(result.recommendations()).as(m.id()).anySatisfy(r -> {
                    assertThat(r.id()).isEqualTo("MIT:" + m.id());
                    assertThat(r.reasons()).anySatisfy(why -> assertThat(why.ruleId()).isIn("REC-MITIGATION-PLANNED"));
                });
            }
        }
    }

    @Test
    void should_stop_the_reduction_at_the_cap_when_a_factor_has_many_mitigations_in_place() throws IOException {
        // GIVEN every mitigation of every rated factor IMPLEMENTED
        RiskAnswers answers = everyMitigation(reoffending(), MitigationStatus.IMPLEMENTED);
        int cap = ENGINE.content().scoring().mitigationCap().likelihoodSteps();
        int severityCap = ENGINE.content().scoring().mitigationCap().severitySteps();

        // WHEN
        RiskResult result = ENGINE.assessRisk(answers);

        // THEN a factor whose measures add up to more than the cap is lowered by the cap, no more
        boolean sawCap = false;
        for (FactorResult f : result.factors()) {
            int sum = factor(f.factorId()).mitigations().stream().mapToInt(m -> m.effect().likelihoodReduction()).sum();
            assertThat(f.likelihood().value() - f.residualLikelihood().value()).as(f.factorId())
                    .isLessThanOrEqualTo(cap);
            if (sum > cap && f.likelihood().value() - cap >= 1) {
                sawCap = true;
                assertThat(f.residualLikelihood()).as(f.factorId()).isEqualTo(Likelihood.clamped(f.likelihood().value() - cap));
                assertThat(f.reductionCapped()).as(f.factorId()).isTrue();
                assertThat(ruleIds(f)).as(f.factorId()).contains("MITIGATION-CAP");
            }
            assertThat(f.severity().value() - f.residualSeverity().value()).as(f.factorId()).isLessThanOrEqualTo(severityCap);
        }
        assertThat(sawCap).as("some factor of the example has more mitigation than the cap allows").isTrue();
    }

    @Test
    void should_rate_a_rare_but_critical_harm_high_whatever_its_mitigations() throws IOException {
        // GIVEN one factor rated RARE x CRITICAL, with every mitigation in place
        RiskAnswers base = everyMitigation(reoffending(), MitigationStatus.VERIFIED);
        Map<String, FactorRating> ratings = new LinkedHashMap<>(base.ratings());
        String id = "RF-DATA-SECURITY-BREACH";
        FactorRating rated = ratings.get(id);
        ratings.put(id, new FactorRating(Likelihood.RARE, Severity.CRITICAL, null, rated.mitigations(), "rare but grave"));

        // WHEN
        RiskResult result = ENGINE.assessRisk(new RiskAnswers(base.system(), ratings, null, null));

        // THEN 1 x 5 = 5 would be MEDIUM on the matrix; severity first makes it HIGH
        FactorResult f = result.factors().stream().filter(x -> x.factorId().equals(id)).findFirst().orElseThrow();
        assertThat(ENGINE.content().scoring().riskLevel(5)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(f.inherentLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(ruleIds(f)).contains("SEVERITY-FIRST-INHERENT");
        // AND the severity mitigation takes it to MAJOR at most, a harm hard to put right: MEDIUM, never LOW
        assertThat(f.residualLevel()).isIn(RiskLevel.MEDIUM, RiskLevel.HIGH);
    }

    @Test
    void should_read_a_bare_mitigation_id_as_implemented_and_say_so_when_an_older_file_is_assessed() throws IOException {
        // GIVEN the example with one rating written as files were before statuses existed: the id alone
        RiskFactor f = factor("RF-COST-AND-FOOTPRINT");
        String id = f.mitigations().get(0).id();
        String yaml;
        try (InputStream in = ScoringMethodTest.class.getClassLoader().getResourceAsStream(REOFFENDING)) {
            yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String block = "  RF-COST-AND-FOOTPRINT:\n    likelihood: POSSIBLE\n    severity: MODERATE\n";
        assertThat(yaml).contains(block);
        RiskAnswers answers = FILES.parseRisk("older.yaml",
                yaml.replace(block, block + "    mitigations: [" + id + "]\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        // WHEN
        RiskResult result = ENGINE.assessRisk(answers);

        // THEN it counts as IMPLEMENTED, and the reason says it was read so
        MitigationClaim claim = answers.ratings().get(f.id()).mitigations().get(0);
        assertThat(claim.status()).isNull();
        assertThat(claim.effectiveStatus()).isEqualTo(MitigationStatus.IMPLEMENTED);
        FactorResult r = result.factors().stream().filter(x -> x.factorId().equals(f.id())).findFirst().orElseThrow();
        assertThat(r.mitigationsApplied()).containsExactly(id);
        assertThat(r.reasons()).anySatisfy(why -> assertThat(why.text()).contains("no status given: an id alone reads as IMPLEMENTED"));
    }
}
