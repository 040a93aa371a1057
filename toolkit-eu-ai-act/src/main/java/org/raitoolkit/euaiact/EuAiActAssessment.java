package org.raitoolkit.euaiact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.raitoolkit.euaiact.internal.Timeline;
import org.raitoolkit.euaiact.EuAiActProfile.AnnexIIIPurpose;
import org.raitoolkit.euaiact.EuAiActProfile.BiometricIdentification;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.SystemProfile;

/**
 * Rule fact: the EU AI Act view of one system, inserted by rule {@code EU-ASSESSMENT} when the
 * profile has a {@code euAiAct} section (which the engine inserts as an {@link EuAiActProfile}), and matched by every other rule of the EU-AI-ACT rule
 * set. It fixes the assessment date once (the profile's {@code assessmentDate}, else the day of
 * the assessment from the engine's clock, {@link org.raitoolkit.rules.spi.AssessmentDay}), offers the derived facts the rules
 * test (a real-time identification in a publicly accessible space, a claimed Art. 6(3)
 * derogation, profiling), and makes the rule set's facts ({@link Ground}, {@link Obligation},
 * {@link MissingPrecondition}) with their dates from the timeline.
 *
 * <p>Other rule sets may match it, for example to add national conditions to a real-time
 * identification. Immutable and thread-safe.
 */
public final class EuAiActAssessment {

    private final SystemProfile profile;
    private final EuAiActProfile facts;
    private final LocalDate assessmentDate;
    private final boolean assessmentDateFromProfile;

    /**
     * The view of {@code profile}, whose {@code euAiAct} section is {@code facts}, on the section's
     * {@code assessmentDate} or else on {@code today}.
     */
    public EuAiActAssessment(SystemProfile profile, EuAiActProfile facts, LocalDate today) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.facts = Objects.requireNonNull(facts, "facts");
        LocalDate given = facts.assessmentDate();
        this.assessmentDateFromProfile = given != null;
        this.assessmentDate = given != null ? given : Objects.requireNonNull(today, "today");
    }

    /** The whole profile. */
    public SystemProfile getProfile() { return profile; }

    /** The profile's {@code euAiAct} section. */
    public EuAiActProfile getFacts() { return facts; }

    /** The date the assessment speaks for. */
    public LocalDate getAssessmentDate() { return assessmentDate; }

    /** Whether the date came from the profile (else it is today's). */
    public boolean isAssessmentDateFromProfile() { return assessmentDateFromProfile; }

    /** Real-time remote biometric identification in a publicly accessible space (Art. 5(1)(h)). */
    public boolean isRealTimeInPublicSpace() {
        return getFacts().biometricIdentification() == BiometricIdentification.REAL_TIME_REMOTE
                && profile.publiclyAccessibleSpace();
    }

    /** The profile claims at least one of the Art. 6(3)(a)-(d) conditions. */
    public boolean isDerogationClaimed() {
        EuAiActProfile f = getFacts();
        return Boolean.TRUE.equals(f.narrowProceduralTask()) || Boolean.TRUE.equals(f.improvesCompletedHumanActivity())
                || Boolean.TRUE.equals(f.detectsDecisionPatternsWithHumanReview()) || Boolean.TRUE.equals(f.preparatoryTask());
    }

    /**
     * The system profiles natural persons: the profile says so, or one of its purposes is
     * profiling (Annex III 6(e)).
     */
    public boolean isProfiling() {
        return Boolean.TRUE.equals(getFacts().profilesNaturalPersons())
                || getFacts().annexIIIPurposes().contains(AnnexIIIPurpose.PROFILING);
    }

    /**
     * The Art. 6(3) derogation is claimed, the profiling exception does not bar it, and the
     * provider's assessment of no significant risk of harm is both stated and documented (Art. 6(3),
     * 6(4)): a ticked condition alone does not show that the system poses no significant risk.
     */
    public boolean isDerogationApplicable() {
        return isDerogationClaimed() && !isProfiling() && getDerogationMissing().isEmpty();
    }

    /**
     * A condition of Art. 6(3)(a)-(d) is claimed and profiling does not bar the derogation, but the
     * provider's assessment or its documentation is missing: the system stays high-risk.
     */
    public boolean isDerogationUnsupported() {
        return isDerogationClaimed() && !isProfiling() && !getDerogationMissing().isEmpty();
    }

    /** What the profile lacks for a claimed derogation, in words; empty when nothing is missing. */
    public String getDerogationMissing() {
        List<String> missing = new ArrayList<>();
        if (!Boolean.TRUE.equals(getFacts().noSignificantRiskOfHarm())) {
            missing.add("the provider's assessment that the system poses no significant risk of harm to health, safety or "
                    + "fundamental rights (Art. 6(3); noSignificantRiskOfHarm)");
        }
        if (!Boolean.TRUE.equals(getFacts().derogationAssessmentDocumented())) {
            missing.add("the provider's documentation of that assessment (Art. 6(4); derogationAssessmentDocumented)");
        }
        return String.join(" and ", missing);
    }

    /** The Art. 6(3) conditions the profile claims, in words, for example "(a) a narrow procedural task". */
    public String getDerogationConditions() {
        EuAiActProfile f = getFacts();
        List<String> claimed = new ArrayList<>();
        if (Boolean.TRUE.equals(f.narrowProceduralTask())) {
            claimed.add("(a) a narrow procedural task");
        }
        if (Boolean.TRUE.equals(f.improvesCompletedHumanActivity())) {
            claimed.add("(b) improving the result of a previously completed human activity");
        }
        if (Boolean.TRUE.equals(f.detectsDecisionPatternsWithHumanReview())) {
            claimed.add("(c) detecting decision patterns or deviations without replacing or influencing the prior human assessment without proper human review");
        }
        if (Boolean.TRUE.equals(f.preparatoryTask())) {
            claimed.add("(d) a preparatory task");
        }
        return String.join("; ", claimed);
    }

    /**
     * The profile states that a law authorises the system to detect, prevent, investigate or
     * prosecute criminal offences, the condition of the Art. 50 exemptions. A general legal basis
     * ({@code legalBasis: YES}) is not this, so the duties apply unless the fact is stated.
     */
    public boolean isAuthorisedByLaw() {
        return Boolean.TRUE.equals(getFacts().authorisedByLawForCriminalOffences());
    }

    /**
     * A generative system placed on the market or put into service before Art. 50 applied: the
     * amending regulation gives its Art. 50(2) marking a later date (ART-50-2-TRANSITION).
     */
    public boolean isMarkingTransition() {
        return inServiceBefore("TRANSPARENCY");
    }

    /**
     * The system is an Annex X large-scale IT system component put into service before the
     * Art. 111(1) cut-off, so it has until 31 December 2030 to comply.
     */
    public boolean isAnnexXLegacy() {
        return Boolean.TRUE.equals(getFacts().annexXLargeScaleItComponent()) && inServiceBefore("ART-111-1-CUT-OFF");
    }

    /**
     * Art. 111(2): a system (other than an Annex X component) in service before the cut-off whose
     * design has not changed significantly since; as the deployer is a public authority, it has
     * until 2 August 2030. The change must be stated as absent: unknown keeps the ordinary date.
     */
    public boolean isPublicAuthorityLegacy() {
        return !isAnnexXLegacy() && inServiceBefore("ART-111-2-CUT-OFF")
                && Boolean.FALSE.equals(getFacts().significantDesignChange());
    }

    /** In service before the cut-off, but its design has changed significantly since (Art. 111(2)). */
    public boolean isLegacyChangedInDesign() {
        return !isAnnexXLegacy() && inServiceBefore("ART-111-2-CUT-OFF")
                && Boolean.TRUE.equals(getFacts().significantDesignChange());
    }

    /**
     * The timeline entry from which the high-risk obligations apply to this system: the Art. 111
     * date for a system already in service that qualifies, else the Annex III date.
     */
    public String getHighRiskEntry() {
        if (isAnnexXLegacy()) {
            return "ANNEX-X-LEGACY";
        }
        return isPublicAuthorityLegacy() ? "PUBLIC-AUTHORITY-LEGACY" : "ANNEX-III-HIGH-RISK";
    }

    // A cut-off is the timeline entry's date: the system must have been in service before it.
    private boolean inServiceBefore(String cutOffEntry) {
        LocalDate since = getFacts().placedOnMarketOrInServiceOn();
        return since != null && since.isBefore(Timeline.shipped().entry(cutOffEntry).applicableFrom());
    }

    /**
     * When the provisions of timeline entry {@code timelineEntry} apply, seen on the assessment date.
     *
     * @throws IllegalArgumentException if the timeline has no such entry
     */
    public EffectiveDate effective(String timelineEntry) {
        return Timeline.shipped().effective(timelineEntry, assessmentDate);
    }

    /** A ground found by one rule. */
    public Ground ground(String code, Category category, String reference, String timelineEntry, String text, Reason why) {
        return new Ground(code, category, reference, text, null, effective(timelineEntry), List.of(why));
    }

    /** A ground that rests on an Annex III use, keeping the reasons that found the use. */
    public Ground ground(AnnexIIIUse use, String code, Category category, String reference, String timelineEntry,
            String text, Reason why) {
        List<Reason> reasons = new ArrayList<>(use.reasons());
        reasons.add(why);
        return new Ground(code, category, reference, text, use.point(), effective(timelineEntry), reasons);
    }

    /** An obligation found by one rule. */
    public Obligation obligation(String code, String article, String title, String timelineEntry, String principle,
            LifecycleStage stage, String text, Reason why) {
        return new Obligation(code, article, title, text, effective(timelineEntry), principle, stage, List.of(why));
    }

    /** A missing precondition found by one rule. */
    public MissingPrecondition missing(String code, String article, String timelineEntry, String text, Reason why) {
        return new MissingPrecondition(code, article, text, effective(timelineEntry), List.of(why));
    }

    @Override
    public String toString() {
        return "EuAiActAssessment[" + profile.name() + " on " + assessmentDate + "]";
    }
}
