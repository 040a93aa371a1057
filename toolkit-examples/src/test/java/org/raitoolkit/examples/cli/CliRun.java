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

    /** The class-path resource {@code resource}, such as a bundled example, copied into {@code dir} under its file name. */
    static java.nio.file.Path copy(String resource, java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve(java.nio.file.Path.of(resource).getFileName());
        try (java.io.InputStream in = CliRun.class.getClassLoader().getResourceAsStream(resource)) {
            java.nio.file.Files.write(file, in.readAllBytes());
        }
        return file;
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
