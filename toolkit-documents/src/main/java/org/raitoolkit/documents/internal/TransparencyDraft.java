package org.raitoolkit.documents.internal;

import static org.raitoolkit.documents.internal.Drafting.led;

import java.util.ArrayList;
import java.util.List;
import org.raitoolkit.documents.DocumentKind;
import org.raitoolkit.documents.FiledDocument;
import org.raitoolkit.documents.Part;
import org.raitoolkit.documents.Section;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.reports.spi.Wording;

/**
 * A plain-language record of one system that an agency can publish, drawn from the same facts as
 * the public brief of the risk report. Of the free text in the answers it copies only the system's
 * name and purpose: the assessors' reasons, evidence, decision reasons, advice, condition notes,
 * attributes and people's names stay out, and a notice says what was left out and why.
 */
public final class TransparencyDraft {

    /** The factor whose measures give people a way to complain or obtain a remedy. */
    static final String REDRESS_FACTOR = "RF-NO-REDRESS";

    static final String OMISSION_NOTICE = "This record is written for the public, so some things are left out on purpose:"
            + " the assessors' reasons and the evidence behind their ratings, security and operational detail, the"
            + " names of staff, the name of the supplier, and any thresholds or settings the system uses. Before"
            + " publishing it, the agency should check that nothing else in it, including the purpose as written,"
            + " would help someone avoid detection or get round the system.";

    private final Drafting d;
    private final SystemProfile system;
    private final AssessmentRecord record;

    public TransparencyDraft(Drafting drafting) {
        this.d = drafting;
        this.system = drafting.report.input().system();
        this.record = drafting.report.input().assessment();
    }

    public FiledDocument build() {
        List<Section> sections = List.of(whatItDoes(), whyUsed(), humanDecision(), data(), risks(), questions(), review());
        return new FiledDocument(DocumentKind.TRANSPARENCY_RECORD, d.systemName(), d.sources(),
                List.of(Drafting.DRAFT_NOTICE, OMISSION_NOTICE), sections);
    }

    /** 1. What the system is; who built it, without naming a supplier, since a name helps no reader judge the use. */
    private Section whatItDoes() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Statement("System", system.name().strip()));
        parts.add(new Part.Statement("Purpose", system.purpose().strip()));
        parts.add(new Part.Statement("Kind of system", "It uses " + Wording.area(system.applicationArea()) + "."));
        parts.add(new Part.Statement("Stage of its life", Wording.stage(system.lifecycleStage())));
        parts.add(new Part.Statement("Who built it", switch (system.sourcing()) {
            case IN_HOUSE -> "The agency built it itself.";
            case SUPPLIER -> "An outside supplier built it, and the agency uses it.";
        }));
        return new Section("system", "1", "What the system does", List.of(), parts);
    }

    /** 2. The purpose is the only reason the answers give; the public benefit is the agency's to state. */
    private Section whyUsed() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Statement("Reason", "The agency uses the system for the purpose stated in section 1."));
        parts.add(new Part.ToBeCompleted("Benefit to the public", "In the agency's own words and in plain language: the"
                + " problem the system helps with, what the public gains from its use, and how the agency will know it"
                + " works. The answers give only the purpose statement (system.purpose)."));
        return new Section("why", "2", "Why the agency uses it", List.of(), parts);
    }

    /** 3. Whether a person decides, in plain words; LED Art. 11 is cited only where the system decides alone. */
    private Section humanDecision() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Statement("Human review", system.humanReviewOfOutputs()
                ? "A member of staff looks at each result of the system before anyone acts on it."
                : "The agency acts on the system's results without a member of staff looking at each one first."));
        parts.add(new Part.Statement("Who decides", system.automatedDecisionWithLegalEffect()
                ? "Some decisions that affect people's legal position, or affect them as seriously, are taken by the"
                        + " system without a person. The law allows this only where it authorises it and provides"
                        + " safeguards, at least the right to have a person look at the decision (LED Art. 11(1))."
                : "A person at the agency takes every decision that affects people's legal position, or affects them as"
                        + " seriously. The system's result is one of the things they take into account."));
        parts.add(new Part.ToBeCompleted("Role of the person who decides", "The job title (not the name) of the staff who"
                + " act on the system's results, and what they check before they do. The answers record whether a person"
                + " reviews the results (system.humanReviewOfOutputs) but not who."));
        return new Section("human-decision", "3", "The human decision it supports",
                system.automatedDecisionWithLegalEffect() ? List.of(led("Art. 11(1)")) : List.of(), parts);
    }

    /** 4. The kinds of data, by category only: categories tell the public what is used without naming any source. */
    private Section data() {
        List<Part> parts = new ArrayList<>();
        List<String> sources = Wording.sorted(system.dataSources()).stream().map(Wording::dataSource).toList();
        parts.add(sources.isEmpty()
                ? new Part.ToBeCompleted("Kinds of data", "The kinds of data the system uses, such as police records or"
                        + " video; the answers name none (system.dataSources).")
                : new Part.Items("Kinds of data", sources));
        parts.add(new Part.Statement("Information about people", system.processesPersonalData()
                ? "Yes. The system uses information about identifiable people."
                : "No. The agency states that the system uses no information about identifiable people."));
        parts.add(new Part.Statement("Biometric data", system.processesBiometricData()
                ? "Yes. The system uses biometric data: measurements of people's bodies or behaviour, such as their"
                        + " faces, that can identify them."
                : "No. The system does not use biometric data, such as measurements of faces that can identify people."));
        parts.add(new Part.Statement("Places open to the public", system.publiclyAccessibleSpace()
                ? "Yes. The system uses data collected in places the public can enter, such as streets or stations."
                : "No. The system does not use data collected in places the public can enter."));
        return new Section("data", "4", "Data it uses", List.of(), parts);
    }

    /** 5. The result and the titles of high risks and safeguards in place; reasons and evidence stay out. */
    private Section risks() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Statement("Overall result", Wording.decisionForPublic(d.report.result().decision())));
        List<String> high = d.highBeforeMeasures().stream().map(FactorResult::title).toList();
        parts.add(high.isEmpty()
                ? new Part.Statement("Main risks found", "The assessment rated no risk high before safeguards.")
                : new Part.Items("Main risks found: rated high or very high before safeguards", high));
        List<String> inPlace = d.measuresInPlace(f -> true);
        parts.add(inPlace.isEmpty()
                ? new Part.Statement("Safeguards in place", "The agency does not yet state any safeguard as in place.")
                : new Part.Items("Safeguards the agency states are in place", inPlace));
        parts.add(new Part.Statement("", "Safeguards that are planned but not yet in place are not listed."));
        return new Section("risks", "5", "Risks found and the agency's safeguards", List.of(), parts);
    }

    /** 6. The contact route, by role only; the rights come from the Directive. */
    private Section questions() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.ToBeCompleted("How to contact the agency", "The postal address, e-mail address or web form for"
                + " questions and complaints about the system, addressed to the data protection officer by role, not by"
                + " name (LED Art. 13(1)(b)), and the name and website of the data-protection supervisory authority."));
        parts.add(new Part.Statement("Your rights", "You can ask the agency whether it holds information about you and,"
                + " if it does, to see it (LED Art. 14), and ask for it to be corrected or deleted (LED Art. 16). The agency"
                + " must tell the public about these rights and how to use them (LED Art. 13). The law can limit them"
                + " where that is needed, for example so as not to harm an investigation (LED Art. 15)."));
        parts.add(new Part.Statement("Complaints to the supervisory authority", "You can complain to the"
                + " data-protection supervisory authority if you think the agency has handled information about you"
                + " unlawfully (LED Art. 52)."));
        List<String> redress = d.measuresInPlace(f -> REDRESS_FACTOR.equals(f.factorId()));
        if (!redress.isEmpty()) {
            parts.add(new Part.Items("Ways to seek a remedy the agency states are in place", redress));
        }
        return new Section("questions", "6", "How to ask questions or complain",
                List.of(led("Art. 13"), led("Art. 14"), led("Art. 15"), led("Art. 16"), led("Art. 52")), parts);
    }

    /** 7. The next review: a date is safe to publish, unlike the review's reasons. */
    private Section review() {
        List<Part> parts = new ArrayList<>();
        parts.add(Drafting.given("Next review", record == null || record.nextReview() == null ? null
                : record.nextReview().toString(), "The date the agency will next review the system and this record"
                        + " (assessment.nextReview)."));
        if (record != null && !record.reviewTriggers().isEmpty()) {
            parts.add(Drafting.reviewTriggers(record.reviewTriggers()));
        }
        return new Section("review", "7", "Review", List.of(), parts);
    }
}
