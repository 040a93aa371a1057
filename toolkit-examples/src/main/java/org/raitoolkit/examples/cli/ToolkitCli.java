package org.raitoolkit.examples.cli;

import java.nio.file.Path;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.examples.cli.internal.ContentCommand;
import org.raitoolkit.examples.cli.internal.ErrorHandlers;
import org.raitoolkit.examples.cli.internal.PrinciplesCommand;
import org.raitoolkit.examples.cli.internal.VersionProvider;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code toolkit} command line: the toolkit's content and assessments from a shell.
 *
 * <p>Exit codes: {@value #OK} on success; {@value #INVALID_INPUT} when the input (arguments, a
 * content pack, an answer file) is not valid, with every problem listed on standard error;
 * {@value #INTERNAL_ERROR} for anything else, with a one-line message and no stack trace (set
 * the environment variable {@code TOOLKIT_DEBUG=1} to get one).
 *
 * <p>Run it with {@link #main(String[])}, or build it with {@link #commandLine()} to capture its
 * output. A subcommand reaches the shared options, such as the content pack, through
 * {@link #pack()}.
 */
@Command(name = "toolkit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Responsible AI in law enforcement: principles, readiness, risk and workbook, from the command line.%n"
                + "An independent implementation of the publicly described INTERPOL/UNICRI toolkit; "
                + "not affiliated with or endorsed by INTERPOL or UNICRI.",
        subcommands = {PrinciplesCommand.class, ContentCommand.class, CommandLine.HelpCommand.class})
public final class ToolkitCli implements Runnable {

    /** Exit code of a command that did its job. */
    public static final int OK = 0;

    /** Exit code of a command that failed on an error it did not expect. */
    public static final int INTERNAL_ERROR = 1;

    /** Exit code of a command given input that is not valid. */
    public static final int INVALID_INPUT = 2;

    @Option(names = "--content", paramLabel = "DIR",
            description = "Use the content pack in DIR (the layout of the built-in pack) instead of the built-in one.")
    private Path content;

    @Spec
    private CommandSpec spec;

    /** A command line with its options unset; use {@link #commandLine()} to run it. */
    public ToolkitCli() {
    }

    /**
     * Runs the command line given by {@code args} and exits the JVM with its exit code.
     *
     * @param args the arguments, for example {@code principles --format json}
     */
    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(commandLine().execute(args));
    }

    /**
     * A command line ready to run, with the exit codes and error messages described above. Set
     * its output with {@link CommandLine#setOut} and {@link CommandLine#setErr} to capture it.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new ToolkitCli())
                .setExecutionExceptionHandler(new ErrorHandlers.Execution())
                .setParameterExceptionHandler(new ErrorHandlers.Parameters());
    }

    /**
     * The content pack to use: the one given with {@code --content}, or the built-in pack.
     *
     * @throws InvalidInputException listing every problem of the pack
     */
    public ContentPack pack() {
        return content == null ? ContentPacks.defaults() : ContentPacks.load(content);
    }

    /** The folder given with {@code --content}, or {@code null} for the built-in pack. */
    public Path contentFolder() {
        return content;
    }

    /** Without a subcommand there is nothing to do: say so, with the usage. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: give one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** Library logging is for developers: warnings only, through the one SLF4J binding we ship. */
    private static void quietLibraryLogging() {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // Hibernate Validator logs through JBoss Logging, which would pick java.util.logging and
        // print its version banner at INFO on every run.
        setIfAbsent("org.jboss.logging.provider", "slf4j");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
