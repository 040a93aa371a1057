package org.raitoolkit.testkit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.raitoolkit.model.ApplicationArea;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.DataSource;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.Mitigation;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.MitigationStatus;
import org.raitoolkit.model.ReadinessLevel;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.Severity;
import org.raitoolkit.model.SeverityCriteria;
import org.raitoolkit.model.Sourcing;
import org.raitoolkit.model.SystemProfile;

/**
 * Valid, varied risk answers generated from a seed, for property tests of rule sets: the same
 * seed always gives the same answers for the same pack. Thread-safe.
 */
public final class SampleInputs {

    private SampleInputs() {
    }

    /** {@code count} risk answers for {@code pack}, generated from {@code seed}. */
    public static List<RiskAnswers> risk(ContentPack pack, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<RiskAnswers> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(risk(pack, random.split()));
        }
        return answers;
    }

    /** One set of risk answers for {@code pack}, drawn from {@code random}. */
    public static RiskAnswers risk(ContentPack pack, SplittableRandom random) {
        EnumSet<DataSource> sources = EnumSet.noneOf(DataSource.class);
        for (DataSource s : DataSource.values()) {
            if (random.nextInt(4) == 0) {
                sources.add(s);
            }
        }
        SystemProfile profile = SystemProfile.builder()
                .name("Generated system " + Long.toHexString(random.nextLong()))
                .purpose("Generated for a property test of rule sets")
                .applicationArea(pick(random, ApplicationArea.values()))
                .lifecycleStage(pick(random, LifecycleStage.values()))
                .legalBasis(pick(random, LegalBasis.values()))
                .processesBiometricData(random.nextBoolean())
                .processesPersonalData(random.nextBoolean())
                .realTime(random.nextBoolean())
                .publiclyAccessibleSpace(random.nextBoolean())
                .affectsVulnerableGroups(random.nextBoolean())
                .individualLevelPredictions(random.nextBoolean())
                .automatedDecisionWithLegalEffect(random.nextBoolean())
                .humanReviewOfOutputs(random.nextBoolean())
                .matchesAgainstReferenceList(random.nextBoolean())
                .infersStateOrIntent(random.nextBoolean())
                .sharesWithPartnersOrAbroad(random.nextBoolean())
                .authenticatesEvidence(random.nextBoolean())
                .observesAssemblyOrExpression(random.nextBoolean())
                .sourcing(pick(random, Sourcing.values()))
                .dataSources(sources)
                .build();
        Map<String, FactorRating> ratings = new LinkedHashMap<>();
        for (RiskFactor f : pack.riskFactors()) {
            if (f.appliesTo(profile)) {
                ratings.put(f.id(), rating(f, random));
            }
        }
        ReadinessLevel readiness = random.nextInt(3) == 0 ? pick(random, ReadinessLevel.values()) : null;
        return new RiskAnswers(profile, ratings, readiness);
    }

    /** A random rating of {@code factor}, with a random subset of its mitigations reported, each with a random status. */
    public static FactorRating rating(RiskFactor factor, SplittableRandom random) {
        List<MitigationClaim> mitigations = new ArrayList<>();
        for (Mitigation m : factor.mitigations()) {
            if (random.nextBoolean()) {
                mitigations.add(MitigationClaim.of(m.id(), pick(random, MitigationStatus.values())));
            }
        }
        Likelihood likelihood = pick(random, Likelihood.values());
        if (random.nextBoolean()) {
            return new FactorRating(likelihood, pick(random, Severity.values()), null, mitigations, "generated");
        }
        SeverityCriteria criteria = new SeverityCriteria(1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(5));
        return new FactorRating(likelihood, null, criteria, mitigations, "generated");
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
