package org.raitoolkit.examples.cli.internal;

import java.io.PrintWriter;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** How the command line reports what went wrong: messages and exit codes, never a stack trace. */
public final class ErrorHandlers {

    private ErrorHandlers() {
    }

    /** Prints every problem of {@code e} and returns the exit code for invalid input. */
    static int report(InvalidInputException e, PrintWriter err) {
        // Messages quote input, which can hold terminal escape sequences.
        err.println(Text.lines(e.getMessage()));
        err.flush();
        return ToolkitCli.INVALID_INPUT;
    }

    /** Exceptions thrown while a command runs. */
    public static final class Execution implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
            PrintWriter err = cmd.getErr();
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InvalidInputException invalid) {
                    return report(invalid, err);
                }
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.io.UncheckedIOException unchecked) {
                    // Its message names the path and the reason (see IoMessages).
                    return fileError(unchecked.getMessage() != null && !unchecked.getMessage().startsWith("java.")
                            ? unchecked.getMessage() : describe(unchecked.getCause()), e, err);
                }
                if (t instanceof java.io.IOException io) {
                    return fileError(describe(io), e, err);
                }
            }
            err.println("toolkit: internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            if ("1".equals(System.getenv("TOOLKIT_DEBUG"))) {
                e.printStackTrace(err);
            } else {
                err.println("This is a bug in the toolkit, not in your input. Run again with TOOLKIT_DEBUG=1 for details.");
            }
            err.flush();
            return ToolkitCli.INTERNAL_ERROR;
        }
    }

    /** "could not read or write PATH: REASON", from the exception alone. */
    private static String describe(java.io.IOException e) {
        String path = e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? " " + fs.getFile() : "";
        return "could not read or write" + path + ": " + IoMessages.reason(e);
    }

    private static int fileError(String message, Exception e, PrintWriter err) {
        // Paths come from input, and can hold terminal escape sequences.
        err.println("toolkit: " + Text.lines(message));
        err.println("Check that the folder exists, that you may write to it and that the disk has space; then run again.");
        if ("1".equals(System.getenv("TOOLKIT_DEBUG"))) {
            e.printStackTrace(err);
        }
        err.flush();
        return ToolkitCli.FILE_ERROR;
    }

    /** Arguments that do not parse: an unknown option, a missing value, a bad number. */
    public static final class Parameters implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException e, String[] args) {
            CommandLine cmd = e.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("toolkit: " + e.getMessage());
            UnmatchedArgumentException.printSuggestions(e, err);
            err.println("See '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return ToolkitCli.INVALID_INPUT;
        }
    }
}
