package org.raitoolkit.examples.cli.internal;

import java.nio.file.Path;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.rules.ToolkitEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code toolkit workbook FILE --stage STAGE --risk RISKFILE}: a workbook review for one stage. */
@Command(name = "workbook", mixinStandardHelpOptions = true,
        description = "Review the responsible-AI-in-action workbook of one life-cycle stage for a system: completion "
                + "per principle and an action plan, the items under the system's highest risks first.")
public final class WorkbookCommand extends ToolkitCommand {

    @Parameters(paramLabel = "FILE", description = "The workbook answer file (see 'toolkit new workbook').")
    private Path file;

    @Option(names = "--stage", required = true, paramLabel = "STAGE",
            description = "The life-cycle stage: ${COMPLETION-CANDIDATES}.")
    private LifecycleStage stage;

    @Option(names = "--risk", required = true, paramLabel = "RISKFILE",
            description = "The system's risk answer file: its assessed risks order the action plan.")
    private Path risk;

    @Mixin
    private ReportOptions report;

    @Mixin
    private RecordOptions record;

    @Override
    protected int execute() {
        ToolkitEngine engine = root().engine();
        AnswerFiles files = root().answerFiles();
        Reports reports = Reports.of(engine.content(), engine.provenance());
        RiskAnswers system = files.readRisk(risk);
        WorkbookAnswers read = files.readWorkbook(file);
        WorkbookAnswers answers = read.withAssessment(record.apply(read.assessment()));
        // The system's assessed risks order the action plan.
        org.raitoolkit.model.RiskResult risks = assessed(risk, () -> engine.assessRisk(system));
        return report.emit(this, reports, reports.workbook(answers, assessed(file, () -> engine.evaluateWorkbook(risks, stage, answers))));
    }
}
