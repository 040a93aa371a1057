package org.raitoolkit.examples.cli;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.examples.cli.internal.BatchCommand;
import org.raitoolkit.examples.cli.internal.ContentCommand;
import org.raitoolkit.examples.cli.internal.DemoCommand;
import org.raitoolkit.examples.cli.internal.DiffCommand;
import org.raitoolkit.examples.cli.internal.DpiaCommand;
import org.raitoolkit.examples.cli.internal.FriaCommand;
import org.raitoolkit.examples.cli.internal.GuideCommand;
import org.raitoolkit.examples.cli.internal.NewCommand;
import org.raitoolkit.examples.cli.internal.ReadinessCommand;
import org.raitoolkit.examples.cli.internal.RegistrationCommand;
import org.raitoolkit.examples.cli.internal.RiskCommand;
import org.raitoolkit.examples.cli.internal.ServeCommand;
import org.raitoolkit.examples.cli.internal.SignCommand;
import org.raitoolkit.examples.cli.internal.TransparencyRecordCommand;
import org.raitoolkit.examples.cli.internal.VerifyCommand;
import org.raitoolkit.examples.cli.internal.WorkbookCommand;
import org.raitoolkit.examples.cli.internal.ErrorHandlers;
import org.raitoolkit.examples.cli.internal.PrinciplesCommand;
import org.raitoolkit.examples.cli.internal.VersionProvider;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.rules.spi.RuleSetProvider;
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
 * {@value #FILE_ERROR} when a file or folder could not be read or written (the path and the
 * operating system's reason, such as "permission denied" or "no space left on device", are on
 * standard error); {@value #INTERNAL_ERROR} for anything else, with a one-line message and no
 * stack trace (set the environment variable {@code TOOLKIT_DEBUG=1} to get one).
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
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success",
                "2:invalid input (arguments, a content pack, an answer file); every problem is listed",
                "3:a file or folder could not be read or written (its path and the system's reason are shown)",
                "1:an internal error, a bug in the toolkit (TOOLKIT_DEBUG=1 shows the details)"},
        subcommands = {DemoCommand.class, GuideCommand.class, PrinciplesCommand.class, ContentCommand.class, ReadinessCommand.class,
                RiskCommand.class, WorkbookCommand.class, DpiaCommand.class, FriaCommand.class, RegistrationCommand.class,
                TransparencyRecordCommand.class, NewCommand.class, BatchCommand.class, DiffCommand.class,
                SignCommand.class, VerifyCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class ToolkitCli implements Runnable {

    /** Exit code of a command that did its job. */
    public static final int OK = 0;

    /** Exit code of a command that failed on an error it did not expect. */
    public static final int INTERNAL_ERROR = 1;

    /** Exit code of a command given input that is not valid. */
    public static final int INVALID_INPUT = 2;

    /** Exit code of a command that could not read or write a file or folder: full disk, no permission. */
    public static final int FILE_ERROR = 3;

    @Option(names = "--content", paramLabel = "DIR",
            description = "Use the content pack in DIR (the layout of the built-in pack) instead of the built-in one.")
    private Path content;

    @Option(names = "--rules", paramLabel = "DIR|NAME",
            description = "Add a rule set: a folder of .drl, .drl.csv or .drl.xlsx files, or the name of a bundled "
                    + "rule set (eu-ai-act, eu-led). Repeat for more.")
    private List<String> rules = new ArrayList<>();

    @Option(names = "--jurisdiction", paramLabel = "CODE",
            description = "Add the legal overlays of a jurisdiction: EU (the same as --rules eu-ai-act --rules eu-led).")
    private String jurisdiction;

    @Spec
    private CommandSpec spec;

    private ContentPack pack;

    private ToolkitEngine engine;

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
        // A worker thread (batch, serve) that runs out of memory must end the run too, not leave
        // the main thread waiting for it.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                outOfMemory();
            }
            // Otherwise what the JVM would do without this handler.
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace(System.err);
        });
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            outOfMemory();
            return;
        }
        System.exit(code);
    }

    /**
     * Says in one line that the JVM ran out of memory and ends it at once: halt, not exit, since
     * shutdown hooks and waiting threads could need memory there is none of.
     */
    private static void outOfMemory() {
        System.err.println("toolkit: out of memory (the Java heap is full, at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB); give Java more with TOOLKIT_JAVA_OPTS=-Xmx1g, or read smaller files");
        System.err.flush();
        Runtime.getRuntime().halt(INTERNAL_ERROR);
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
     * The content pack to use: the one given with {@code --content}, or the built-in pack. Read
     * once per run.
     *
     * @throws InvalidInputException listing every problem of the pack
     */
    public ContentPack pack() {
        if (pack == null) {
            pack = content == null ? ContentPacks.defaults() : ContentPacks.load(content);
        }
        return pack;
    }

    /**
     * The typed fact sections of every rule set this program bundles, enabled for this run or
     * not: answer files made for a jurisdiction's rules still read, and their sections are kept.
     */
    public List<org.raitoolkit.model.FactSection<?>> factSections() {
        return org.raitoolkit.rules.RuleSetProviders.factSections(ToolkitCli.class.getClassLoader());
    }

    /** A reader of answer files for this run: the content pack, and every section of {@link #factSections()}. */
    public org.raitoolkit.content.AnswerFiles answerFiles() {
        return org.raitoolkit.content.AnswerFiles.forPack(pack()).withFactSections(factSections());
    }

    /**
     * The engine for this run: the content pack and the default rules plus every rule set given
     * with {@code --rules} or {@code --jurisdiction}. Built once per run; building compiles rules.
     *
     * @throws InvalidInputException if a pack or rule set is not valid, or a name is unknown
     */
    public ToolkitEngine engine() {
        if (engine == null) {
            engine = engine(ruleSets(), clock());
        }
        return engine;
    }

    /**
     * An engine for this run's content pack with the default rules plus {@code sets}, in that
     * order, its day given by {@code clock}: what {@code toolkit verify} rebuilds a report with.
     *
     * @throws InvalidInputException if the pack or a rule set is not valid
     */
    public ToolkitEngine engine(List<RuleSet> sets, Clock clock) {
        ContentPack pack = pack();
        List<RuleSet> copy = List.copyOf(sets);
        // Compiling rules takes seconds; a JVM that runs many commands (tests, an embedding
        // application) reuses an engine built from equal content and rules.
        return ENGINES.computeIfAbsent(List.of(pack, copy, clock), k -> {
            ToolkitEngine.Builder builder = ToolkitEngine.builder().content(pack).clock(clock);
            copy.forEach(builder::ruleSet);
            return builder.build();
        });
    }

    /**
     * The engine for this run with the bundled rule sets {@code ids} added after those given with
     * {@code --rules} or {@code --jurisdiction}, where they were not given already: what the demo
     * drafts the EU documents with.
     *
     * @throws InvalidInputException if a name is unknown
     */
    public ToolkitEngine engineWith(List<String> ids) {
        List<RuleSet> sets = new ArrayList<>(ruleSets());
        for (RuleSet set : ruleSetsWithIds(ids)) {
            if (sets.stream().noneMatch(s -> s.id().equals(set.id()))) {
                sets.add(set);
            }
        }
        return engine(sets, clock());
    }

    private static final java.util.Map<List<Object>, ToolkitEngine> ENGINES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The day of an assessment run now: the day given by {@value #TODAY_PROPERTY}, else today. */
    public LocalDate today() {
        return LocalDate.now(clock());
    }

    /** The system property that fixes the day of an assessment, for reproducible runs. */
    static final String TODAY_PROPERTY = "org.raitoolkit.euaiact.today";

    /** The engine's clock: the day given by {@value #TODAY_PROPERTY}, else the system clock. */
    private static Clock clock() {
        LocalDate day = fixedDay();
        return day == null ? Clock.systemDefaultZone() : dayClock(day);
    }

    /**
     * A clock for an assessment on {@code day}: the day given by {@value #TODAY_PROPERTY} if set,
     * which fixes the day for every command, else {@code day}.
     *
     * @throws InvalidInputException if the property is not a date
     */
    public static Clock clockOn(LocalDate day) {
        LocalDate fixed = fixedDay();
        return dayClock(fixed == null ? day : fixed);
    }

    private static Clock dayClock(LocalDate day) {
        return Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    /** The day given by {@value #TODAY_PROPERTY}, or {@code null} when it is not set. */
    private static LocalDate fixedDay() {
        String today = System.getProperty(TODAY_PROPERTY, "").strip();
        if (today.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(today);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("the day of the assessment is not valid", List.of(new Problem("-D" + TODAY_PROPERTY,
                    0, 0, "", "'" + today + "' is not a date; write it as YYYY-MM-DD, for example 2027-12-02")));
        }
    }

    /**
     * The rule sets with these ids, in this order, as a report names them after the default
     * rules: each one given with {@code --rules} or {@code --jurisdiction}, else a bundled one.
     *
     * @throws InvalidInputException naming every id that neither supplies, and how to supply it
     */
    public List<RuleSet> ruleSetsWithIds(List<String> ids) {
        List<RuleSet> given = ruleSets();
        List<RuleSet> sets = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String id : ids) {
            RuleSet set = given.stream().filter(s -> normalise(s.id()).equals(normalise(id))).findFirst().orElse(null);
            if (set == null) {
                set = bundled(id);
            }
            if (set != null) {
                sets.add(set);
            } else {
                problems.add(new Problem("--rules", 0, 0, "", "the rule set '" + id + "' is neither bundled nor given; "
                        + "give its folder before the command, 'toolkit --rules DIR ...' (the folder's name, upper case, is the id); bundled: "
                        + bundledNames()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("a rule set the report names is not available", problems);
        }
        return sets;
    }

    /**
     * The rule sets given with {@code --rules} and {@code --jurisdiction}, in that order.
     *
     * @throws InvalidInputException naming every name that is neither a folder nor bundled
     */
    public List<RuleSet> ruleSets() {
        List<String> names = new ArrayList<>(rules);
        if (jurisdiction != null) {
            if (!jurisdiction.equalsIgnoreCase("EU")) {
                throw new InvalidInputException("--jurisdiction is not valid", List.of(new Problem("--jurisdiction", 0, 0, "",
                        "unknown jurisdiction '" + jurisdiction + "'; allowed: EU")));
            }
            // The EU's overlays: the AI Act for the system, the Law Enforcement Directive for its personal data.
            names.add("eu-ai-act");
            names.add("eu-led");
        }
        List<RuleSet> sets = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String name : names) {
            Path dir = Path.of(name);
            if (Files.isDirectory(dir)) {
                sets.add(RuleSet.fromFolder(ruleSetId(dir), dir));
                continue;
            }
            RuleSet bundled = bundled(name);
            if (bundled != null) {
                sets.add(bundled);
            } else {
                problems.add(new Problem("--rules", 0, 0, "", "'" + name + "' is neither a folder nor a bundled rule set; "
                        + "bundled: " + bundledNames()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("--rules is not valid", problems);
        }
        return sets;
    }

    /** A rule-set id from a folder name: upper case, with anything but letters and digits as '-'. */
    private static String ruleSetId(Path dir) {
        String name = dir.toAbsolutePath().normalize().getFileName().toString().toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "RULES-" + name : name;
    }

    /** The rule set a provider on the class path offers under {@code name}, matched without case or dashes. */
    private static RuleSet bundled(String name) {
        String key = normalise(name);
        for (RuleSetProvider provider : ServiceLoader.load(RuleSetProvider.class, ToolkitCli.class.getClassLoader())) {
            RuleSet set = provider.ruleSet();
            if (normalise(set.id()).equals(key)) {
                return set;
            }
        }
        return null;
    }

    private static List<String> bundledNames() {
        List<String> names = new ArrayList<>();
        for (RuleSetProvider provider : ServiceLoader.load(RuleSetProvider.class, ToolkitCli.class.getClassLoader())) {
            names.add(provider.ruleSet().id().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
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
