package org.raitoolkit.rules.invariants;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.raitoolkit.model.ApplicationArea;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.DataSource;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.MaturityLevel;
import org.raitoolkit.model.Mitigation;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.MitigationStatus;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.ReadinessLevel;
import org.raitoolkit.model.ReadinessQuestion;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.Severity;
import org.raitoolkit.model.SeverityCriteria;
import org.raitoolkit.model.Sourcing;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.model.WorkbookItem;
import org.raitoolkit.model.WorkbookStatus;

/**
 * Generates valid assessment inputs over a content pack from an explicit random source, so that
 * the same seed always gives the same input. "Valid" means the engine accepts it: a non-blank
 * name and purpose, exactly the applicable factors rated, only each factor's own mitigations,
 * every value on its scale.
 */
final class RiskInputGenerator {

    private final ContentPack pack;

    RiskInputGenerator(ContentPack pack) {
        this.pack = pack;
    }

    /** Risk answers drawn from {@code seed} alone. */
    RiskAnswers riskAnswers(long seed) {
        return riskAnswers(new SplittableRandom(seed));
    }

    /** Risk answers: a profile, a rating for every applicable factor, sometimes a readiness level. */
    RiskAnswers riskAnswers(SplittableRandom random) {
        SystemProfile profile = profile(random);
        RatingStyle style = RatingStyle.draw(random);
        return new RiskAnswers(profile, ratingsFor(profile, style, random), organisationalReadiness(random));
    }

    /**
     * How one assessor rates: likelihood and severity (and each UNGP criterion) are drawn up to
     * these ceilings, and each mitigation is in place with these odds. Drawn once per input, so
     * that some systems are rated low throughout and every decision, PROCEED included, turns up.
     *
     * @param likelihoodCeiling the highest likelihood drawn, 1–5
     * @param severityCeiling the highest severity or criterion drawn, 1–5
     * @param mitigationTenths the odds, in tenths, that each mitigation is in place
     */
    record RatingStyle(int likelihoodCeiling, int severityCeiling, int mitigationTenths) {
        static RatingStyle draw(SplittableRandom random) {
            // 5 twice as often as the other ceilings, so that very high risks turn up too.
            return new RatingStyle(Math.min(5, 1 + random.nextInt(6)), Math.min(5, 1 + random.nextInt(6)), random.nextInt(9));
        }
    }

    /** A profile with every field drawn at random; the odds of the yes/no facts vary from profile to profile. */
    SystemProfile profile(SplittableRandom random) {
        int odds = 1 + random.nextInt(3); // in quarters: some systems have few facts, some many
        Set<DataSource> sources = EnumSet.noneOf(DataSource.class);
        for (DataSource source : DataSource.values()) {
            if (random.nextInt(4) == 0) {
                sources.add(source);
            }
        }
        SystemProfile.Builder b = SystemProfile.builder()
                .name("System " + Long.toHexString(random.nextLong()))
                .purpose("A generated use of AI in policing, for property tests.")
                .applicationArea(pick(random, ApplicationArea.values()))
                .lifecycleStage(pick(random, LifecycleStage.values()))
                .legalBasis(legalBasis(random))
                .processesBiometricData(random.nextInt(4) < odds)
                .processesPersonalData(random.nextInt(4) < odds)
                .realTime(random.nextInt(4) < odds)
                .publiclyAccessibleSpace(random.nextInt(4) < odds)
                .affectsVulnerableGroups(random.nextInt(4) < odds)
                .individualLevelPredictions(random.nextInt(4) < odds)
                .automatedDecisionWithLegalEffect(random.nextInt(4) < odds)
                .humanReviewOfOutputs(random.nextInt(4) < odds)
                .matchesAgainstReferenceList(random.nextInt(4) < odds)
                .infersStateOrIntent(random.nextInt(4) < odds)
                .sharesWithPartnersOrAbroad(random.nextInt(4) < odds)
                .authenticatesEvidence(random.nextInt(4) < odds)
                .observesAssemblyOrExpression(random.nextInt(4) < odds)
                .sourcing(pick(random, Sourcing.values()))
                .dataSources(sources);
        if (random.nextInt(5) == 0) {
            // The default rules never read attributes; they must not change any result.
            b.attribute("national-register", "entry " + random.nextInt(1000));
        }
        return b.build();
    }

    /** Mostly YES, so that the risk levels, not the legal basis, decide most cases. */
    private static LegalBasis legalBasis(SplittableRandom random) {
        int n = random.nextInt(20);
        return n < 12 ? LegalBasis.YES : n < 17 ? LegalBasis.UNCLEAR : LegalBasis.NO;
    }

    /** A rating for every factor that applies to {@code profile}, in content order. */
    Map<String, FactorRating> ratingsFor(SystemProfile profile, RatingStyle style, SplittableRandom random) {
        Map<String, FactorRating> ratings = new LinkedHashMap<>();
        for (RiskFactor factor : pack.riskFactors()) {
            if (factor.appliesTo(profile)) {
                ratings.put(factor.id(), rating(factor, style, random));
            }
        }
        return ratings;
    }

    /**
     * Adds a generated rating for each factor that applies to {@code profile} and is not yet
     * rated, and drops ratings of factors that no longer apply; other ratings stay as they are.
     */
    Map<String, FactorRating> completeRatings(SystemProfile profile, Map<String, FactorRating> ratings,
                                              RatingStyle style, SplittableRandom random) {
        Map<String, FactorRating> complete = new LinkedHashMap<>();
        for (RiskFactor factor : pack.riskFactors()) {
            if (factor.appliesTo(profile)) {
                FactorRating kept = ratings.get(factor.id());
                complete.put(factor.id(), kept != null ? kept : rating(factor, style, random));
            }
        }
        return complete;
    }

    /** Values up to the style's ceilings; severity direct or as UNGP criteria, even odds. */
    FactorRating rating(RiskFactor factor, RatingStyle style, SplittableRandom random) {
        Likelihood likelihood = Likelihood.values()[random.nextInt(style.likelihoodCeiling())];
        List<MitigationClaim> mitigations = new ArrayList<>();
        for (Mitigation m : factor.mitigations()) {
            if (random.nextInt(10) < style.mitigationTenths()) {
                // Every status, and now and then none (an older file's bare id, read as IMPLEMENTED).
                int pick = random.nextInt(4);
                mitigations.add(new MitigationClaim(m.id(), pick == 3 ? null : MitigationStatus.values()[pick],
                        pick == 2 ? "test report TR-" + random.nextInt(100) : null));
            }
        }
        String rationale = random.nextBoolean() ? null : "rated in a generated workshop";
        if (random.nextBoolean()) {
            Severity severity = Severity.values()[random.nextInt(style.severityCeiling())];
            return new FactorRating(likelihood, severity, null, mitigations, rationale);
        }
        int ceiling = style.severityCeiling();
        SeverityCriteria criteria = new SeverityCriteria(
                1 + random.nextInt(ceiling), 1 + random.nextInt(ceiling), 1 + random.nextInt(ceiling));
        return new FactorRating(likelihood, null, criteria, mitigations, rationale);
    }

    /** No readiness level half the time; otherwise any level, BEGINNING more often. */
    ReadinessLevel organisationalReadiness(SplittableRandom random) {
        int n = random.nextInt(10);
        if (n < 5) {
            return null;
        }
        return n < 7 ? ReadinessLevel.BEGINNING : pick(random, ReadinessLevel.values());
    }

    /** Answers to most readiness questions, each 0–4 or UNKNOWN; left-out questions count as UNKNOWN. */
    ReadinessAnswers readinessAnswers(SplittableRandom random) {
        Map<String, MaturityLevel> answers = new LinkedHashMap<>();
        // Some agencies answer evenly, some skew high or low, so that every level turns up.
        int skew = random.nextInt(3);
        for (ReadinessQuestion q : pack.readinessQuestions()) {
            if (random.nextInt(8) == 0) {
                continue;
            }
            MaturityLevel answer = random.nextInt(12) == 0
                    ? MaturityLevel.UNKNOWN
                    : MaturityLevel.values()[Math.min(4, Math.max(0, random.nextInt(5) + skew - 1))];
            answers.put(q.id(), answer);
        }
        return new ReadinessAnswers("Agency " + Long.toHexString(random.nextLong()), answers);
    }

    /** Statuses for most workbook items of {@code stage}; left-out items count as NOT_DONE. */
    WorkbookAnswers workbookAnswers(String system, LifecycleStage stage, SplittableRandom random) {
        Map<String, WorkbookStatus> answers = new LinkedHashMap<>();
        for (WorkbookItem item : pack.workbookItems(stage)) {
            if (random.nextInt(6) != 0) {
                answers.put(item.id(), pick(random, WorkbookStatus.values()));
            }
        }
        return new WorkbookAnswers(system, answers);
    }

    /** The same map with its keys in a random order. */
    static <K, V> Map<K, V> shuffled(Map<K, V> map, SplittableRandom random) {
        List<K> keys = shuffled(new ArrayList<>(map.keySet()), random);
        Map<K, V> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, map.get(k)));
        return out;
    }

    /** The same list in a random order (Fisher–Yates over a copy). */
    static <T> List<T> shuffled(List<T> list, SplittableRandom random) {
        List<T> copy = new ArrayList<>(list);
        for (int i = copy.size() - 1; i > 0; i--) {
            Collections.swap(copy, i, random.nextInt(i + 1));
        }
        return copy;
    }

    static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
