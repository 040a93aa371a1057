package org.raitoolkit.model;

import java.util.function.Predicate;

/**
 * A yes/no fact about an AI system's profile that content can name in applicability conditions
 * and aggravations. Each fact reads one field of {@link SystemProfile}, so content never needs
 * code to ask about the profile.
 */
public enum ProfileFact {
    PROCESSES_BIOMETRIC_DATA(SystemProfile::processesBiometricData),
    PROCESSES_PERSONAL_DATA(SystemProfile::processesPersonalData),
    REAL_TIME(SystemProfile::realTime),
    PUBLICLY_ACCESSIBLE_SPACE(SystemProfile::publiclyAccessibleSpace),
    AFFECTS_VULNERABLE_GROUPS(SystemProfile::affectsVulnerableGroups),
    INDIVIDUAL_LEVEL_PREDICTIONS(SystemProfile::individualLevelPredictions),
    AUTOMATED_DECISION_WITH_LEGAL_EFFECT(SystemProfile::automatedDecisionWithLegalEffect),
    HUMAN_REVIEW_OF_OUTPUTS(SystemProfile::humanReviewOfOutputs),
    MATCHES_REFERENCE_LIST(SystemProfile::matchesAgainstReferenceList),
    INFERS_STATE_OR_INTENT(SystemProfile::infersStateOrIntent),
    SHARES_WITH_PARTNERS_OR_ABROAD(SystemProfile::sharesWithPartnersOrAbroad),
    AUTHENTICATES_EVIDENCE(SystemProfile::authenticatesEvidence),
    OBSERVES_ASSEMBLY_OR_EXPRESSION(SystemProfile::observesAssemblyOrExpression),
    GENERATES_CONTENT(p -> p.applicationArea() == ApplicationArea.CONTENT_GENERATION),
    SUPPLIER_BUILT(p -> p.sourcing() == Sourcing.SUPPLIER),
    BUILT_IN_HOUSE(p -> p.sourcing() == Sourcing.IN_HOUSE),
    USES_SCRAPED_DATA(p -> p.dataSources().contains(DataSource.SCRAPED_ONLINE)),
    USES_THIRD_PARTY_DATA(p -> p.dataSources().contains(DataSource.THIRD_PARTY_COMMERCIAL)
            || p.dataSources().contains(DataSource.OPEN_SOURCE_INTERNET)
            || p.dataSources().contains(DataSource.SCRAPED_ONLINE)),
    USES_HISTORICAL_POLICE_RECORDS(p -> p.dataSources().contains(DataSource.POLICE_RECORDS)),
    USES_SEIZED_DATA(p -> p.dataSources().contains(DataSource.SEIZED_DEVICES_AND_DOCUMENTS)),
    /**
     * Personal or biometric data processed in real time in a publicly accessible space: the reach
     * the chilling-effect factor had before assemblies and online expression were added to it, as
     * one fact so that a condition can offer it as an alternative.
     */
    LIVE_MONITORING_OF_PUBLIC_SPACE(p -> p.publiclyAccessibleSpace() && p.realTime()
            && (p.processesPersonalData() || p.processesBiometricData())),
    /**
     * Biometric data processed by image analysis (face, and also gait or body matching): where the
     * facial-recognition bias factor applies, so that the general unequal-error factor can leave
     * those systems out instead of counting the same harm twice.
     */
    BIOMETRIC_IMAGE_ANALYSIS(p -> p.applicationArea() == ApplicationArea.IMAGE_ANALYSIS && p.processesBiometricData()),
    LEGAL_BASIS_NOT_CONFIRMED(p -> p.legalBasis() != LegalBasis.YES);

    private final Predicate<SystemProfile> test;

    ProfileFact(Predicate<SystemProfile> test) {
        this.test = test;
    }

    /** Whether this fact holds for {@code profile}. */
    public boolean holdsFor(SystemProfile profile) {
        return test.test(profile);
    }
}
