package org.raitoolkit.examples.cli.internal;

import java.nio.file.Path;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.rules.ToolkitEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code toolkit risk FILE}: the risk assessment of one system. */
@Command(name = "risk", mixinStandardHelpOptions = true,
        description = "Assess the risk of one AI system from a risk answer file (see 'toolkit new risk').")
public final class RiskCommand extends ToolkitCommand {

    @Parameters(paramLabel = "FILE", description = "The risk answer file (YAML or JSON).")
    private Path file;

    @Mixin
    private ReportOptions report;

    @Mixin
    private RecordOptions record;

    @Override
    protected int execute() {
        ToolkitEngine engine = root().engine();
        Reports reports = Reports.of(engine.content(), engine.provenance());
        RiskAnswers read = root().answerFiles().readRisk(file);
        RiskAnswers answers = read.withAssessment(record.apply(read.assessment()));
        return report.emit(this, reports, reports.risk(answers, assessed(file, () -> engine.assessRisk(answers))));
    }
}
