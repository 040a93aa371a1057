package org.raitoolkit.examples.cli.internal;

import java.nio.file.Path;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.rules.ToolkitEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code toolkit readiness FILE}: the organisational readiness assessment of an agency. */
@Command(name = "readiness", mixinStandardHelpOptions = true,
        description = "Assess an agency's organisational readiness from a readiness answer file (see 'toolkit new readiness').")
public final class ReadinessCommand extends ToolkitCommand {

    @Parameters(paramLabel = "FILE", description = "The readiness answer file (YAML or JSON).")
    private Path file;

    @Mixin
    private ReportOptions report;

    @Mixin
    private RecordOptions record;

    @Override
    protected int execute() {
        ToolkitEngine engine = root().engine();
        Reports reports = Reports.of(engine.content(), engine.provenance());
        ReadinessAnswers read = root().answerFiles().readReadiness(file);
        ReadinessAnswers answers = read.withAssessment(record.apply(read.assessment()));
        return report.emit(this, reports, reports.readiness(answers, assessed(file, () -> engine.assessReadiness(answers))));
    }
}
