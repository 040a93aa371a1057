package org.raitoolkit.examples.cli.internal;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.InvalidInputException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every {@code toolkit} subcommand. Turns invalid input into its exit code and a list of
 * problems on standard error, however the command line was built, so that a user never sees a
 * stack trace for a mistake in a file.
 */
public abstract class ToolkitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Does the command's work and returns its exit code. */
    protected abstract int execute();

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (InvalidInputException e) {
            return ErrorHandlers.report(e, err());
        }
    }

    /** The top command, for the options every subcommand shares. */
    protected ToolkitCli root() {
        CommandSpec s = spec;
        while (s.parent() != null) {
            s = s.parent();
        }
        return (ToolkitCli) s.userObject();
    }

    /** Standard output of this command line. */
    /**
     * Runs {@code assessment} of the answers in {@code file}; problems the engine finds after
     * reading (an assessment record checked against its result) are placed at their lines in it.
     */
    protected <T> T assessed(java.nio.file.Path file, java.util.function.Supplier<T> assessment) {
        try {
            return assessment.get();
        } catch (org.raitoolkit.model.InvalidInputException e) {
            throw root().answerFiles().locate(file, e);
        }
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error of this command line. */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
