package org.raitoolkit.euled;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The facts the EU-LED rule set reads about how a system processes personal data, beyond those
 * of the system profile itself: the {@code euLed} section under {@code system} in a risk answer
 * file ({@link EuLed#FACTS} gives each one's help text and when it is required). Every fact is
 * optional: one left out is <em>not shown</em>, which never counts as met. Immutable.
 *
 * @param purposes what the processing is for (Art. 1(1), Art. 4(1)(b), Art. 9(1))
 * @param lawSpecifiesObjectivesDataAndPurposes the law relied on names at least the objectives,
 *     the personal data and the purposes of the processing (Art. 8(2))
 * @param furtherProcessingForOtherPurpose data collected for one purpose is used for another (Art. 4(2))
 * @param furtherProcessingAuthorised that other use is authorised by law, necessary and proportionate (Art. 4(2))
 * @param dataSubjectCategoriesDistinguished suspects, convicts, victims and witnesses are kept apart (Art. 6)
 * @param specialCategories the special categories of data processed (Art. 10)
 * @param specialCategoryGround the ground for processing them (Art. 10(a) to (c))
 * @param strictlyNecessary processing them is strictly necessary for the purpose (Art. 10)
 * @param specialCategorySafeguards safeguards for the rights of the people concerned are in place (Art. 10, Art. 11(2))
 * @param automatedDecisionAuthorisedByLaw an automated decision with adverse legal effect is authorised by law (Art. 11(1))
 * @param humanInterventionAvailable the person concerned can obtain human intervention in it (Art. 11(1))
 * @param automatedDecisionOnSpecialCategories that decision rests on special categories of data (Art. 11(2))
 * @param profilingDiscriminationCheck whether profiling was tested for discrimination (Art. 11(3))
 * @param dataSubjectsInformed the general information about the processing is available to the public (Art. 13(1))
 * @param accessRequestProcedure requests for access, rectification and erasure are handled by a set procedure (Art. 12, 14, 16)
 * @param rightsRestricted information or access is withheld or delayed for some people (Art. 13(3), Art. 15)
 * @param restrictionsLaidDownInLaw those restrictions rest on a law and are weighed case by case (Art. 13(3), Art. 15(1))
 * @param dataInCriminalProceedings the data is in a judicial decision, record or case file of criminal proceedings (Art. 18)
 * @param dataProtectionByDesign measures of data protection by design and by default are in place (Art. 20)
 * @param loggedOperations the operations the system logs (Art. 25(1))
 * @param dpiaCompleted a data protection impact assessment is complete (Art. 27)
 * @param dpiaShowsHighRisk it found that the processing would carry a high risk without measures to reduce it (Art. 28(1)(a))
 * @param supervisoryAuthorityConsulted the supervisory authority was consulted before the processing (Art. 28)
 * @param dpoDesignated the controller has a data protection officer (Art. 32)
 * @param dpoInvolved the officer is involved in this system early and fully (Art. 33(1), Art. 34)
 * @param internationalTransfers data is transferred to a third country or an international organisation (Art. 35)
 * @param transferGround the ground for those transfers (Art. 36 to Art. 38)
 * @param transferRecipient who receives them (Art. 35(1)(b), Art. 39)
 */
public record LedFacts(
        Set<Purpose> purposes,
        Boolean lawSpecifiesObjectivesDataAndPurposes,
        Boolean furtherProcessingForOtherPurpose,
        Boolean furtherProcessingAuthorised,
        Boolean dataSubjectCategoriesDistinguished,
        Set<SpecialCategory> specialCategories,
        SpecialCategoryGround specialCategoryGround,
        Boolean strictlyNecessary,
        Boolean specialCategorySafeguards,
        Boolean automatedDecisionAuthorisedByLaw,
        Boolean humanInterventionAvailable,
        Boolean automatedDecisionOnSpecialCategories,
        ProfilingCheck profilingDiscriminationCheck,
        Boolean dataSubjectsInformed,
        Boolean accessRequestProcedure,
        Boolean rightsRestricted,
        Boolean restrictionsLaidDownInLaw,
        Boolean dataInCriminalProceedings,
        Boolean dataProtectionByDesign,
        Set<LoggedOperation> loggedOperations,
        Boolean dpiaCompleted,
        Boolean dpiaShowsHighRisk,
        Boolean supervisoryAuthorityConsulted,
        Boolean dpoDesignated,
        Boolean dpoInvolved,
        Boolean internationalTransfers,
        TransferGround transferGround,
        TransferRecipient transferRecipient) {

    /** Copies the sets, in declaration order so that texts and reports list them alike every run. */
    public LedFacts {
        purposes = copy(purposes, Purpose.class);
        specialCategories = copy(specialCategories, SpecialCategory.class);
        loggedOperations = copy(loggedOperations, LoggedOperation.class);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    /** What the processing is for. */
    public enum Purpose {
        /** Preventing criminal offences. */
        PREVENTION,
        /** Investigating criminal offences. */
        INVESTIGATION,
        /** Detecting criminal offences. */
        DETECTION,
        /** Prosecuting criminal offences. */
        PROSECUTION,
        /** Executing criminal penalties. */
        EXECUTION_OF_PENALTIES,
        /** Safeguarding against and preventing threats to public security. */
        PUBLIC_SECURITY,
        /** A purpose outside law enforcement, such as managing staff or an administrative task of the authority. */
        OTHER
    }

    /** The special categories of personal data of Art. 10. */
    public enum SpecialCategory {
        RACIAL_OR_ETHNIC_ORIGIN,
        POLITICAL_OPINIONS,
        RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,
        TRADE_UNION_MEMBERSHIP,
        GENETIC_DATA,
        /** Biometric data processed to identify a person uniquely, such as face templates. */
        BIOMETRIC_FOR_IDENTIFICATION,
        HEALTH,
        SEX_LIFE_OR_SEXUAL_ORIENTATION
    }

    /** The ground for processing special categories of data (Art. 10(a) to (c)). */
    public enum SpecialCategoryGround {
        /** Union or Member State law authorises it (Art. 10(a)). */
        AUTHORISED_BY_LAW,
        /** It protects the vital interests of the person concerned or of someone else (Art. 10(b)). */
        VITAL_INTERESTS,
        /** The person concerned has clearly made the data public themselves (Art. 10(c)). */
        MANIFESTLY_MADE_PUBLIC,
        /** None of these. */
        NONE
    }

    /** Whether profiling was tested for discrimination on special categories (Art. 11(3)). */
    public enum ProfilingCheck {
        /** The system does not profile people. */
        NO_PROFILING,
        /** It profiles people and was tested: no discrimination found. */
        TESTED_NONE_FOUND,
        /** It profiles people and was not tested. */
        NOT_TESTED,
        /** It profiles people and the tests found discrimination on a special category. */
        DISCRIMINATION_FOUND
    }

    /** The operations Art. 25(1) requires logs of in automated processing systems. */
    public enum LoggedOperation {
        COLLECTION, ALTERATION, CONSULTATION, DISCLOSURE, COMBINATION, ERASURE
    }

    /** The ground for transfers to a third country or an international organisation. */
    public enum TransferGround {
        /** A Commission decision that the recipient's country or organisation protects data adequately (Art. 36). */
        ADEQUACY_DECISION,
        /** A legally binding instrument, or the controller's own assessment, gives appropriate safeguards (Art. 37). */
        APPROPRIATE_SAFEGUARDS,
        /** A derogation for a specific situation, such as a vital interest or an immediate serious threat (Art. 38). */
        DEROGATION,
        /** None of these. */
        NONE
    }

    /** Who receives data transferred outside the EU. */
    public enum TransferRecipient {
        /** An authority competent for law enforcement in the third country (Art. 35(1)(b)). */
        COMPETENT_AUTHORITY,
        /** An international organisation, such as INTERPOL. */
        INTERNATIONAL_ORGANISATION,
        /** Another recipient, such as a company or a non-police authority (Art. 39). */
        OTHER_RECIPIENT
    }
}
