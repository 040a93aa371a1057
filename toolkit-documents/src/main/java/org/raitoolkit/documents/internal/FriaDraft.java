package org.raitoolkit.documents.internal;

import static org.raitoolkit.documents.internal.Drafting.aiAct;
import static org.raitoolkit.documents.internal.Drafting.given;
import static org.raitoolkit.documents.internal.Drafting.led;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raitoolkit.documents.DocumentKind;
import org.raitoolkit.documents.FiledDocument;
import org.raitoolkit.documents.Part;
import org.raitoolkit.documents.Section;
import org.raitoolkit.euaiact.Category;
import org.raitoolkit.euaiact.EuAiAct;
import org.raitoolkit.euaiact.EuAiActProfile;
import org.raitoolkit.euaiact.EuAiActResult;
import org.raitoolkit.euaiact.Ground;
import org.raitoolkit.euled.EuLed;
import org.raitoolkit.euled.LedFacts;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.reports.spi.Wording;

/**
 * The fundamental rights impact assessment a deployer makes before the first use of a high-risk
 * system, EU AI Act Art. 27: the six elements of Art. 27(1)(a) to (f) in order, then its relation to
 * the data protection impact assessment (Art. 27(4)) and the notification of its results
 * (Art. 27(3)). It reads the EU AI Act classification from the report and the {@code euAiAct} and
 * {@code euLed} facts when the answers give them, and says what is missing when they do not.
 */
public final class FriaDraft {

    static final String AUTOMATION_BIAS = "RF-AUTOMATION-BIAS";
    static final String ACCOUNTABILITY_GAP = "RF-ACCOUNTABILITY-GAP";
    static final String NO_REDRESS = "RF-NO-REDRESS";
    /** The instrumental principle of human oversight, as factors name it in their principles. */
    static final String OVERSIGHT_PRINCIPLE = "AUTONOMY.OVERSIGHT";

    /** Annex III point 2 (critical infrastructure): Art. 27(1) leaves it out. */
    private static final int CRITICAL_INFRASTRUCTURE_AREA = 2;

    private final Drafting d;
    private final SystemProfile system;
    private final EuAiActResult eu;
    private final Optional<EuAiActProfile> facts;
    private final Optional<LedFacts> led;
    private final AssessmentRecord record;

    /**
     * @throws IllegalArgumentException if the report has no EU AI Act classification
     */
    public FriaDraft(Drafting drafting) {
        this.d = drafting;
        this.system = drafting.report.input().system();
        this.eu = EuAiActResult.from(drafting.report.result()).orElseThrow(() -> new IllegalArgumentException(
                "the fundamental rights impact assessment needs the EU AI Act rule set: assess with it (--jurisdiction EU)"
                        + " and give the system's euAiAct facts"));
        this.facts = system.extension(EuAiAct.SECTION);
        this.led = system.extension(EuLed.FACTS);
        this.record = drafting.report.input().assessment();
    }

    public FiledDocument build() {
        List<String> notices = new ArrayList<>();
        notices.add(Drafting.DRAFT_NOTICE);
        notices.add(requirement());
        if (facts.map(EuAiActProfile::friaCompleted).map(Boolean.TRUE::equals).orElse(false)) {
            notices.add("The answers state that a fundamental rights impact assessment has already been completed"
                    + " (system.euAiAct.friaCompleted). Compare this draft with it and update that assessment wherever an"
                    + " element has changed or is no longer up to date (Art. 27(2)).");
        }
        List<Section> sections = List.of(processes(), period(), affectedPersons(), risks(), humanOversight(), governance(),
                dpia(), notification());
        return new FiledDocument(DocumentKind.FRIA, d.systemName(), d.sources(), notices, sections);
    }

    /** Whether the Act requires this assessment, by the category the rule set found. */
    private String requirement() {
        return switch (eu.category()) {
            case HIGH_RISK -> highRiskRequirement();
            case PROHIBITED -> "The EU AI Act rule set places this use in the category PROHIBITED (" + eu.reference()
                    + "): " + eu.path() + ". A prohibited practice may not be put into use, and no impact assessment makes it"
                    + " lawful; this draft only records the risks to fundamental rights the assessment found.";
            case MINIMAL, TRANSPARENCY -> "The EU AI Act rule set places this system in the category "
                    + Wording.word(eu.category()) + ". Art. 27(1) requires a fundamental rights impact assessment only"
                    + " before the first use of a high-risk system listed in Annex III, so the Act does not require one for"
                    + " this category: this draft is voluntary.";
        };
    }

    private String highRiskRequirement() {
        List<Ground> annexIII = annexIIIGrounds();
        boolean onlyCriticalInfrastructure = !annexIII.isEmpty()
                && annexIII.stream().allMatch(g -> g.annexIIIArea() == CRITICAL_INFRASTRUCTURE_AREA);
        if (annexIII.isEmpty() || onlyCriticalInfrastructure) {
            return "The EU AI Act rule set finds this system high-risk, but not under an Annex III point to which"
                    + " Art. 27(1) applies (" + eu.reference() + "). Check whether the Act requires a fundamental rights"
                    + " impact assessment for this use; if it does not, this draft is voluntary.";
        }
        String when = eu.obligation("ART-27").map(o -> " The obligation " + o.effective().describe() + ".").orElse("");
        String realTime = isRealTimeRemoteIdentification()
                ? " For real-time remote biometric identification, Art. 5(2) also allows each use only once the"
                        + " assessment is completed and the system is registered (Art. 49), save in duly justified urgency."
                : "";
        return "Required before first use. Art. 27(1) requires a deployer that is a body governed by public law, as a police"
                + " agency is, to assess the impact on fundamental rights before it first uses a high-risk system of Annex III"
                + " (other than point 2); the rule set finds this system high-risk under Annex III point "
                + Drafting.and(annexIII.stream().map(Ground::annexIIIPoint).distinct().toList()) + "." + when + realTime;
    }

    /** 1. Art. 27(1)(a): the deployer's processes in which the system is used. */
    private Section processes() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Statement("System", system.name()));
        parts.add(new Part.Statement("Purpose", system.purpose()));
        parts.add(new Part.Statement("Stage of the life cycle", Wording.stage(system.lifecycleStage())));
        parts.add(new Part.Statement("What a person does with the output", outputUse()));
        parts.add(new Part.ToBeCompleted("The deployer's process", "The steps of the agency's work in which the system is"
                + " used, which roles see its outputs and what each does with them, in line with the intended purpose the"
                + " provider states in the instructions for use (Art. 27(1)(a), Art. 13(3)(b))."));
        parts.add(new Part.Statement("EU AI Act category", Wording.word(eu.category()) + ": " + eu.path()
                + (eu.reference() == null || eu.reference().isBlank() ? "" : " (" + eu.reference() + ")")));
        List<String> points = annexIIIGrounds().stream().map(FriaDraft::namingPoint).distinct().toList();
        if (points.isEmpty()) {
            parts.add(new Part.Statement("Annex III", "The rule set finds no Annex III point for this system."));
        } else if (!(points.size() == 1 && eu.path() != null && eu.path().contains(points.get(0)))) {
            // The category line already names a single point; list them only when it does not.
            parts.add(new Part.Items("Annex III", points));
        }
        return new Section("processes", "1", "The deployer's processes in which the system is used",
                List.of(aiAct("Art. 27(1)(a)"), aiAct("Art. 6(2)")), parts);
    }

    /** A ground's text, which the rule set writes with its point ("high-risk under Annex III 5(d): ..."); else prefixed with it. */
    private static String namingPoint(Ground g) {
        return g.text().contains(g.annexIIIPoint()) ? g.text() : "point " + g.annexIIIPoint() + ": " + g.text();
    }

    private String outputUse() {
        if (system.automatedDecisionWithLegalEffect()) {
            return "The answers state that the system itself takes decisions with legal or similarly significant effect"
                    + " for people, without a person deciding each one"
                    + (system.humanReviewOfOutputs() ? ", although a person reviews outputs." : ".");
        }
        return system.humanReviewOfOutputs()
                ? "A trained person reviews each output before it is acted on and takes the decision; the output informs it."
                : "The answers state that outputs are acted on without a person reviewing each one.";
    }

    /** 2. Art. 27(1)(b): the period and frequency of use. */
    private Section period() {
        List<Part> parts = new ArrayList<>();
        parts.add(given("Period of use", facts.map(EuAiActProfile::usePeriod), "The period in which the system is to be"
                + " used, such as the dates of an operation or 'continuously from' a date (system.euAiAct.usePeriod)."));
        parts.add(given("Frequency of use", facts.map(EuAiActProfile::useFrequency), "How often the system is to be used in"
                + " that period, such as each shift, each call, or a number of deployments a year"
                + " (system.euAiAct.useFrequency)."));
        if (system.realTime()) {
            parts.add(new Part.Statement("Context", "The answers state that the system works in real time, while events"
                    + " unfold; this says how it is used, not for how long or how often."));
        }
        return new Section("period", "2", "Period and frequency of use", List.of(aiAct("Art. 27(1)(b)")), parts);
    }

    /** 3. Art. 27(1)(c): the categories of natural persons and groups likely to be affected. */
    private Section affectedPersons() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Items("People the answers show the system touches", affectedFromProfile()));
        List<String> ledFacts = affectedFromLed();
        if (!ledFacts.isEmpty()) {
            parts.add(new Part.Items("What the Directive's facts add", ledFacts));
        }
        parts.add(new Part.ToBeCompleted("Groups affected and their number", "Name the groups of people the system is"
                + " likely to affect in this specific use (for example suspects, victims, bystanders, or people of a given"
                + " age or language) and estimate how many people it will touch in the period of use; the answers give no"
                + " numbers (Art. 27(1)(c))."));
        return new Section("affected-persons", "3", "Categories of natural persons and groups likely to be affected",
                List.of(aiAct("Art. 27(1)(c)")), parts);
    }

    private List<String> affectedFromProfile() {
        List<String> out = new ArrayList<>();
        if (!system.processesPersonalData()) {
            out.add("The answers state that the system processes no personal data; people can still be affected by what is"
                    + " done with its outputs.");
        }
        // Without personal data, naming the people in the sources would contradict the answers.
        if (system.processesPersonalData() && !system.dataSources().isEmpty()) {
            out.add("people whose data are in the sources used: " + String.join("; ",
                    Wording.sorted(system.dataSources()).stream().map(Wording::dataSource).toList()));
        }
        if (system.processesBiometricData()) {
            out.add("people whose biometric data (face, fingerprints, voice or gait) the system processes");
        }
        if (system.publiclyAccessibleSpace()) {
            out.add("everyone who passes through the publicly accessible spaces the system observes, most of whom are of no"
                    + " interest to the police");
        }
        if (system.observesAssemblyOrExpression()) {
            out.add("people taking part in assemblies or protests, or expressing their views, whom the system observes");
        }
        if (system.matchesAgainstReferenceList()) {
            out.add("people on the reference list the inputs are compared with, and people wrongly matched to it");
        }
        if (system.individualLevelPredictions() || facts.map(EuAiActProfile::profilesNaturalPersons).map(Boolean.TRUE::equals)
                .orElse(false)) {
            out.add("the individual people the system scores, profiles or makes predictions about");
        }
        if (system.infersStateOrIntent()) {
            out.add("people whose emotions, intent or state of mind the system infers");
        }
        if (system.automatedDecisionWithLegalEffect()) {
            out.add("people about whom the system takes decisions with legal or similarly significant effect");
        }
        if (system.authenticatesEvidence()) {
            out.add("parties to cases in which the system judges whether evidence is authentic");
        }
        if (system.affectsVulnerableGroups()) {
            out.add("children and other people in vulnerable situations, whom the answers say the system affects");
        }
        if (system.sharesWithPartnersOrAbroad()) {
            out.add("people whose data or results are shared with partner agencies or abroad");
        }
        return out;
    }

    private List<String> affectedFromLed() {
        List<String> out = new ArrayList<>();
        led.map(LedFacts::dataSubjectCategoriesDistinguished).ifPresent(kept -> out.add(kept
                ? "The processing keeps the categories of persons of LED Art. 6 apart (suspects, convicted persons,"
                        + " victims, witnesses and others)."
                : "The answers do not state that the processing keeps the categories of persons of LED Art. 6 apart."));
        led.map(LedFacts::specialCategories).filter(s -> !s.isEmpty()).ifPresent(s -> out.add("People whose special"
                + " categories of data are processed (LED Art. 10): " + String.join("; ",
                        Wording.sorted(s).stream().map(Wording::lower).toList()) + "."));
        return out;
    }

    /** 4. Art. 27(1)(d): the specific risks of harm to those persons. */
    private Section risks() {
        List<Part> parts = new ArrayList<>();
        List<FactorResult> high = d.highBeforeMeasures();
        if (high.isEmpty()) {
            parts.add(new Part.Statement("Risks rated high", "The assessment rates no risk high or very high before"
                    + " measures; the risk report lists every risk it rated, with its level."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (FactorResult f : high) {
                String engages = d.engages(f);
                rows.add(List.of(f.title(), d.rights(f), Wording.word(f.inherentLevel()), Wording.word(f.residualLevel()),
                        d.why(f), engages.isEmpty() ? "none mapped" : engages));
            }
            parts.add(new Part.Grid("Risks rated high or very high before measures, highest first",
                    List.of("Risk", "Rights at stake", "Before measures", "After measures", "Why, as the assessors rated it",
                            "Provisions engaged"), rows));
        }
        parts.add(new Part.ToBeCompleted("Risks the provider names", "Check these risks against the provider's"
                + " instructions for use, which this tool does not have, and add the circumstances they name that may lead"
                + " to risks to fundamental rights (Art. 13(3)(b)(iii), Art. 27(1)(d))."));
        return new Section("risks", "4", "Specific risks of harm to those persons",
                List.of(aiAct("Art. 27(1)(d)"), aiAct("Art. 13(3)")), parts);
    }

    /** 5. Art. 27(1)(e): how human oversight is implemented. */
    private Section humanOversight() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Statement("Review of outputs", system.humanReviewOfOutputs()
                ? "The answers state that a trained person reviews each output before it is acted on."
                : "The answers state that outputs are acted on without a person reviewing each one; Art. 14 requires a"
                        + " high-risk system to be effectively overseen by people while it is in use."));
        List<FactorResult> oversight = oversightFactors();
        List<List<String>> rows = d.measureRows(oversight);
        if (!rows.isEmpty()) {
            parts.add(new Part.Grid("Oversight measures the answers state, with their status and evidence",
                    List.of("Risk", "Measure", "Status", "Evidence"), rows));
        }
        if (oversight.stream().flatMap(f -> f.mitigations().stream()).noneMatch(MitigationClaim::lowersRisk)) {
            parts.add(new Part.ToBeCompleted("Oversight measures in place", "Who oversees the system, with what competence,"
                    + " training and authority (Art. 26(2)), and how they can disregard, override or stop it (Art. 14(4));"
                    + " the answers state no oversight measure in place."));
        }
        parts.add(new Part.ToBeCompleted("Oversight the instructions for use require", "The human oversight measures the"
                + " provider's instructions for use set out, and how the agency carries out each of them"
                + " (Art. 13(3)(d), Art. 26(1), Art. 27(1)(e))."));
        return new Section("human-oversight", "5", "Human oversight measures",
                List.of(aiAct("Art. 27(1)(e)"), aiAct("Art. 14"), aiAct("Art. 26(2)")), parts);
    }

    /**
     * The automation-bias factor and every other factor that threatens human oversight, except the
     * accountability factor, which section 6 reports with governance.
     */
    private List<FactorResult> oversightFactors() {
        return d.factorsByLevel().stream()
                .filter(f -> f.factorId().equals(AUTOMATION_BIAS) || f.principles().contains(OVERSIGHT_PRINCIPLE))
                .filter(f -> !f.factorId().equals(ACCOUNTABILITY_GAP))
                .toList();
    }

    /** 6. Art. 27(1)(f): the measures if the risks materialise, internal governance and complaints. */
    private Section governance() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.ToBeCompleted("If a risk materialises", "What the agency does when a harm occurs: who may"
                + " suspend the system, how the provider and the market surveillance authority are told of a serious"
                + " incident, and how the people harmed are told and put right (Art. 26(5), Art. 73, Art. 27(1)(f))."));
        if (record == null) {
            parts.add(new Part.ToBeCompleted("Conditions and review", "The assessment record: the conditions the agency"
                    + " accepted, the date of the next review and the events that bring it forward (assessment)."));
        } else {
            parts.addAll(d.conditionsAndReview(record));
        }
        List<FactorResult> governanceFactors = new ArrayList<>();
        d.factor(ACCOUNTABILITY_GAP).ifPresent(governanceFactors::add);
        Optional<FactorResult> redress = d.factor(NO_REDRESS);
        redress.ifPresent(governanceFactors::add);
        List<List<String>> rows = d.measureRows(governanceFactors);
        if (!rows.isEmpty()) {
            parts.add(new Part.Grid("Accountability and redress measures the answers state",
                    List.of("Risk", "Measure", "Status", "Evidence"), rows));
        }
        if (!redress.map(FriaDraft::redressInPlaceWithEvidence).orElse(false)) {
            parts.add(new Part.ToBeCompleted("Complaint route", "How a person affected by the system can complain and to"
                    + " whom, how the complaint reaches the people responsible for the system, and how the person is told the"
                    + " outcome (Art. 27(1)(f); LED Art. 52 on complaints to the supervisory authority)."));
        }
        return new Section("governance", "6", "Measures if the risks materialise, internal governance and complaints",
                List.of(aiAct("Art. 27(1)(f)"), aiAct("Art. 26(5)")), parts);
    }

    /** A redress measure the answers state as in place, with evidence: only then is the complaint route shown. */
    private static boolean redressInPlaceWithEvidence(FactorResult redress) {
        return redress.mitigations().stream().anyMatch(c -> c.status() != null && c.status().lowersRisk()
                && c.evidence() != null && !c.evidence().isBlank());
    }

    /** 7. Art. 27(4): the relation to the data protection impact assessment. */
    private Section dpia() {
        List<Part> parts = new ArrayList<>();
        Boolean completed = led.map(LedFacts::dpiaCompleted).orElse(null);
        if (Boolean.TRUE.equals(completed)) {
            parts.add(new Part.Statement("Data protection impact assessment", "The answers state that a data protection"
                    + " impact assessment exists (euLed.dpiaCompleted): this assessment complements it, and may refer to it"
                    + " for the elements it already covers (Art. 27(4))."));
        } else {
            parts.add(new Part.Statement("Data protection impact assessment", (completed == null
                    ? "The answers do not say whether a data protection impact assessment has been completed."
                    : "The answers state that no data protection impact assessment has been completed yet.")
                    + " The command \"toolkit dpia\" drafts one from the same answers; once it is done, this assessment"
                    + " complements it for the elements it covers (Art. 27(4))."));
        }
        parts.add(new Part.ToBeCompleted("Reference of the DPIA", "The reference and date of the data protection impact"
                + " assessment this one complements (LED Art. 27 or GDPR Art. 35), and which of its elements it covers"
                + " (Art. 27(4))."));
        return new Section("dpia", "7", "Relation to the data protection impact assessment",
                List.of(aiAct("Art. 27(4)"), led("Art. 27")), parts);
    }

    /** 8. Art. 27(3): the notification of the results to the market surveillance authority. */
    private Section notification() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Statement("Notification", "Once the assessment is done, the deployer notifies its results to the"
                + " market surveillance authority, with the filled-in template the AI Office provides (Art. 27(3) and"
                + " 27(5))."));
        parts.add(new Part.Statement("Exemption", "Art. 27(3) allows a deployer to be exempt from notifying in the case of"
                + " Art. 46(1), where the market surveillance authority has authorised the system's use before its conformity"
                + " assessment for exceptional reasons such as public security or the protection of life and health: check"
                + " whether it applies."));
        if (annexIIIGrounds().stream().anyMatch(g -> List.of(1, 6, 7, 8).contains(g.annexIIIArea()))) {
            parts.add(new Part.Statement("Authority", "For law-enforcement uses under Annex III points 1, 6, 7 and 8,"
                    + " Art. 74(8) has the Member State designate as market surveillance authority either the data protection"
                    + " supervisory authority or another authority designated under the same conditions (LED Art. 41 to 44):"
                    + " check which one it has named."));
        }
        parts.add(new Part.ToBeCompleted("Date notified", "The market surveillance authority notified, the date, and the"
                + " reference of the notification (Art. 27(3))."));
        return new Section("notification", "8", "Notification to the market surveillance authority",
                List.of(aiAct("Art. 27(3)"), aiAct("Art. 27(5)"), aiAct("Art. 46(1)")), parts);
    }

    private List<Ground> annexIIIGrounds() {
        return eu.grounds().stream().filter(g -> g.category() == Category.HIGH_RISK && g.annexIIIPoint() != null).toList();
    }

    private boolean isRealTimeRemoteIdentification() {
        return facts.map(EuAiActProfile::biometricIdentification)
                .map(EuAiActProfile.BiometricIdentification.REAL_TIME_REMOTE::equals).orElse(false);
    }
}
