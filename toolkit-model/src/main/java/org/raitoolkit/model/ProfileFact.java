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
    GENERATES_CONTENT(p -> p.applicationArea() == ApplicationArea.CONTENT_GENERATION),
    SUPPLIER_BUILT(p -> p.sourcing() == Sourcing.SUPPLIER),
    BUILT_IN_HOUSE(p -> p.sourcing() == Sourcing.IN_HOUSE),
    USES_SCRAPED_DATA(p -> p.dataSources().contains(DataSource.SCRAPED_ONLINE)),
    USES_THIRD_PARTY_DATA(p -> p.dataSources().contains(DataSource.THIRD_PARTY_COMMERCIAL)
            || p.dataSources().contains(DataSource.OPEN_SOURCE_INTERNET)
            || p.dataSources().contains(DataSource.SCRAPED_ONLINE)),
    USES_HISTORICAL_POLICE_RECORDS(p -> p.dataSources().contains(DataSource.POLICE_RECORDS)),
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
