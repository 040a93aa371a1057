package org.raitoolkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the command line inside the test JVM: its exit code and what it printed.
 *
 * @param exitCode the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code args} on a new command line. */
    static CliRun of(String... args) {
        return of(ToolkitCli.commandLine(), args);
    }

    /** Runs {@code args} on {@code cmd}, capturing its output. */
    static CliRun of(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Standard output and standard error together. */
    String all() {
        return out + err;
    }

    /** Nothing a user would read as a crash. */
    boolean clean() {
        return !err.contains("\tat ") && !err.contains("Exception") && !out.contains("\tat ");
    }
}
