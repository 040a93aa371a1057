package org.raitoolkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an agency knows about one AI system and its intended use: the input to a risk assessment.
 *
 * <p>The boolean facts default to {@code false} when a file leaves them out. {@code attributes}
 * carries further facts, as text, for rule sets that agencies add for their own law; the default
 * rules never read it. Instances are immutable and safe to share between threads.
 *
 * @param name the system's name, as the agency calls it
 * @param purpose what the system is used for, in a sentence or two
 * @param applicationArea the kind of AI application
 * @param lifecycleStage where the system is in its life cycle
 * @param legalBasis whether a legal basis for this use has been identified
 * @param processesBiometricData faces, fingerprints, voice or gait are processed
 * @param processesPersonalData any information about identifiable people is processed
 * @param realTime outputs are produced and acted on while events unfold
 * @param publiclyAccessibleSpace the system observes a place open to the public
 * @param affectsVulnerableGroups children or other vulnerable people are affected
 * @param individualLevelPredictions the system scores or predicts about named individuals
 * @param automatedDecisionWithLegalEffect a decision with legal or similarly significant effect is
 *     taken automatically
 * @param humanReviewOfOutputs a trained person reviews outputs before they are acted on
 * @param matchesAgainstReferenceList inputs are compared with a watchlist, hot list, hash list or
 *     other reference list
 * @param infersStateOrIntent the system infers emotion, intent, deception or "suspicious"
 *     behaviour from appearance, voice or movement
 * @param sharesWithPartnersOrAbroad outputs or data are shared with other agencies, partners or
 *     authorities in other countries
 * @param authenticatesEvidence the system judges whether images, audio, video or documents are
 *     genuine or manipulated
 * @param observesAssemblyOrExpression the system is used at or about assemblies and protests, or
 *     monitors social media or other online expression
 * @param sourcing whether a supplier or the agency builds the system
 * @param dataSources where the input and training data come from
 * @param attributes extra facts for extension rule sets, by name
 * @param extensions typed facts for extension rule sets, by the key of their {@link FactSection}
 *     (for example {@code euLed}); written in answer files as further keys of {@code system}
 */
public record SystemProfile(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 4000) String purpose,
        @NotNull ApplicationArea applicationArea,
        @NotNull LifecycleStage lifecycleStage,
        @NotNull LegalBasis legalBasis,
        boolean processesBiometricData,
        boolean processesPersonalData,
        boolean realTime,
        boolean publiclyAccessibleSpace,
        boolean affectsVulnerableGroups,
        boolean individualLevelPredictions,
        boolean automatedDecisionWithLegalEffect,
        boolean humanReviewOfOutputs,
        boolean matchesAgainstReferenceList,
        boolean infersStateOrIntent,
        boolean sharesWithPartnersOrAbroad,
        boolean authenticatesEvidence,
        boolean observesAssemblyOrExpression,
        @NotNull Sourcing sourcing,
        @NotNull Set<DataSource> dataSources,
        @NotNull @Size(max = 200) Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 1000) String> attributes,
        @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Record> extensions) {

    /** Copies the collections so that the profile cannot change after it is made. */
    public SystemProfile {
        dataSources = dataSources == null || dataSources.isEmpty()
                ? Set.of()
                // In the enum's order, not Set.copyOf's, which differs from run to run: a profile
                // prints, and its answers' digest comes out, the same in every run.
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(dataSources));
        // Sorted so that two profiles with the same attributes print and hash alike.
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
        extensions = extensions == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(extensions));
    }

    /**
     * A profile without the five facts added later (reference lists, inferred
     * state, sharing, evidence authentication, assemblies and expression), all taken as false; kept
     * so that code written against the earlier components still compiles.
     */
    public SystemProfile(String name, String purpose, ApplicationArea applicationArea,
                         LifecycleStage lifecycleStage, LegalBasis legalBasis,
                         boolean processesBiometricData, boolean processesPersonalData, boolean realTime,
                         boolean publiclyAccessibleSpace, boolean affectsVulnerableGroups,
                         boolean individualLevelPredictions, boolean automatedDecisionWithLegalEffect,
                         boolean humanReviewOfOutputs, Sourcing sourcing, Set<DataSource> dataSources,
                         Map<String, String> attributes, Map<String, Record> extensions) {
        this(name, purpose, applicationArea, lifecycleStage, legalBasis, processesBiometricData,
                processesPersonalData, realTime, publiclyAccessibleSpace, affectsVulnerableGroups,
                individualLevelPredictions, automatedDecisionWithLegalEffect, humanReviewOfOutputs,
                false, false, false, false, false, sourcing, dataSources, attributes, extensions);
    }

    /**
     * The typed facts by section key, for writers that put each section under its key in
     * {@code system}, as answer files have them; the same map as {@link #extensions()}.
     */
    @com.fasterxml.jackson.annotation.JsonAnyGetter
    public Map<String, Record> sections() {
        return extensions;
    }

    /** The facts this profile gives for {@code section}, if any. */
    public <T extends Record> java.util.Optional<T> extension(FactSection<T> section) {
        Record facts = extensions.get(section.key());
        return section.type().isInstance(facts) ? java.util.Optional.of(section.type().cast(facts)) : java.util.Optional.empty();
    }

    /** The extra fact named {@code key}, or {@code null} if the profile has none. */
    public String attribute(String key) {
        return attributes.get(key);
    }

    /** Whether {@code fact} holds for this profile. */
    public boolean has(ProfileFact fact) {
        return fact.holdsFor(this);
    }

    /** The facts that hold for this profile, in declaration order. */
    public Set<ProfileFact> facts() {
        EnumSet<ProfileFact> facts = EnumSet.noneOf(ProfileFact.class);
        for (ProfileFact fact : ProfileFact.values()) {
            if (fact.holdsFor(this)) {
                facts.add(fact);
            }
        }
        return facts;
    }

    /** A builder with every boolean fact false, no data sources and in-house sourcing. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this profile. */
    public Builder toBuilder() {
        Builder b = new Builder()
                .name(name).purpose(purpose).applicationArea(applicationArea)
                .lifecycleStage(lifecycleStage).legalBasis(legalBasis)
                .processesBiometricData(processesBiometricData)
                .processesPersonalData(processesPersonalData)
                .realTime(realTime).publiclyAccessibleSpace(publiclyAccessibleSpace)
                .affectsVulnerableGroups(affectsVulnerableGroups)
                .individualLevelPredictions(individualLevelPredictions)
                .automatedDecisionWithLegalEffect(automatedDecisionWithLegalEffect)
                .humanReviewOfOutputs(humanReviewOfOutputs)
                .matchesAgainstReferenceList(matchesAgainstReferenceList)
                .infersStateOrIntent(infersStateOrIntent)
                .sharesWithPartnersOrAbroad(sharesWithPartnersOrAbroad)
                .authenticatesEvidence(authenticatesEvidence)
                .observesAssemblyOrExpression(observesAssemblyOrExpression)
                .sourcing(sourcing).dataSources(dataSources);
        b.attributes.putAll(attributes);
        b.extensions.putAll(extensions);
        return b;
    }

    /** Builds a {@link SystemProfile} step by step; not thread-safe. */
    public static final class Builder {
        private String name;
        private String purpose;
        private ApplicationArea applicationArea;
        private LifecycleStage lifecycleStage = LifecycleStage.DECISION;
        private LegalBasis legalBasis = LegalBasis.UNCLEAR;
        private boolean processesBiometricData;
        private boolean processesPersonalData;
        private boolean realTime;
        private boolean publiclyAccessibleSpace;
        private boolean affectsVulnerableGroups;
        private boolean individualLevelPredictions;
        private boolean automatedDecisionWithLegalEffect;
        private boolean humanReviewOfOutputs;
        private boolean matchesAgainstReferenceList;
        private boolean infersStateOrIntent;
        private boolean sharesWithPartnersOrAbroad;
        private boolean authenticatesEvidence;
        private boolean observesAssemblyOrExpression;
        private Sourcing sourcing = Sourcing.IN_HOUSE;
        private Set<DataSource> dataSources = Set.of();
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final Map<String, Record> extensions = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder name(String value) { this.name = value; return this; }
        public Builder purpose(String value) { this.purpose = value; return this; }
        public Builder applicationArea(ApplicationArea value) { this.applicationArea = value; return this; }
        public Builder lifecycleStage(LifecycleStage value) { this.lifecycleStage = value; return this; }
        public Builder legalBasis(LegalBasis value) { this.legalBasis = value; return this; }
        public Builder processesBiometricData(boolean value) { this.processesBiometricData = value; return this; }
        public Builder processesPersonalData(boolean value) { this.processesPersonalData = value; return this; }
        public Builder realTime(boolean value) { this.realTime = value; return this; }
        public Builder publiclyAccessibleSpace(boolean value) { this.publiclyAccessibleSpace = value; return this; }
        public Builder affectsVulnerableGroups(boolean value) { this.affectsVulnerableGroups = value; return this; }
        public Builder individualLevelPredictions(boolean value) { this.individualLevelPredictions = value; return this; }
        public Builder automatedDecisionWithLegalEffect(boolean value) { this.automatedDecisionWithLegalEffect = value; return this; }
        public Builder humanReviewOfOutputs(boolean value) { this.humanReviewOfOutputs = value; return this; }
        public Builder matchesAgainstReferenceList(boolean value) { this.matchesAgainstReferenceList = value; return this; }
        public Builder infersStateOrIntent(boolean value) { this.infersStateOrIntent = value; return this; }
        public Builder sharesWithPartnersOrAbroad(boolean value) { this.sharesWithPartnersOrAbroad = value; return this; }
        public Builder authenticatesEvidence(boolean value) { this.authenticatesEvidence = value; return this; }
        public Builder observesAssemblyOrExpression(boolean value) { this.observesAssemblyOrExpression = value; return this; }
        public Builder sourcing(Sourcing value) { this.sourcing = value; return this; }
        public Builder dataSources(Set<DataSource> value) { this.dataSources = value; return this; }
        public Builder attribute(String key, String value) { this.attributes.put(key, value); return this; }
        /** Sets the facts for the extension section {@code key}; {@code null} removes them. */
        public Builder extension(String key, Record facts) {
            if (facts == null) {
                this.extensions.remove(key);
            } else {
                this.extensions.put(key, facts);
            }
            return this;
        }

        /** The profile; validate it (for example with the content module's reader) before use. */
        public SystemProfile build() {
            return new SystemProfile(name, purpose, applicationArea, lifecycleStage, legalBasis,
                    processesBiometricData, processesPersonalData, realTime,
                    publiclyAccessibleSpace, affectsVulnerableGroups, individualLevelPredictions,
                    automatedDecisionWithLegalEffect, humanReviewOfOutputs, matchesAgainstReferenceList,
                    infersStateOrIntent, sharesWithPartnersOrAbroad, authenticatesEvidence,
                    observesAssemblyOrExpression, sourcing, dataSources, attributes, extensions);
        }
    }
}
