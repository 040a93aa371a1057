package org.raitoolkit.examples.cli.internal;

import java.nio.file.Path;
import java.util.List;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import picocli.CommandLine.Option;

/** The options of every command that prints or writes one report. */
public final class ReportOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "json, markdown (default), html, pdf or docx (pdf and docx need --out).")
    String format;

    @Option(names = "--audience", paramLabel = "AUDIENCE",
            description = "Write a brief for one audience: LEADERSHIP, TECHNICAL, LEGAL_OVERSIGHT, PROCUREMENT or PUBLIC "
                    + "(the public brief leaves out sensitive operational detail). Default: the full report.")
    Audience audience;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of standard output.")
    Path out;

    /**
     * The format named by {@code text} as a person types it.
     *
     * @throws InvalidInputException naming the option, the text and the formats allowed
     */
    static ReportFormat parseFormat(String option, String text) {
        try {
            return ReportFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(option + " is not valid", List.of(new Problem(option, 0, 0, "", e.getMessage())));
        }
    }

    /**
     * Prints {@code report} to {@code command}'s output, or writes it to {@code --out}.
     *
     * @return the exit code: invalid input for a binary format without {@code --out}
     */
    int emit(ToolkitCommand command, Reports reports, Report report) {
        ReportFormat f = parseFormat("--format", format);
        if (f.binary() && out == null) {
            // A terminal would show bytes, and a pipe would mix them with other output: a file only.
            command.err().println("toolkit: --format " + f.extension() + " makes a binary file, not text for standard output; "
                    + "give --out FILE, such as --out report." + f.extension());
            command.err().flush();
            return ToolkitCli.INVALID_INPUT;
        }
        if (out == null) {
            command.out().println(reports.render(report, f, audience));
            command.out().flush();
        } else {
            reports.write(report, f, audience, out);
            command.err().println("wrote " + out);
            command.err().flush();
        }
        return ToolkitCli.OK;
    }
}
