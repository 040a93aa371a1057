package org.raitoolkit.euled;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.raitoolkit.euled.LedFacts.LoggedOperation;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.Citation;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Priority;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.SystemProfile;

/**
 * Rule fact: the Law Enforcement Directive view of one system, inserted by rule
 * {@code LED-ASSESSMENT} when the profile has a {@code euLed} section and processes personal
 * data, and matched by every other rule of the EU-LED rule set. It offers the derived facts the
 * rules test (special-category data, the signs of a likely high risk, the operations not logged)
 * and makes the set's findings, so that every one cites the Directive the same way.
 *
 * <p>Other rule sets may match it, for example to add a Member State's own conditions. Immutable
 * and thread-safe.
 */
public final class LedAssessment {

    private final SystemProfile profile;
    private final LedFacts facts;

    /**
     * The view of {@code profile} with its {@code euLed} facts.
     *
     * @throws NullPointerException if either is null
     */
    public LedAssessment(SystemProfile profile, LedFacts facts) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    /** The whole profile. */
    public SystemProfile getProfile() { return profile; }

    /** The profile's {@code euLed} section. */
    public LedFacts getFacts() { return facts; }

    /** The section names at least one purpose (Art. 4(1)(b)). */
    public boolean isPurposesStated() {
        return !facts.purposes().isEmpty();
    }

    /** One of the purposes lies outside law enforcement (Art. 9(1)). */
    public boolean isOtherPurpose() {
        return facts.purposes().contains(LedFacts.Purpose.OTHER);
    }

    /** The section lists at least one special category of data (Art. 10). */
    public boolean isSpecialCategoryData() {
        return !facts.specialCategories().isEmpty();
    }

    /**
     * The profile says biometric data is processed but the section does not list it as a special
     * category, so Art. 10 cannot be read for it.
     */
    public boolean isBiometricNotListed() {
        return profile.processesBiometricData()
                && !facts.specialCategories().contains(LedFacts.SpecialCategory.BIOMETRIC_FOR_IDENTIFICATION);
    }

    /**
     * What in the profile makes a high risk to people's rights likely, which calls for a data
     * protection impact assessment (Art. 27(1)); empty when nothing does. Our reading of "likely
     * to result in a high risk": the kinds of processing that data protection authorities list
     * for impact assessments, as far as the profile shows them.
     */
    public List<String> getHighRiskSigns() {
        List<String> signs = new ArrayList<>();
        if (isSpecialCategoryData() || profile.processesBiometricData()) {
            signs.add("special categories of data, such as biometric data");
        }
        if (profile.publiclyAccessibleSpace()) {
            signs.add("systematic monitoring of a publicly accessible space");
        }
        if (profile.automatedDecisionWithLegalEffect()) {
            signs.add("automated decisions with legal or similarly serious effects");
        }
        if (profile.individualLevelPredictions()) {
            signs.add("profiling or predictions about individuals");
        }
        if (profile.affectsVulnerableGroups()) {
            signs.add("data of vulnerable people, such as children");
        }
        return List.copyOf(signs);
    }

    /** At least one sign of a likely high risk (Art. 27(1)). */
    public boolean isHighRiskLikely() {
        return !getHighRiskSigns().isEmpty();
    }

    /** The system is not yet in use: its stage comes before deployment. */
    public boolean isBeforeDeployment() {
        LifecycleStage stage = profile.lifecycleStage();
        return stage == LifecycleStage.DECISION || stage == LifecycleStage.DESIGN_DEVELOPMENT || stage == LifecycleStage.PROCUREMENT;
    }

    /** The operations of Art. 25(1) the section does not say are logged, in the article's order. */
    public Set<LoggedOperation> getOperationsNotLogged() {
        EnumSet<LoggedOperation> missing = EnumSet.allOf(LoggedOperation.class);
        missing.removeAll(facts.loggedOperations());
        return missing;
    }

    /** Every operation of Art. 25(1) is logged. */
    public boolean isLoggingComplete() {
        return getOperationsNotLogged().isEmpty();
    }

    /**
     * The supervisory authority must be consulted before the processing (Art. 28(1)): the impact
     * assessment found a high risk in the absence of measures to reduce it (point (a)), or, our reading of
     * point (b), special-category data such as biometric data is processed in a publicly
     * accessible space, a kind of processing that involves a high risk by its nature.
     */
    public boolean isPriorConsultationRequired() {
        return Boolean.TRUE.equals(facts.dpiaShowsHighRisk())
                || ((isSpecialCategoryData() || profile.processesBiometricData()) && profile.publiclyAccessibleSpace());
    }

    /**
     * A {@value EuLed#KIND_FINDING}: a condition of the Directive not met or not shown.
     *
     * @param code the finding's code, starting {@code LED-}
     * @param article for example {@code Art. 10}; the reference is the Directive's name and this
     * @param raises the decision the finding asks for at least, or {@code null}
     */
    public Finding finding(String code, String article, String text, Decision raises, Reason why) {
        return make(EuLed.KIND_FINDING, code, article, text, raises, null, why);
    }

    /**
     * An {@value EuLed#KIND_OBLIGATION}: a duty that applies, with what to do.
     *
     * @param principle the toolkit principle it serves, for its recommendation (for example {@code LAW.LEGITIMACY})
     * @param raises the decision it asks for at least while the duty is not met, or {@code null}
     */
    public Finding obligation(String code, String article, String principle, String text, Decision raises, Reason why) {
        return make(EuLed.KIND_OBLIGATION, code, article, text, raises, Objects.requireNonNull(principle, "principle"), why);
    }

    private static Finding make(String kind, String code, String article, String text, Decision raises, String principle, Reason why) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(EuLed.DETAIL_ARTICLE, article);
        if (raises != null) {
            details.put(EuLed.DETAIL_RAISES, raises.name());
        }
        if (principle != null) {
            details.put(EuLed.DETAIL_PRINCIPLE, principle);
        }
        return new Finding(EuLed.RULE_SET_ID, kind, code, text, EuLed.DIRECTIVE + ", " + article, details, List.of(why),
                citations(article));
    }

    /**
     * The Directive's provisions in {@code article}, one citation per part where parts are
     * separated by ';' (for example "Art. 14; Art. 16" cites Art. 14 and Art. 16).
     */
    static List<Citation> citations(String article) {
        List<Citation> citations = new ArrayList<>();
        for (String part : article.split(";")) {
            if (!part.isBlank()) {
                citations.add(new Citation(EuLed.INSTRUMENT, part.strip(), EuLed.JURISDICTION));
            }
        }
        return citations;
    }

    /**
     * The recommendation of an obligation, for the legal and oversight audience: its id is the
     * obligation's code, its priority HIGH when the obligation holds up the decision, else MEDIUM.
     *
     * @throws IllegalArgumentException if {@code obligation} is not an obligation of this rule set
     */
    public Recommendation recommendation(Finding obligation, Reason why) {
        if (!EuLed.RULE_SET_ID.equals(obligation.ruleSet()) || !EuLed.KIND_OBLIGATION.equals(obligation.kind())) {
            throw new IllegalArgumentException("finding " + obligation.code() + " is not an obligation of " + EuLed.RULE_SET_ID);
        }
        List<Reason> reasons = new ArrayList<>(obligation.reasons());
        reasons.add(why);
        Priority priority = obligation.details().containsKey(EuLed.DETAIL_RAISES) ? Priority.HIGH : Priority.MEDIUM;
        return new Recommendation(obligation.code(), "Law Enforcement Directive, " + obligation.details().get(EuLed.DETAIL_ARTICLE),
                obligation.text() + " (" + obligation.reference() + ")", priority, obligation.details().get(EuLed.DETAIL_PRINCIPLE),
                profile.lifecycleStage(), Audience.LEGAL_OVERSIGHT, reasons, obligation.citations());
    }

    /**
     * An enum constant, or each of a collection's, in plain lower-case words for the texts of
     * findings, for example {@code BIOMETRIC_FOR_IDENTIFICATION} as "biometric for identification";
     * several are joined with commas.
     */
    public static String words(Object value) {
        if (value instanceof java.util.Collection<?> values) {
            return values.stream().map(LedAssessment::words).collect(java.util.stream.Collectors.joining(", "));
        }
        String text = String.valueOf(value);
        return value instanceof Enum<?> ? text.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : text;
    }

    @Override
    public String toString() {
        return "LedAssessment[" + profile.name() + "]";
    }
}
