package org.raitoolkit.euaiact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.model.Decision;
import org.raitoolkit.euaiact.EuAiActProfile;
import org.raitoolkit.euaiact.EuAiActProfile.AnnexIIIPurpose;
import org.raitoolkit.euaiact.EuAiActProfile.Authorisation;
import org.raitoolkit.euaiact.EuAiActProfile.BiometricCategorisation;
import org.raitoolkit.euaiact.EuAiActProfile.BiometricIdentification;
import org.raitoolkit.euaiact.EuAiActProfile.EmotionRecognition;
import org.raitoolkit.euaiact.EuAiActProfile.FacialImageScraping;
import org.raitoolkit.euaiact.EuAiActProfile.IndividualCrimePrediction;
import org.raitoolkit.euaiact.EuAiActProfile.RbiObjective;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.SystemProfile;

/**
 * Invariants of the classification over generated euAiAct sections (seeded; the seed is in every
 * failure message).
 */
class ClassificationPropertiesTest {

    private static final long SEED = 20261127L;
    private static final int SAMPLES = 150;
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 2),
            LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 2), LocalDate.of(2027, 12, 1), LocalDate.of(2027, 12, 2),
            LocalDate.of(2030, 8, 2));

    static Stream<Long> seeds() {
        SplittableRandom random = new SplittableRandom(SEED);
        return LongStream.range(0, SAMPLES).mapToObj(i -> random.nextLong());
    }

    private static <T> T pick(SplittableRandom r, T[] values) {
        return r.nextInt(values.length + 1) == 0 ? null : values[r.nextInt(values.length)];
    }

    private static Boolean flag(SplittableRandom r) {
        int i = r.nextInt(3);
        return i == 0 ? null : i == 1;
    }

    static SystemProfile generated(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        EnumSet<AnnexIIIPurpose> purposes = EnumSet.noneOf(AnnexIIIPurpose.class);
        for (AnnexIIIPurpose p : AnnexIIIPurpose.values()) {
            if (r.nextInt(6) == 0) {
                purposes.add(p);
            }
        }
        EuAiActProfile eu = new EuAiActProfile(pick(r, BiometricIdentification.values()), pick(r, RbiObjective.values()),
                flag(r), r.nextBoolean() ? null : r.nextInt(11), flag(r), pick(r, Authorisation.values()),
                r.nextBoolean() ? null : r.nextInt(100), flag(r), flag(r), flag(r), flag(r), flag(r),
                pick(r, IndividualCrimePrediction.values()), pick(r, FacialImageScraping.values()), pick(r, EmotionRecognition.values()),
                flag(r), pick(r, BiometricCategorisation.values()), flag(r), r.nextInt(5) == 0 ? Boolean.TRUE : null, purposes,
                flag(r), flag(r), flag(r), flag(r), flag(r), flag(r), flag(r), flag(r),
                flag(r), flag(r), flag(r), flag(r), r.nextBoolean() ? null : LocalDate.of(2025, 1, 1).plusDays(r.nextInt(1500)), flag(r), flag(r), flag(r),
                null, null, null, null, null, DATES.get(r.nextInt(DATES.size())));
        return Assess.system().legalBasis(LegalBasis.values()[r.nextInt(LegalBasis.values().length)])
                .realTime(r.nextBoolean()).publiclyAccessibleSpace(r.nextBoolean()).extension(EuAiAct.SECTION_KEY, eu).build();
    }

    private static List<Finding> ofKind(RiskResult result, String kind) {
        return result.findings().stream().filter(f -> f.kind().equals(kind)).toList();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exactly_one_category_the_strictest_of_the_grounds_and_every_finding_from_the_rule_set(long seed) {
        // GIVEN a generated euAiAct section
        SystemProfile profile = generated(seed);
        // WHEN assessed
        RiskResult result = Assess.risk(profile);
        String where = "seed " + seed + " (base seed " + SEED + "), " + EuAiAct.facts(profile).orElse(null);
        // THEN there is one category, the strictest category of any ground (MINIMAL with none)
        List<Finding> categories = ofKind(result, EuAiAct.KIND_CATEGORY);
        assertThat(categories).as(where).hasSize(1);
        Category strictest = ofKind(result, EuAiAct.KIND_PATH).stream()
                .map(f -> Category.valueOf(f.details().get(EuAiAct.DETAIL_CATEGORY)))
                .max(Comparator.naturalOrder()).orElse(Category.MINIMAL);
        assertThat(categories.get(0).code()).as(where).isEqualTo(strictest.name());
        // AND every finding is the rule set's, with a reference; obligations are not repeated
        assertThat(result.findings()).as(where).allSatisfy(f -> {
            assertThat(f.ruleSet()).isEqualTo(EuAiAct.RULE_SET_ID);
            assertThat(f.reference()).isNotBlank();
            assertThat(f.reasons()).isNotEmpty();
        });
        List<String> obligations = ofKind(result, EuAiAct.KIND_OBLIGATION).stream().map(Finding::code).toList();
        assertThat(obligations).as(where).doesNotHaveDuplicates();
        assertThat(ofKind(result, EuAiAct.KIND_NOTICE)).as(where).hasSize(1);
        // AND the result reads back
        assertThat(EuAiActResult.from(result)).as(where).get().extracting(EuAiActResult::category).isEqualTo(strictest);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_decision_is_never_milder_than_the_classification_requires_nor_than_without_the_rule_set(long seed) {
        // GIVEN a generated euAiAct section, assessed with and without the rule set
        SystemProfile profile = generated(seed);
        RiskResult with = Assess.risk(profile);
        RiskResult without = Assess.risk(Assess.defaults(), profile);
        String where = "seed " + seed + " (base seed " + SEED + "), " + EuAiAct.facts(profile).orElse(null);
        EuAiActResult eu = EuAiActResult.from(with).orElseThrow();
        // THEN the rule set never softens the default decision
        assertThat(with.decision()).as(where).isGreaterThanOrEqualTo(without.decision());
        // AND an applicable prohibition stops the system; a later one or a missing precondition escalates
        boolean prohibitedNow = eu.grounds().stream().anyMatch(g -> g.category() == Category.PROHIBITED && g.effective().appliesOnAssessmentDate());
        if (prohibitedNow) {
            assertThat(with.decision()).as(where).isEqualTo(Decision.DO_NOT_PROCEED);
        }
        if (eu.category() == Category.PROHIBITED || !eu.missingPreconditions().isEmpty()) {
            assertThat(with.decision()).as(where).isGreaterThanOrEqualTo(Decision.ESCALATE);
        }
        // AND obligations are recommended only when the system is not prohibited (stop-and-delete always)
        List<String> recommended = with.recommendations().stream().map(r -> r.id()).filter(id -> id.startsWith("EU-"))
                .collect(Collectors.toCollection(ArrayList::new));
        if (eu.category() == Category.PROHIBITED) {
            assertThat(recommended).as(where).allMatch(id -> id.endsWith("STOP-AND-DELETE"));
        } else {
            assertThat(recommended).as(where).containsExactlyInAnyOrderElementsOf(
                    eu.obligations().stream().map(o -> EuAiAct.RECOMMENDATION_PREFIX + o.code()).toList());
        }
    }
}
