package org.raitoolkit.documents.internal;

import static org.raitoolkit.documents.internal.Drafting.given;
import static org.raitoolkit.documents.internal.Drafting.led;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raitoolkit.documents.DocumentKind;
import org.raitoolkit.documents.FiledDocument;
import org.raitoolkit.documents.Part;
import org.raitoolkit.documents.Section;
import org.raitoolkit.euled.EuLed;
import org.raitoolkit.euled.LedFacts;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.DpoConsultation;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.reports.spi.Wording;

/**
 * The data protection impact assessment of Directive (EU) 2016/680, Art. 27: the elements of
 * Art. 27(2) in order, then prior consultation (Art. 28), the data-protection officer's advice
 * (Art. 34(c)) and the agency's decision. It reads the Directive's own facts ({@code euLed}) when
 * the answers give them, and says what is missing when they do not.
 */
public final class DpiaDraft {

    private final Drafting d;
    private final SystemProfile system;
    private final Optional<LedFacts> led;
    private final AssessmentRecord record;

    public DpiaDraft(Drafting drafting) {
        this.d = drafting;
        this.system = drafting.report.input().system();
        this.led = system.extension(EuLed.FACTS);
        this.record = drafting.report.input().assessment();
    }

    public FiledDocument build() {
        List<String> notices = new ArrayList<>();
        notices.add(Drafting.DRAFT_NOTICE);
        if (!system.processesPersonalData()) {
            notices.add("The answers say the system processes no personal data. A data protection impact assessment is"
                    + " then not required by LED Art. 27(1); keep this draft as the record of that conclusion, and check"
                    + " that no output can be linked to a person.");
        }
        List<Section> sections = List.of(description(), necessity(), risks(), measures(), priorConsultation(), dpoAdvice(),
                decision());
        return new FiledDocument(DocumentKind.DPIA, d.systemName(), d.sources(), notices, sections);
    }

    /** 1. LED Art. 27(2): a general description of the envisaged processing operations. */
    private Section description() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Statement("System", system.name()));
        parts.add(new Part.Statement("Purpose", system.purpose()));
        parts.add(new Part.Statement("Kind of system", Wording.area(system.applicationArea())));
        parts.add(new Part.Statement("Stage of the life cycle", Wording.stage(system.lifecycleStage())));
        parts.add(new Part.Statement("Built by", switch (system.sourcing()) {
            case IN_HOUSE -> "the agency itself";
            case SUPPLIER -> "an external supplier";
        }));
        parts.add(new Part.Items("Data used", Wording.sorted(system.dataSources()).stream().map(Wording::dataSource).toList()));
        parts.add(new Part.Items("What the processing involves", involves()));
        if (led.isPresent() && !led.get().purposes().isEmpty()) {
            parts.add(new Part.Statement("Purposes under the Directive", String.join("; ",
                    Wording.sorted(led.get().purposes()).stream().map(Wording::lower).toList())));
        } else {
            parts.add(new Part.ToBeCompleted("Purposes under the Directive", "Which purposes of LED Art. 1(1) the processing"
                    + " serves: the prevention, investigation, detection or prosecution of criminal offences, the execution of"
                    + " criminal penalties, or safeguarding against threats to public security (euLed.purposes)."));
        }
        Boolean distinguished = led.map(LedFacts::dataSubjectCategoriesDistinguished).orElse(null);
        parts.add(Boolean.TRUE.equals(distinguished)
                ? new Part.Statement("Categories of data subjects", "The processing distinguishes between the categories of"
                        + " persons of LED Art. 6, such as suspects, convicted persons, victims and witnesses.")
                : new Part.ToBeCompleted("Categories of data subjects", "Whose data the system processes (suspects, convicted"
                        + " persons, victims, witnesses, others) and how it keeps them apart (LED Art. 6;"
                        + " euLed.dataSubjectCategoriesDistinguished)."));
        return new Section("description", "1", "Description of the processing and its purposes",
                List.of(led("Art. 27(2)"), led("Art. 1(1)"), led("Art. 6")), parts);
    }

    private List<String> involves() {
        List<String> out = new ArrayList<>();
        out.add(system.processesPersonalData() ? "personal data" : "no personal data, as the answers state");
        if (system.processesBiometricData()) {
            out.add("biometric data");
        }
        if (system.realTime()) {
            out.add("processing in real time");
        }
        if (system.publiclyAccessibleSpace()) {
            out.add("data from publicly accessible spaces");
        }
        if (system.affectsVulnerableGroups()) {
            out.add("people in vulnerable situations");
        }
        if (system.individualLevelPredictions()) {
            out.add("predictions about individual people");
        }
        if (system.automatedDecisionWithLegalEffect()) {
            out.add("decisions with legal or similarly significant effect taken without a person");
        }
        if (system.sharesWithPartnersOrAbroad()) {
            out.add("sharing of data or results with partners or abroad");
        }
        out.add(system.humanReviewOfOutputs() ? "a person reviews each output before it is acted on"
                : "outputs are acted on without a person reviewing each one");
        led.map(LedFacts::specialCategories).filter(s -> !s.isEmpty()).ifPresent(s -> out.add("special categories of data (LED"
                + " Art. 10): " + String.join("; ", Wording.sorted(s).stream().map(Wording::lower).toList())));
        return out;
    }

    /** 2. Necessity and proportionality: LED Art. 4(1)(c), 8 and 10. */
    private Section necessity() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Statement("Legal basis", "The assessors state that a legal basis is "
                + Wording.legalBasis(system.legalBasis()) + "." + (system.legalBasis() == LegalBasis.YES ? ""
                        : " Processing without a basis in law is not lawful (LED Art. 8(1)); the assessment does not let the"
                                + " system proceed without one.")));
        parts.add(new Part.ToBeCompleted("The law relied on", "The law that provides the basis, with its article, and what it"
                + " says about the objectives, the personal data and the purposes of the processing (LED Art. 8(2))."));
        led.map(LedFacts::strictlyNecessary).ifPresent(strict -> parts.add(new Part.Statement("Special categories",
                strict ? "The assessors state that processing the special categories of data is strictly necessary (LED Art. 10)."
                        : "The assessors do not state that processing the special categories of data is strictly necessary;"
                                + " LED Art. 10 allows it only where it is.")));
        parts.add(new Part.ToBeCompleted("Necessity and proportionality", "Why the processing is necessary for the purpose,"
                + " why a less intrusive means would not achieve it, and why the data are adequate, relevant and not excessive"
                + " (LED Art. 4(1)(c)). The assessment's ratings inform this argument; they do not make it."));
        return new Section("necessity", "2", "Necessity and proportionality of the processing",
                List.of(led("Art. 4(1)(c)"), led("Art. 8"), led("Art. 10")), parts);
    }

    /** 3. LED Art. 27(2): the risks to the rights and freedoms of data subjects. */
    private Section risks() {
        RiskResult result = d.report.result();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Statement("Overall", "The assessment rates the highest remaining risk "
                + Wording.word(result.overallLevel()) + " and decides " + Wording.word(result.decision()) + ": "
                + Wording.decisionMeaning(result.decision())));
        List<List<String>> rows = new ArrayList<>();
        for (FactorResult f : d.factorsByLevel()) {
            rows.add(List.of(f.title(), d.rights(f), Wording.word(f.inherentLevel()), Wording.word(f.residualLevel()), d.why(f)));
        }
        parts.add(new Part.Grid("Risks rated from the answers, highest first",
                List.of("Risk", "Rights at stake", "Before measures", "After measures", "Why, as the assessors rated it"), rows));
        List<Finding> findings = d.findings(EuLed.RULE_SET_ID).stream().filter(f -> EuLed.KIND_FINDING.equals(f.kind())).toList();
        if (!findings.isEmpty()) {
            parts.add(new Part.Items("Points the Directive's rule set raises", findings.stream()
                    .map(f -> f.text() + (f.reference() == null ? "" : " (" + f.reference() + ")")).toList()));
        }
        return new Section("risks", "3", "Risks to the rights and freedoms of data subjects",
                List.of(led("Art. 27(1)"), led("Art. 27(2)")), parts);
    }

    /** 4. LED Art. 27(2): the measures, safeguards, security measures and mechanisms envisaged. */
    private Section measures() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Grid("Measures the answers state, with their status and evidence",
                List.of("Risk", "Measure", "Status", "Evidence"), d.measureRows()));
        List<String> noEvidence = d.measuresInPlaceWithoutEvidence();
        if (!noEvidence.isEmpty()) {
            parts.add(new Part.ToBeCompleted("Evidence of measures in place", "Evidence (a document, test result or"
                    + " contract clause) for each measure stated as in place without any, in the mitigation's evidence"
                    + " (ratings.FACTOR.mitigations[].evidence): " + String.join("; ", noEvidence) + "."));
        }
        List<Recommendation> open = d.report.result().recommendations().stream()
                .filter(r -> r.priority() != null && r.priority().ordinal() <= org.raitoolkit.model.Priority.HIGH.ordinal())
                .toList();
        if (!open.isEmpty()) {
            parts.add(new Part.Items("Further measures the assessment recommends first", open.stream()
                    .map(r -> r.title() + (r.citations().isEmpty() ? "" : " (" + Wording.cites(r.citations()) + ")")).toList()));
        }
        led.map(LedFacts::loggedOperations).filter(ops -> !ops.isEmpty()).ifPresent(ops -> parts.add(new Part.Statement("Logging",
                "The system logs " + String.join(", ", Wording.sorted(ops).stream().map(Wording::lower).toList())
                        + " (LED Art. 25).")));
        return new Section("measures", "4", "Measures, safeguards and security measures envisaged",
                List.of(led("Art. 27(2)"), led("Art. 20"), led("Art. 25"), led("Art. 29")), parts);
    }

    /** 5. LED Art. 28(1): whether the supervisory authority must be consulted first. */
    private Section priorConsultation() {
        List<Part> parts = new ArrayList<>();
        List<FactorResult> high = d.highBeforeMeasures();
        if (d.priorConsultationIndicated()) {
            String why = !high.isEmpty()
                    ? "the assessment rates " + high.size() + (high.size() == 1 ? " risk" : " risks") + " high or very high"
                            + " before measures: " + Drafting.and(high.stream().map(FactorResult::title).toList())
                    : "the answers state that the impact assessment shows a high risk";
            parts.add(new Part.Statement("Required", "Yes, by this assessment's reading of LED Art. 28(1)(a): " + why
                    + ". Consult the supervisory authority before the processing starts."));
            Boolean consulted = led.map(LedFacts::supervisoryAuthorityConsulted).orElse(null);
            parts.add(Boolean.TRUE.equals(consulted)
                    ? new Part.Statement("Consultation", "The answers state that the supervisory authority has been consulted.")
                    : new Part.ToBeCompleted("Consultation", "The date the supervisory authority was consulted, what it was"
                            + " sent and its written advice (LED Art. 28(1) and 28(5)); until then the processing should not start."));
        } else {
            parts.add(new Part.Statement("Required", "Not by this assessment's reading of LED Art. 28(1)(a): no risk is rated"
                    + " high before measures. Check Art. 28(1)(b) (a type of processing, in particular with new technologies,"
                    + " that involves a high risk) and any list of operations the supervisory authority has published."));
        }
        return new Section("prior-consultation", "5", "Prior consultation of the supervisory authority",
                List.of(led("Art. 28(1)")), parts);
    }

    /** 6. LED Art. 34(c): the data-protection officer's advice on the assessment. */
    private Section dpoAdvice() {
        List<Part> parts = new ArrayList<>();
        DpoConsultation dpo = record == null ? null : record.dataProtectionOfficer();
        if (dpo == null) {
            parts.add(new Part.ToBeCompleted("Advice of the data-protection officer", "The officer's name, the date they were"
                    + " consulted, their advice and whether it was followed (assessment.dataProtectionOfficer)."));
        } else {
            parts.add(given("Officer", dpo.name(), "The data-protection officer's name (assessment.dataProtectionOfficer.name)."));
            parts.add(given("Consulted on", dpo.consultedOn() == null ? null : dpo.consultedOn().toString(),
                    "The date the officer was consulted (assessment.dataProtectionOfficer.consultedOn)."));
            parts.add(given("Advice", dpo.advice(), "The officer's advice, in their words (assessment.dataProtectionOfficer.advice)."));
            parts.add(given("Outcome", dpo.outcome() == null ? null : Wording.adviceOutcome(dpo.outcome()),
                    "Whether the advice was followed (assessment.dataProtectionOfficer.outcome)."));
            if (dpo.outcome() != null && dpo.outcome().departsFromAdvice()) {
                parts.add(given("Why the advice was not followed", dpo.reasonNotFollowed(),
                        "Why the agency set the advice aside (assessment.dataProtectionOfficer.reasonNotFollowed)."));
            }
        }
        return new Section("dpo-advice", "6", "Advice of the data-protection officer", List.of(led("Art. 34(c)")), parts);
    }

    /** 7. The agency's decision, sign-off and review (LED Art. 19(1)). */
    private Section decision() {
        List<Part> parts = new ArrayList<>();
        if (record == null) {
            parts.add(new Part.ToBeCompleted("The agency's decision", "The assessment record: who assessed, what the agency"
                    + " decided and why, who approved it and when it is reviewed (assessment)."));
        } else {
            parts.add(given("Decision", record.agencyDecision() == null ? null : Wording.word(record.agencyDecision()),
                    "The agency's decision (assessment.agencyDecision)."));
            parts.add(given("Reason", record.decisionReason(), "Why the agency decided so (assessment.decisionReason)."));
            parts.add(record.approval() == null || record.approval().name() == null
                    ? new Part.ToBeCompleted("Approved by", "The name and role of the officer who approved the decision, and"
                            + " the date (assessment.approval).")
                    : new Part.Statement("Approved by", record.approval().name()
                            + (record.approval().role() == null ? "" : ", " + record.approval().role())
                            + (record.approval().approvedOn() == null ? "" : ", on " + record.approval().approvedOn())));
            parts.addAll(d.conditionsAndReview(record));
        }
        return new Section("decision", "7", "Decision, sign-off and review", List.of(led("Art. 19(1)")), parts);
    }
}
