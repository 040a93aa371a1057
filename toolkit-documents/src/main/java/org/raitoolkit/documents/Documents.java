package org.raitoolkit.documents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.raitoolkit.documents.internal.DocumentJson;
import org.raitoolkit.documents.internal.DpiaDraft;
import org.raitoolkit.documents.internal.Drafting;
import org.raitoolkit.documents.internal.FriaDraft;
import org.raitoolkit.documents.internal.Layout;
import org.raitoolkit.documents.internal.RegistrationDraft;
import org.raitoolkit.documents.internal.RegistrationJson;
import org.raitoolkit.documents.internal.TransparencyDraft;
import org.raitoolkit.euaiact.EuAiActResult;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.reports.DocRenderer;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.RiskReport;

/**
 * Drafts the documents an agency files from one risk report, and renders them.
 *
 * <pre>{@code
 * ToolkitEngine engine = ToolkitEngine.builder().ruleSet(EuAiAct.ruleSet()).ruleSet(EuLed.ruleSet()).build();
 * RiskReport report = Reports.of(engine.content(), engine.provenance()).risk(answers, engine.assessRisk(answers));
 * Documents documents = Documents.of(engine.content());
 * FiledDocument dpia = documents.dpia(report);
 * documents.write(dpia, ReportFormat.DOCX, Path.of("dpia.docx"));
 * }</pre>
 *
 * <p>Each document is a draft for the agency to complete and own, not legal advice, and says so;
 * it names its sources (the answers' digest, which covers the assessment record, and the versions
 * and digests of the content pack and rule sets), and marks as "to be completed" every part the
 * answers do not establish, saying what is needed. For the same report and format the output is the
 * same, byte for byte. Immutable and thread-safe.
 */
public final class Documents {

    private final ContentPack pack;

    private Documents(ContentPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    /**
     * Documents drawn from reports assessed against {@code pack}, which gives the names of risks,
     * measures and rights.
     *
     * @throws NullPointerException if {@code pack} is null
     */
    public static Documents of(ContentPack pack) {
        return new Documents(pack);
    }

    /**
     * The data protection impact assessment of Directive (EU) 2016/680, Art. 27: the description of
     * the processing and its purposes, necessity and proportionality, the risks to data subjects with
     * their reasons, the measures with their status and evidence, whether the supervisory authority
     * must be consulted first (Art. 28), the data-protection officer's advice and the decision.
     *
     * @throws NullPointerException if {@code report} is null
     */
    public FiledDocument dpia(RiskReport report) {
        return new DpiaDraft(drafting(report)).build();
    }

    /**
     * The fundamental rights impact assessment of the EU AI Act, Art. 27: the deployer's processes in
     * which the system is used, the period and frequency of use, the people and groups likely to be
     * affected, the specific risks of harm to them with their reasons and the rights they engage, the
     * human oversight measures, the measures if the risks materialise with governance and complaints,
     * its relation to the data protection impact assessment (Art. 27(4)) and the notification of its
     * results (Art. 27(3)); a notice says whether the Act requires it for the system's category.
     *
     * @throws IllegalArgumentException if the report has no EU AI Act classification: it was not
     *     assessed with that rule set, or the system has no {@code euAiAct} facts
     * @throws NullPointerException if {@code report} is null
     */
    public FiledDocument fria(RiskReport report) {
        return new FriaDraft(drafting(report)).build();
    }

    /**
     * Whether {@code report} has what a document of {@code kind} needs: the fundamental rights impact
     * assessment and the registration data need the EU AI Act's result (the report of an engine with
     * that rule set, on answers with the system's {@code euAiAct} facts); the others need nothing more.
     *
     * @throws NullPointerException if an argument is null
     */
    public boolean supports(DocumentKind kind, RiskReport report) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(report, "report");
        return switch (kind) {
            case FRIA, REGISTRATION -> EuAiActResult.from(report.result()).isPresent();
            case DPIA, TRANSPARENCY_RECORD -> true;
        };
    }

    /**
     * A plain-language record of the system that the agency can publish: what it does and why, the
     * human decision it supports, the kinds of data it uses, the overall result with the titles of the
     * high risks and of the safeguards in place, how to ask questions or complain, and the next review.
     * Of the answers' free text it carries only the system's name and purpose; the assessors' reasons,
     * evidence, people's names, attributes and the supplier's name are left out, and a notice says so.
     * Needs no EU rule set.
     *
     * @throws NullPointerException if {@code report} is null
     */
    public FiledDocument transparencyRecord(RiskReport report) {
        return new TransparencyDraft(drafting(report)).build();
    }

    /**
     * The deployer's data for the EU database (EU AI Act Art. 49(3), Annex VIII, Section C): first
     * where to register (the public part, or the secure non-public section of Art. 49(4) for high-risk
     * systems of Annex III points 1, 6 and 7), then the deployer, the person submitting, the provider's
     * entry, and summaries of the fundamental rights and data protection impact assessments. For a
     * system that is not high-risk the fields are still listed, with a notice that the Act does not
     * require the deployer to register it.
     *
     * @throws IllegalArgumentException if the EU AI Act rule set did not run on the report
     * @throws NullPointerException if {@code report} is null
     */
    public FiledDocument registration(RiskReport report) {
        Drafting drafting = drafting(report);
        EuAiActResult eu = EuAiActResult.from(report.result()).orElseThrow(() -> new IllegalArgumentException(
                "the registration data needs the EU AI Act rule set, which did not run on this report: assess with it"
                        + " (--jurisdiction EU)"));
        return new RegistrationDraft(drafting, eu).build();
    }

    /**
     * The document of {@code kind}.
     *
     * @throws IllegalArgumentException where the kind needs an assessment the report lacks, saying which
     * @throws NullPointerException if an argument is null
     */
    public FiledDocument draft(DocumentKind kind, RiskReport report) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case DPIA -> dpia(report);
            case FRIA -> fria(report);
            case REGISTRATION -> registration(report);
            case TRANSPARENCY_RECORD -> transparencyRecord(report);
        };
    }

    /**
     * The document as the bytes of a file in {@code format}: its JSON form, Markdown, one
     * self-contained HTML page, a tagged PDF (PDF/UA) on A4 pages with the answers' digest at the
     * foot of each page, or an editable Word document with Word's heading styles and tables.
     *
     * <p>The JSON form of a {@link DocumentKind#REGISTRATION} document is the structured
     * registration data, valid against {@code registration.schema.json} in this jar: the category,
     * the Annex III points, the database section and each field of Annex VIII, Section C with its
     * value or what is needed, ready for a program that fills the database's form. Every other kind's
     * JSON form is the document itself, valid against {@code filed-document.schema.json}.
     *
     * @throws IllegalArgumentException if a registration document lacks the sections {@link #registration} drafts
     * @throws NullPointerException if an argument is null
     */
    public byte[] renderBytes(FiledDocument document, ReportFormat format) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        if (format == ReportFormat.JSON) {
            return DocRenderer.json(document.kind() == DocumentKind.REGISTRATION ? RegistrationJson.tree(document)
                    : DocumentJson.tree(document));
        }
        return DocRenderer.renderBytes(Layout.tree(document), format, Layout.frame(document, pack.manifest().language()));
    }

    /**
     * The document as text: JSON, Markdown or HTML.
     *
     * @throws IllegalArgumentException for PDF and DOCX, which are bytes
     */
    public String render(FiledDocument document, ReportFormat format) {
        if (format.binary()) {
            throw new IllegalArgumentException("a " + format.extension() + " document is binary, not text: render it as bytes");
        }
        return new String(renderBytes(document, format), StandardCharsets.UTF_8);
    }

    /**
     * Renders the document and writes it to {@code file} atomically: a reader never sees a
     * half-written file, and if rendering or writing fails the file is left as it was.
     *
     * @throws java.io.UncheckedIOException if the file cannot be written, with the path in the message
     */
    public void write(FiledDocument document, ReportFormat format, Path file) {
        Objects.requireNonNull(file, "file");
        DocRenderer.write(file, () -> renderBytes(document, format));
    }

    private Drafting drafting(RiskReport report) {
        return new Drafting(pack, Objects.requireNonNull(report, "report"));
    }
}
