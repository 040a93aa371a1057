package org.raitoolkit.euaiact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Facts about a system that the EU AI Act (Regulation (EU) 2024/1689) rule set reads, written in
 * answer files under {@code system.euAiAct} and declared to readers, forms and reports by
 * {@link EuAiAct#SECTION}. Every field is optional: the rules say what an unstated fact leaves
 * open. Names follow the Act's own terms so that a legal reviewer can read the files. Whether a
 * space is publicly accessible is the profile's own {@code publiclyAccessibleSpace}.
 *
 * @param biometricIdentification remote biometric identification, if any (Art. 3(41)-(43))
 * @param rbiObjective for real-time remote identification: the objective pursued (Art. 5(1)(h))
 * @param annexIIOffence the suspected offence is listed in Annex II
 * @param maxCustodialSentenceYears the offence's maximum custodial sentence in the Member State, in years
 * @param nationalLawAuthorises national law permits real-time remote identification (Art. 5(5))
 * @param authorisation the state of the judicial or independent authorisation (Art. 5(3), 26(10))
 * @param hoursSinceStart hours since the use started without authorisation (urgency)
 * @param friaCompleted a fundamental rights impact assessment is completed (Art. 27)
 * @param registeredInEuDatabase the system is registered in the EU database (Art. 49)
 * @param initialIdentificationOfSuspect post-remote use is the initial identification of a potential
 *     suspect based on objective, verifiable facts (Art. 26(10))
 * @param linkedToSpecificOffenceOrMissingPerson post-remote use is linked to a criminal offence, proceeding,
 *     genuine threat, or the search for a specific missing person (Art. 26(10))
 * @param twoPersonRuleDisproportionate national law considers the two-person verification of
 *     Art. 14(5) disproportionate for this law-enforcement use
 * @param individualCrimePrediction person-level crime prediction, if any (Art. 5(1)(d))
 * @param facialImageScraping collection of facial images from the internet or CCTV (Art. 5(1)(e))
 * @param emotionRecognition emotion recognition, if any (Art. 5(1)(f), Annex III 1(c))
 * @param medicalOrSafetyReason emotion recognition is for medical or safety reasons
 * @param biometricCategorisation biometric categorisation, if any (Art. 5(1)(g), Annex III 1(b))
 * @param labellingOfLawfullyAcquiredDataset the categorisation only labels or filters a lawfully
 *     acquired biometric dataset
 * @param generatesIntimateImageryOrCsam the system generates or manipulates non-consensual intimate
 *     imagery or child sexual abuse material (new Art. 5(1)(ba)/(bb))
 * @param annexIIIPurposes the Annex III purposes the system serves
 * @param narrowProceduralTask Art. 6(3)(a)
 * @param improvesCompletedHumanActivity Art. 6(3)(b)
 * @param detectsDecisionPatternsWithHumanReview Art. 6(3)(c)
 * @param preparatoryTask Art. 6(3)(d)
 * @param profilesNaturalPersons the system profiles natural persons (Art. 6(3), last subparagraph)
 * @param interactsWithPublic people interact with the system directly (Art. 50(1))
 * @param usedByPublicToReportCrime the public uses the system to report a crime (Art. 50(1))
 * @param generatesSyntheticContent the system generates synthetic audio, image, video or text (Art. 50(2), (4))
 * @param urgentRequestWithin24Hours for a use started in urgency: the authorisation was requested within
 *     24 hours of the start (Art. 5(3))
 * @param noSignificantRiskOfHarm the provider's assessment states that the system poses no significant
 *     risk of harm to health, safety or fundamental rights (Art. 6(3), first subparagraph)
 * @param derogationAssessmentDocumented the provider has documented that assessment (Art. 6(4))
 * @param authorisedByLawForCriminalOffences the system is authorised (for Art. 50(3): permitted) by law to
 *     detect, prevent, investigate or prosecute criminal offences (Art. 50(1)-(4)); a general legal
 *     basis for processing is not this
 * @param placedOnMarketOrInServiceOn the day the system was placed on the market or put into service (Art. 111)
 * @param significantDesignChange the system's design has changed significantly since 2 August 2026 (Art. 111(2))
 * @param annexXLargeScaleItComponent the system is a component of a large-scale IT system listed in Annex X,
 *     such as the Schengen Information System (Art. 111(1))
 * @param usedByCompetentAuthorityAgainstSuchMaterial a system that generates or alters such material is
 *     used only by a competent authority to detect, investigate or prosecute it or to identify and
 *     protect its victims; whether the new prohibition's exceptions cover that use is not confirmed
 * @param deployer the deployer's name, address and contact details, for the EU database (Annex VIII, Section C, point 1)
 * @param submitter the name, address and contact details of the person who registers the use on the
 *     deployer's behalf (Annex VIII, Section C, point 2)
 * @param providerDatabaseEntry the address (URL) of the provider's entry for the system in the EU
 *     database (Annex VIII, Section C, point 3)
 * @param usePeriod the period in which the system is to be used, for the fundamental rights impact
 *     assessment (Art. 27(1)(b))
 * @param useFrequency how often it is to be used in that period (Art. 27(1)(b))
 * @param assessmentDate the date the assessment speaks for; today when absent
 */
public record EuAiActProfile(
        BiometricIdentification biometricIdentification,
        RbiObjective rbiObjective,
        Boolean annexIIOffence,
        @Min(0) @Max(100) Integer maxCustodialSentenceYears,
        Boolean nationalLawAuthorises,
        Authorisation authorisation,
        @Min(0) @Max(100_000) Integer hoursSinceStart,
        Boolean friaCompleted,
        Boolean registeredInEuDatabase,
        Boolean initialIdentificationOfSuspect,
        Boolean linkedToSpecificOffenceOrMissingPerson,
        Boolean twoPersonRuleDisproportionate,
        IndividualCrimePrediction individualCrimePrediction,
        FacialImageScraping facialImageScraping,
        EmotionRecognition emotionRecognition,
        Boolean medicalOrSafetyReason,
        BiometricCategorisation biometricCategorisation,
        Boolean labellingOfLawfullyAcquiredDataset,
        Boolean generatesIntimateImageryOrCsam,
        Set<AnnexIIIPurpose> annexIIIPurposes,
        Boolean narrowProceduralTask,
        Boolean improvesCompletedHumanActivity,
        Boolean detectsDecisionPatternsWithHumanReview,
        Boolean preparatoryTask,
        Boolean profilesNaturalPersons,
        Boolean interactsWithPublic,
        Boolean usedByPublicToReportCrime,
        Boolean generatesSyntheticContent,
        Boolean urgentRequestWithin24Hours,
        Boolean noSignificantRiskOfHarm,
        Boolean derogationAssessmentDocumented,
        Boolean authorisedByLawForCriminalOffences,
        LocalDate placedOnMarketOrInServiceOn,
        Boolean significantDesignChange,
        Boolean annexXLargeScaleItComponent,
        Boolean usedByCompetentAuthorityAgainstSuchMaterial,
        @Size(max = 1000) String deployer,
        @Size(max = 1000) String submitter,
        @Size(max = 500) String providerDatabaseEntry,
        @Size(max = 1000) String usePeriod,
        @Size(max = 1000) String useFrequency,
        LocalDate assessmentDate) {

    public EuAiActProfile {
        annexIIIPurposes = annexIIIPurposes == null || annexIIIPurposes.isEmpty()
                ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(annexIIIPurposes));
    }

    /** A builder with every fact absent. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EuAiActProfile} fact by fact; not thread-safe. */
    public static final class Builder {
        private BiometricIdentification biometricIdentification;
        private RbiObjective rbiObjective;
        private Boolean annexIIOffence;
        private Integer maxCustodialSentenceYears;
        private Boolean nationalLawAuthorises;
        private Authorisation authorisation;
        private Integer hoursSinceStart;
        private Boolean friaCompleted;
        private Boolean registeredInEuDatabase;
        private Boolean initialIdentificationOfSuspect;
        private Boolean linkedToSpecificOffenceOrMissingPerson;
        private Boolean twoPersonRuleDisproportionate;
        private IndividualCrimePrediction individualCrimePrediction;
        private FacialImageScraping facialImageScraping;
        private EmotionRecognition emotionRecognition;
        private Boolean medicalOrSafetyReason;
        private BiometricCategorisation biometricCategorisation;
        private Boolean labellingOfLawfullyAcquiredDataset;
        private Boolean generatesIntimateImageryOrCsam;
        private Set<AnnexIIIPurpose> annexIIIPurposes;
        private Boolean narrowProceduralTask;
        private Boolean improvesCompletedHumanActivity;
        private Boolean detectsDecisionPatternsWithHumanReview;
        private Boolean preparatoryTask;
        private Boolean profilesNaturalPersons;
        private Boolean interactsWithPublic;
        private Boolean usedByPublicToReportCrime;
        private Boolean generatesSyntheticContent;
        private Boolean urgentRequestWithin24Hours;
        private Boolean noSignificantRiskOfHarm;
        private Boolean derogationAssessmentDocumented;
        private Boolean authorisedByLawForCriminalOffences;
        private LocalDate placedOnMarketOrInServiceOn;
        private Boolean significantDesignChange;
        private Boolean annexXLargeScaleItComponent;
        private Boolean usedByCompetentAuthorityAgainstSuchMaterial;
        private String deployer;
        private String submitter;
        private String providerDatabaseEntry;
        private String usePeriod;
        private String useFrequency;
        private LocalDate assessmentDate;

        private Builder() {
        }

        public Builder biometricIdentification(BiometricIdentification value) { this.biometricIdentification = value; return this; }
        public Builder rbiObjective(RbiObjective value) { this.rbiObjective = value; return this; }
        public Builder annexIIOffence(Boolean value) { this.annexIIOffence = value; return this; }
        public Builder maxCustodialSentenceYears(Integer value) { this.maxCustodialSentenceYears = value; return this; }
        public Builder nationalLawAuthorises(Boolean value) { this.nationalLawAuthorises = value; return this; }
        public Builder authorisation(Authorisation value) { this.authorisation = value; return this; }
        public Builder hoursSinceStart(Integer value) { this.hoursSinceStart = value; return this; }
        public Builder friaCompleted(Boolean value) { this.friaCompleted = value; return this; }
        public Builder registeredInEuDatabase(Boolean value) { this.registeredInEuDatabase = value; return this; }
        public Builder initialIdentificationOfSuspect(Boolean value) { this.initialIdentificationOfSuspect = value; return this; }
        public Builder linkedToSpecificOffenceOrMissingPerson(Boolean value) { this.linkedToSpecificOffenceOrMissingPerson = value; return this; }
        public Builder twoPersonRuleDisproportionate(Boolean value) { this.twoPersonRuleDisproportionate = value; return this; }
        public Builder individualCrimePrediction(IndividualCrimePrediction value) { this.individualCrimePrediction = value; return this; }
        public Builder facialImageScraping(FacialImageScraping value) { this.facialImageScraping = value; return this; }
        public Builder emotionRecognition(EmotionRecognition value) { this.emotionRecognition = value; return this; }
        public Builder medicalOrSafetyReason(Boolean value) { this.medicalOrSafetyReason = value; return this; }
        public Builder biometricCategorisation(BiometricCategorisation value) { this.biometricCategorisation = value; return this; }
        public Builder labellingOfLawfullyAcquiredDataset(Boolean value) { this.labellingOfLawfullyAcquiredDataset = value; return this; }
        public Builder generatesIntimateImageryOrCsam(Boolean value) { this.generatesIntimateImageryOrCsam = value; return this; }
        public Builder annexIIIPurposes(Set<AnnexIIIPurpose> value) { this.annexIIIPurposes = value; return this; }
        public Builder narrowProceduralTask(Boolean value) { this.narrowProceduralTask = value; return this; }
        public Builder improvesCompletedHumanActivity(Boolean value) { this.improvesCompletedHumanActivity = value; return this; }
        public Builder detectsDecisionPatternsWithHumanReview(Boolean value) { this.detectsDecisionPatternsWithHumanReview = value; return this; }
        public Builder preparatoryTask(Boolean value) { this.preparatoryTask = value; return this; }
        public Builder profilesNaturalPersons(Boolean value) { this.profilesNaturalPersons = value; return this; }
        public Builder interactsWithPublic(Boolean value) { this.interactsWithPublic = value; return this; }
        public Builder usedByPublicToReportCrime(Boolean value) { this.usedByPublicToReportCrime = value; return this; }
        public Builder generatesSyntheticContent(Boolean value) { this.generatesSyntheticContent = value; return this; }
        public Builder urgentRequestWithin24Hours(Boolean value) { this.urgentRequestWithin24Hours = value; return this; }
        public Builder noSignificantRiskOfHarm(Boolean value) { this.noSignificantRiskOfHarm = value; return this; }
        public Builder derogationAssessmentDocumented(Boolean value) { this.derogationAssessmentDocumented = value; return this; }
        public Builder authorisedByLawForCriminalOffences(Boolean value) { this.authorisedByLawForCriminalOffences = value; return this; }
        public Builder placedOnMarketOrInServiceOn(LocalDate value) { this.placedOnMarketOrInServiceOn = value; return this; }
        public Builder significantDesignChange(Boolean value) { this.significantDesignChange = value; return this; }
        public Builder annexXLargeScaleItComponent(Boolean value) { this.annexXLargeScaleItComponent = value; return this; }
        public Builder usedByCompetentAuthorityAgainstSuchMaterial(Boolean value) { this.usedByCompetentAuthorityAgainstSuchMaterial = value; return this; }
        public Builder deployer(String value) { this.deployer = value; return this; }
        public Builder submitter(String value) { this.submitter = value; return this; }
        public Builder providerDatabaseEntry(String value) { this.providerDatabaseEntry = value; return this; }
        public Builder usePeriod(String value) { this.usePeriod = value; return this; }
        public Builder useFrequency(String value) { this.useFrequency = value; return this; }
        public Builder assessmentDate(LocalDate value) { this.assessmentDate = value; return this; }

        /** The profile; the content module's readers or the engine validate it. */
        public EuAiActProfile build() {
            return new EuAiActProfile(biometricIdentification, rbiObjective, annexIIOffence, maxCustodialSentenceYears, nationalLawAuthorises, authorisation, hoursSinceStart, friaCompleted, registeredInEuDatabase, initialIdentificationOfSuspect, linkedToSpecificOffenceOrMissingPerson, twoPersonRuleDisproportionate, individualCrimePrediction, facialImageScraping, emotionRecognition, medicalOrSafetyReason, biometricCategorisation, labellingOfLawfullyAcquiredDataset, generatesIntimateImageryOrCsam, annexIIIPurposes, narrowProceduralTask, improvesCompletedHumanActivity, detectsDecisionPatternsWithHumanReview, preparatoryTask, profilesNaturalPersons, interactsWithPublic, usedByPublicToReportCrime, generatesSyntheticContent, urgentRequestWithin24Hours, noSignificantRiskOfHarm, derogationAssessmentDocumented, authorisedByLawForCriminalOffences, placedOnMarketOrInServiceOn, significantDesignChange, annexXLargeScaleItComponent, usedByCompetentAuthorityAgainstSuchMaterial, deployer, submitter, providerDatabaseEntry, usePeriod, useFrequency, assessmentDate);
        }
    }

    /** Remote biometric identification as the Act distinguishes it. */
    public enum BiometricIdentification { NONE, REAL_TIME_REMOTE, POST_REMOTE, VERIFICATION_ONLY }

    /** The objectives for which Art. 5(1)(h) allows real-time remote identification. */
    public enum RbiObjective { VICTIM_OR_MISSING_PERSON_SEARCH, IMMINENT_THREAT_OR_TERRORISM, SERIOUS_CRIME_SUSPECT, OTHER }

    /** The state of an authorisation by a judicial or independent administrative authority. */
    public enum Authorisation { GRANTED, URGENT_PENDING, REFUSED, NONE }

    /** Person-level crime prediction, as Art. 5(1)(d) distinguishes it. */
    public enum IndividualCrimePrediction { NONE, SOLELY_PROFILING, SUPPORTS_HUMAN_ASSESSMENT_ON_FACTS }

    /** Collection of facial images, as Art. 5(1)(e) distinguishes it. */
    public enum FacialImageScraping { NONE, TARGETED, UNTARGETED }

    /** Emotion recognition, as Art. 5(1)(f) distinguishes it. */
    public enum EmotionRecognition { NONE, WORKPLACE_OR_EDUCATION, OTHER }

    /** Biometric categorisation, as Art. 5(1)(g) distinguishes it. */
    public enum BiometricCategorisation { NONE, SENSITIVE_ATTRIBUTES, OTHER }

    /** The Annex III purposes that bear on policing. */
    public enum AnnexIIIPurpose {
        /** 6(a): the risk of a person becoming a victim of crime. */
        VICTIM_RISK,
        /** 6(b): polygraphs and similar tools. */
        POLYGRAPH,
        /** 6(c): the reliability of evidence. */
        EVIDENCE_RELIABILITY,
        /** 6(d): the risk of a person offending or re-offending. */
        OFFENDING_RISK,
        /** 6(e): profiling in detecting, investigating or prosecuting crime. */
        PROFILING,
        /** 5(d): evaluating and classifying emergency calls, dispatching police. */
        EMERGENCY_CALL_TRIAGE,
        /** 7: migration, asylum and border control. */
        MIGRATION_BORDER,
        /** 8(a): assisting judicial authorities. */
        JUDICIAL_ASSISTANCE
    }
}
