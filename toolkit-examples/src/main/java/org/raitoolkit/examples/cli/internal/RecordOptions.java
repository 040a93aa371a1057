package org.raitoolkit.examples.cli.internal;

import org.raitoolkit.model.AssessmentRecord;
import picocli.CommandLine.Option;

/** The {@code --final} option of the assessment commands: file the record, or refuse it with every field missing. */
public final class RecordOptions {

    @Option(names = "--final",
            description = "Treat the answers' assessment record as FINAL: every field a filed record needs must be given "
                    + "(assessors, dates, the data-protection officer's advice, the decision, the approver, the next review "
                    + "and its triggers), or the command lists each one missing and exits 2.")
    boolean isFinal;

    /** {@code record} as the command is to assess it: FINAL with {@code --final} (an absent record too), else as given. */
    AssessmentRecord apply(AssessmentRecord record) {
        if (!isFinal) {
            return record;
        }
        return (record == null ? AssessmentRecord.draft() : record).asFinal();
    }
}
