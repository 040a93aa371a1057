package org.raitoolkit.examples.cli.internal;

import java.nio.file.Path;
import org.raitoolkit.documents.DocumentKind;
import org.raitoolkit.documents.Documents;
import org.raitoolkit.documents.FiledDocument;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.rules.ToolkitEngine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Base of the commands that draft a filed document from a risk answer file: assess the file as
 * {@code toolkit risk} does, then draft the document and print or write it.
 */
abstract class DocumentCommand extends ToolkitCommand {

    @Parameters(paramLabel = "RISKFILE", description = "The risk answer file (YAML or JSON) of the system.")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "json, markdown (default), html, pdf or docx (pdf and docx need --out).")
    private String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the document to FILE (atomically) instead of standard output.")
    private Path out;

    /** The document this command drafts. */
    protected abstract DocumentKind kind();

    @Override
    protected int execute() {
        ReportFormat f = ReportOptions.parseFormat("--format", format);
        if (f.binary() && out == null) {
            err().println("toolkit: --format " + f.extension() + " makes a binary file, not text for standard output; "
                    + "give --out FILE, such as --out " + kind().fileName() + "." + f.extension());
            err().flush();
            return ToolkitCli.INVALID_INPUT;
        }
        ToolkitEngine engine = root().engine();
        RiskAnswers answers = root().answerFiles().readRisk(file);
        RiskReport report = Reports.of(engine.content(), engine.provenance())
                .risk(answers, assessed(file, () -> engine.assessRisk(answers)));
        Documents documents = Documents.of(engine.content());
        FiledDocument document;
        try {
            document = documents.draft(kind(), report).withAnswersName(file.getFileName().toString());
        } catch (IllegalArgumentException e) {
            // The document needs an assessment this run did not make, such as the EU AI Act's.
            err().println("toolkit: " + file + ": " + e.getMessage());
            err().flush();
            return ToolkitCli.INVALID_INPUT;
        }
        if (out == null) {
            out().print(documents.render(document, f));
            out().flush();
        } else {
            documents.write(document, f, out);
            err().println("wrote " + out + " (" + document.toBeCompleted().size() + " parts to be completed)");
            err().flush();
        }
        return ToolkitCli.OK;
    }
}
