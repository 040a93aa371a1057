package org.raitoolkit.examples.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.reports.JsonLayout;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.rules.ToolkitEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code toolkit batch DIR}: assesses every risk answer file in a folder, writes a report per
 * system and a portfolio summary. Every file is written atomically (a temporary file, then a
 * rename), so a batch stopped at any point leaves only whole reports; {@code --resume} skips the
 * systems whose JSON report is already there and redoes the rest.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Assess every risk answer file (*.yaml, *.yml, *.json) in DIR: a report per system in "
                + "OUT/systems/ and a portfolio summary (levels, decisions, open recommendations) in OUT/.")
public final class BatchCommand extends ToolkitCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    // Compiled once: String.matches and replaceFirst compile their pattern on every call, and
    // a batch calls them for every file.
    /** An answer file's name. DOTALL: a name may hold a line break, and such a file is an answer file too. */
    private static final Pattern ANSWER_FILE = Pattern.compile("(?is).*\\.(ya?ml|json)");
    /** The extension an answer file's report name leaves out. */
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(ya?ml|json)$");

    @Parameters(paramLabel = "DIR", description = "The folder of risk answer files.")
    private Path dir;

    @Option(names = "--out-dir", paramLabel = "OUT", defaultValue = "toolkit-reports/batch",
            description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "json",
            description = "Report formats per system, comma-separated: json (always written), markdown, html.")
    private List<String> formats;

    @Option(names = "--resume", description = "Skip systems whose report an earlier run already wrote.")
    private boolean resume;

    @Option(names = "--indent-json",
            description = "Indent the JSON reports (two spaces), for reading. By default each is one line: "
                    + "the same document, a quarter smaller and quicker to write.")
    private boolean indentJson;

    @Option(names = "--threads", paramLabel = "N", description = "Systems assessed at once (default: the number of processors).")
    private Integer threads;

    @Override
    protected int execute() {
        List<Path> files = answerFiles();
        List<ReportFormat> extra = formats.stream().map(ReportFormat::parse).filter(f -> f != ReportFormat.JSON).distinct().toList();
        // The workers start reading files while this thread builds the engine: reading needs only
        // the content pack, and building the engine keeps one core busy for about half a second
        // while the other would have little to do. What needs the engine waits for it.
        AnswerFiles reader = AnswerFiles.forPack(root().pack());
        OutputFolder out = new OutputFolder(outDir);
        CompletableFuture<Writing> ready = new CompletableFuture<>();
        Progress progress = new Progress(err(), files.size(), System.console() != null);
        int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "toolkit-batch");
            t.setDaemon(true);
            return t;
        });
        Portfolio portfolio = new Portfolio();
        // Set when a system fails for a reason other than its input (a bug, a full disk): the
        // systems not started yet are skipped, and the batch ends with that error.
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<Portfolio.Entry>> rows = new ArrayList<>();
            java.util.Set<String> slugs = new java.util.HashSet<>();
            for (Path file : files) {
                String slug = uniqueSlug(file, slugs);
                rows.add(pool.submit(() -> {
                    if (failed.get()) {
                        return null;
                    }
                    try {
                        return assess(file, slug, reader, ready, extra);
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    } finally {
                        progress.step();
                    }
                }));
            }
            try {
                ready.complete(writing(out));
            } catch (RuntimeException | Error e) {
                failed.set(true);
                // Releases the workers waiting for the engine: join() does not hear interrupts.
                ready.completeExceptionally(e);
                throw e;
            }
            // One wait for the whole batch, not one per system: waking this thread as each system
            // finished cost two context switches per system and took a core from the workers.
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // Still working; a batch has no time limit.
            }
            for (Future<Portfolio.Entry> row : rows) {
                Portfolio.Entry entry = row.get();
                if (entry != null) {
                    portfolio.add(entry);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        NewCommand.writeAtomically(out.resolve("summary.json"), portfolio.toJson());
        NewCommand.writeAtomically(out.resolve("summary.md"), portfolio.toMarkdown());
        out().println(files.size() + " systems: " + portfolio.count(Portfolio.Status.ASSESSED) + " assessed, "
                + portfolio.count(Portfolio.Status.ALREADY_DONE) + " already done, "
                + portfolio.count(Portfolio.Status.INVALID) + " invalid");
        portfolio.decisionCounts().forEach((d, c) -> out().println("  " + d + ": " + c));
        out().println("summary: " + out.resolve("summary.md"));
        if (portfolio.count(Portfolio.Status.INVALID) > 0) {
            for (Portfolio.Row r : portfolio.rows()) {
                if (r.status() == Portfolio.Status.INVALID) {
                    // Problems quote input, which can hold terminal escape sequences.
                    r.problems().forEach(p -> err().println("  - " + Text.lines(p.toString())));
                }
            }
        }
        out().flush();
        err().flush();
        return portfolio.count(Portfolio.Status.INVALID) > 0 ? ToolkitCli.INVALID_INPUT : ToolkitCli.OK;
    }

    /** A report name for {@code file}, unique in this batch even when two names slug alike (a.yaml, a.json). */
    private static String uniqueSlug(Path file, java.util.Set<String> taken) {
        String base = OutputFolder.slug(EXTENSION.matcher(file.getFileName().toString()).replaceFirst(""));
        String slug = base;
        for (int i = 2; !taken.add(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    /** What assesses, what writes the reports and where they go: known once the engine is built. */
    private record Writing(ToolkitEngine engine, Reports reports, Path systems) {
    }

    /**
     * Builds the engine and makes the reports folder. If that fails, the workers waiting for it
     * stop too, and the batch ends with this error, as it would have before reading any file.
     */
    private Writing writing(OutputFolder out) {
        ToolkitEngine engine = root().engine();
        // Thousands of reports are for programs to read: compact unless asked otherwise.
        Reports reports = Reports.of(engine.content(), engine.provenance())
                .withJsonLayout(indentJson ? JsonLayout.INDENTED : JsonLayout.COMPACT);
        return new Writing(engine, reports, out.folder("systems"));
    }

    /**
     * Assesses one system; {@code slug} is a plain file name, so its reports stay in the systems
     * folder. A file that cannot be read needs no engine and is reported at once; with
     * {@code --resume}, a system whose report is there is skipped before its file is read.
     */
    private Portfolio.Entry assess(Path file, String slug, AnswerFiles reader, CompletableFuture<Writing> ready,
                                 List<ReportFormat> extra) {
        String name = file.getFileName().toString();
        if (resume) {
            Path json = ready.join().systems().resolve(slug + ".json");
            if (Files.isRegularFile(json)) {
                try {
                    return Portfolio.fromReport(name, Portfolio.Status.ALREADY_DONE, JSON.readTree(json.toFile()));
                } catch (IOException e) {
                    // An unreadable report is redone, as if it were missing.
                }
            }
        }
        RiskAnswers answers;
        try {
            answers = reader.readRisk(file);
        } catch (InvalidInputException e) {
            return Portfolio.invalid(name, e.problems());
        }
        Writing writing = ready.join();
        RiskReport report = writing.reports().risk(answers, writing.engine().assessRisk(answers));
        Path systems = writing.systems();
        for (ReportFormat f : extra) {
            writing.reports().write(report, f, null, systems.resolve(slug + "." + f.extension()));
        }
        // The JSON report last: its presence marks the system as done for --resume.
        writing.reports().write(report, ReportFormat.JSON, null, systems.resolve(slug + ".json"));
        return Portfolio.fromReport(name, Portfolio.Status.ASSESSED, report);
    }

    private List<Path> answerFiles() {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("batch input is not valid", List.of(new Problem(dir.toString(), 0, 0, "",
                    "not a folder; give a folder of risk answer files (*.yaml, *.yml, *.json)")));
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(Files::isRegularFile)
                    .filter(p -> ANSWER_FILE.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new InvalidInputException("batch input is not valid", List.of(new Problem(dir.toString(), 0, 0, "",
                        "holds no risk answer file (*.yaml, *.yml, *.json)")));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
