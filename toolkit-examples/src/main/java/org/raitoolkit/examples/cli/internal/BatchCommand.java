package org.raitoolkit.examples.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
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
 * rename), so a batch stopped at any point leaves only whole reports.
 *
 * <p>A system's report name depends on its input's path alone (see {@link #reportName}), never
 * on which other files are in the folder. Beside each system's reports, {@code OUT/sources/NAME.json}
 * records where they came from: the input's path relative to {@code DIR}, the SHA-256 of its
 * bytes, and the length and CRC-32C of each report file. It is written after the reports, so its presence
 * says they are complete. {@code --resume} skips a system only when that record names this input
 * with these bytes and every report still has the bytes recorded; anything else (a changed input,
 * a report missing, empty, altered or written for another input) is assessed again.
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
    /** A temporary file of an atomic write ({@code .NAME.UNIQUE.tmp}), left behind if a run was killed mid-write. */
    private static final Pattern TEMPORARY = Pattern.compile("(?s)\\..+\\.tmp");

    @Parameters(paramLabel = "DIR", description = "The folder of risk answer files.")
    private Path dir;

    @Option(names = "--out-dir", paramLabel = "OUT", defaultValue = "toolkit-reports/batch",
            description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "json",
            description = "Report formats per system, comma-separated: json (always written), markdown, html.")
    private List<String> formats;

    @Option(names = "--resume", description = "Skip systems whose reports an earlier run wrote from the same input "
            + "(same path, same bytes, reports intact); assess the rest again.")
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
        List<ReportFormat> extra = formats.stream().map(f -> ReportOptions.parseFormat("--format", f)).filter(f -> f != ReportFormat.JSON).distinct().toList();
        // The workers start reading files while this thread builds the engine: reading needs only
        // the content pack, and building the engine keeps one core busy for about half a second
        // while the other would have little to do. What needs the engine waits for it.
        AnswerFiles reader = root().answerFiles();
        OutputFolder out = new OutputFolder(outDir);
        CompletableFuture<Writing> ready = new CompletableFuture<>();
        Progress progress = new Progress(err(), files.size(), System.console() != null);
        int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "toolkit-batch");
            t.setDaemon(true);
            return t;
        });
        Portfolio portfolio = new Portfolio(root().today());
        // Set when a system fails for a reason other than its input (a bug, a full disk): the
        // systems not started yet are skipped, and the batch ends with that error.
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<Portfolio.Entry>> rows = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (Path file : files) {
                String relative = relative(file);
                String slug = reportName(relative);
                if (!names.add(slug)) {
                    // Two paths whose shortened names agree in their first 48 bits of SHA-256:
                    // the whole hash keeps them apart.
                    slug = OutputFolder.slug(slug.substring(0, slug.lastIndexOf('-'))) + "-" + sha256(relative);
                    if (!names.add(slug)) {
                        throw new IllegalStateException("two inputs have the report name " + slug);
                    }
                }
                String name = slug;
                rows.add(pool.submit(() -> {
                    if (failed.get()) {
                        return null;
                    }
                    try {
                        return assess(file, relative, name, reader, ready, extra);
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

    /** {@code file}'s path relative to the batch folder, with '/' between names on every system. */
    private String relative(Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /**
     * The report name of the input at {@code relative} (its path in the batch folder): a function
     * of that path alone, so that a system keeps its name whatever files are added or removed.
     * {@code system-1.yaml} gives {@code system-1}; any other name (another extension, capitals,
     * characters a file name should not hold) gives its safe form followed by the first 12 hex
     * digits of the SHA-256 of the path, so {@code A.yaml}, {@code a.json} and {@code a.yml} get
     * three names.
     */
    static String reportName(String relative) {
        String base = OutputFolder.slug(EXTENSION.matcher(relative).replaceFirst(""));
        if (relative.equals(base + ".yaml")) {
            return base;
        }
        if (base.length() > 60) {
            base = OutputFolder.slug(base.substring(0, 60));
        }
        return base + "-" + sha256(relative).substring(0, 12);
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** What assesses, what writes the reports and where they go: known once the engine is built. */
    private record Writing(ToolkitEngine engine, Reports reports, Path systems, Path sources) {
    }

    /**
     * Builds the engine and makes the reports folder. If that fails, the workers waiting for it
     * stop too, and the batch ends with this error, as it would have before reading any file.
     */
    private Writing writing(OutputFolder out) {
        ToolkitEngine engine = root().engine();
        // Thousands of reports are for programs to read: compact unless asked otherwise.
        Reports reports = Reports.of(engine.content(), engine.provenance())
                .withJsonLayout(indentJson ? JsonLayout.INDENTED : JsonLayout.COMPACT)
                // No fsync per report: on this project's 2-core test machine, forcing each of
                // 10,000 reports and its folder to the disk took a batch from 10-12 s to 38-62 s.
                // What fsync would guard against, a report left empty or torn by a power cut, the
                // record in sources/ catches: it holds each report's hash, and --resume assesses
                // again a system whose report does not match it. The summary is forced to the disk.
                .withFsync(false);
        Path systems = out.folder("systems");
        Path sources = out.folder("sources");
        // Before any worker writes: temporary files now are what killed runs left.
        removeTemporaryFiles(out.root());
        removeTemporaryFiles(systems);
        removeTemporaryFiles(sources);
        return new Writing(engine, reports, systems, sources);
    }

    /** Deletes the temporary files ({@code .NAME.UNIQUE.tmp}) that a run killed mid-write left in {@code folder}. */
    private static void removeTemporaryFiles(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (TEMPORARY.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear temporary files from " + folder + ": " + IoMessages.reason(e), e);
        }
    }

    /**
     * Assesses one system; {@code slug} is a plain file name, so its reports stay in the systems
     * folder. A file that cannot be read needs no engine and is reported at once; with
     * {@code --resume}, a system whose reports an earlier run made from these very bytes is
     * skipped before its file is parsed.
     */
    private Portfolio.Entry assess(Path file, String relative, String slug, AnswerFiles reader,
                                   CompletableFuture<Writing> ready, List<ReportFormat> extra) {
        String name = file.getFileName().toString();
        byte[] input;
        try {
            long size = Files.size(file);
            if (size > org.raitoolkit.content.ReadLimits.DEFAULTS.maxFileBytes()) {
                return Portfolio.invalid(name, List.of(new Problem(file.toString(), 0, 0, "", "file is " + size
                        + " bytes; the largest allowed is " + org.raitoolkit.content.ReadLimits.DEFAULTS.maxFileBytes() + " bytes")));
            }
            input = Files.readAllBytes(file);
        } catch (IOException e) {
            return Portfolio.invalid(name, List.of(new Problem(file.toString(), 0, 0, "", "could not be read: "
                    + IoMessages.reason(e))));
        }
        String inputSha = sha256(input);
        if (resume) {
            Portfolio.Entry done = alreadyDone(name, relative, inputSha, slug, ready.join(), extra);
            if (done != null) {
                return done;
            }
        }
        RiskAnswers answers;
        try {
            answers = reader.parseRisk(file.toString(), input);
        } catch (InvalidInputException e) {
            return Portfolio.invalid(name, e.problems());
        }
        Writing writing = ready.join();
        RiskReport report = writing.reports().risk(answers, writing.engine().assessRisk(answers));
        Path systems = writing.systems();
        ObjectNode source = JSON.createObjectNode();
        source.put("input", relative);
        source.put("inputSha256", inputSha);
        ObjectNode hashes = source.putObject("reports");
        // CRC-32C, not SHA-256, for the reports: they only need telling apart from a torn, empty
        // or older report, and the reports of a batch are eight times the size of its inputs.
        // SHA-256 of them cost 10 s of processor time for 10,000 systems under the launcher's
        // quick compiler, which has no intrinsic for it; CRC-32C takes a fraction of a second.
        for (ReportFormat f : extra) {
            Path target = systems.resolve(slug + "." + f.extension());
            writing.reports().write(report, f, null, target);
            hashes.put(f.extension(), checksum(readBack(target)));
        }
        Path json = systems.resolve(slug + ".json");
        writing.reports().write(report, ReportFormat.JSON, null, json);
        hashes.put(ReportFormat.JSON.extension(), checksum(readBack(json)));
        // Last: the record says the reports above are whole and came from this input. Neither it
        // nor the reports are forced to the disk (see writing()): after a power cut, a record
        // lost or out of step with its reports only makes --resume assess the system again.
        writeQuickly(writing.sources().resolve(slug + ".json"), source.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Portfolio.fromReport(name, Portfolio.Status.ASSESSED, report);
    }

    /**
     * The system from its earlier reports, if the record beside them names this input with these
     * bytes and every report has the bytes recorded; else null, and the system is assessed again.
     */
    private static Portfolio.Entry alreadyDone(String name, String relative, String inputSha, String slug, Writing writing,
                                               List<ReportFormat> extra) {
        try {
            JsonNode source = JSON.readTree(Files.readAllBytes(writing.sources().resolve(slug + ".json")));
            if (source == null || !relative.equals(source.path("input").asText())
                    || !inputSha.equals(source.path("inputSha256").asText())) {
                return null;
            }
            for (ReportFormat f : extra) {
                byte[] bytes = Files.readAllBytes(writing.systems().resolve(slug + "." + f.extension()));
                if (!checksum(bytes).equals(source.path("reports").path(f.extension()).asText())) {
                    return null;
                }
            }
            byte[] json = Files.readAllBytes(writing.systems().resolve(slug + ".json"));
            if (!checksum(json).equals(source.path("reports").path(ReportFormat.JSON.extension()).asText())) {
                return null;
            }
            return Portfolio.fromReport(name, Portfolio.Status.ALREADY_DONE, JSON.readTree(json));
        } catch (IOException | RuntimeException e) {
            // Missing, empty, unreadable or not what a report holds: assessed again.
            return null;
        }
    }

    /** A report's length and CRC-32C, as {@code LENGTH:CRC} in hex. */
    static String checksum(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return bytes.length + ":" + Long.toHexString(crc.getValue());
    }

    private static byte[] readBack(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read back " + file + ": " + IoMessages.reason(e), e);
        }
    }

    /** A temporary file, then a rename: readers see the old record or the whole new one. No fsync (see {@link #assess}). */
    private static void writeQuickly(Path target, byte[] bytes) {
        Path temp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toString(Thread.currentThread().getId(), 36) + "-" + Long.toString(System.nanoTime(), 36) + ".tmp");
        try {
            try {
                Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target + ": " + IoMessages.reason(e), e);
        }
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
