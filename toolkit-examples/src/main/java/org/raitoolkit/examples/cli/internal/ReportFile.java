package org.raitoolkit.examples.cli.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.reports.JsonLayout;
import org.raitoolkit.reports.ReportFormat;

/**
 * A report file read back: its bytes, and what it says about how it was made (kind, format,
 * time, rule sets, content pack, answers digest), which is what {@code toolkit verify} needs to
 * make it again. JSON says so in fields; HTML and Markdown in the title, the audit table and the
 * footer that the reporting module writes.
 *
 * @param ruleSets the rule-set ids the report names, default rules first; {@code null} when it
 *     names none (a brief without the audit trail)
 * @param stage the life-cycle stage of a workbook review, else {@code null}
 * @param answersDigest the SHA-256 of the answers the report says it was made from, or {@code null}
 * @param layout the JSON layout of a JSON report, else {@code null}
 */
record ReportFile(Path path, byte[] bytes, ReportFormat format, JsonLayout layout, String kind, LifecycleStage stage,
                  Instant generatedAt, List<String> ruleSets, String engineVersion, String contentPack, String answersDigest) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WHAT = "the report";
    private static final String EXPECTED = "expected a report as 'toolkit risk', 'readiness' or 'workbook' write it (JSON, HTML "
            + "or Markdown)";

    /** Title prefixes by kind, as the reporting module's documents write them. */
    private static final Map<String, String> TITLES = Map.of(
            "AI risk assessment: ", "risk", "Organisational readiness: ", "readiness", "Workbook review: ", "workbook");
    /** The last footer line of every HTML and Markdown report. */
    private static final Pattern GENERATED = Pattern.compile(
            "Generated (\\S+) with toolkit engine (.+?), content pack (.+?), report format \\S+\\.");
    private static final Pattern ANSWERS_DIGEST = Pattern.compile("Answers digest \\(SHA-256\\)\\W*([0-9a-f]{64})");
    /** The last " at the X stage. ": the system's name comes before it and could read the same. */
    private static final Pattern STAGE = Pattern.compile(".* at the ([A-Za-z ]+?) stage\\. ");
    private static final Pattern HTML_CELL = Pattern.compile("<td[^>]*>(.*?)</td>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

    /**
     * Reads the report in {@code path}, at most {@code maxBytes} of it.
     *
     * @throws InvalidInputException if it cannot be read or is not a toolkit report
     */
    static ReportFile read(Path path, long maxBytes) {
        byte[] bytes = InputFiles.read(path, maxBytes, WHAT);
        String text = new String(bytes, StandardCharsets.UTF_8);
        String start = text.stripLeading();
        ReportFormat format = start.startsWith("{") ? ReportFormat.JSON
                : start.startsWith("<!DOCTYPE html") ? ReportFormat.HTML
                : start.startsWith("# ") ? ReportFormat.MARKDOWN : null;
        if (format == null) {
            throw InputFiles.invalid(path, EXPECTED, "it is none of these");
        }
        ReportFormat named = byExtension(path);
        if (named != null && named != format) {
            throw InputFiles.invalid(path, EXPECTED, "its name says " + named + " but it holds " + format);
        }
        return format == ReportFormat.JSON ? json(path, bytes, text) : text(path, bytes, format, text);
    }

    /** The format a file name says, or {@code null} for a name with no known ending. */
    private static ReportFormat byExtension(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        try {
            return dot < 0 ? null : ReportFormat.parse(name.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ReportFile json(Path path, byte[] bytes, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw InputFiles.invalid(path, EXPECTED, "it is not valid JSON" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (java.io.IOException e) {
            throw InputFiles.invalid(path, EXPECTED, "it could not be read: " + IoMessages.reason(e));
        }
        String kind = field(path, root, "/kind");
        LifecycleStage stage = kind.equals("workbook") ? stage(path, field(path, root, "/stage")) : null;
        List<String> ruleSets = new ArrayList<>();
        root.at("/engine/ruleSets").forEach(n -> ruleSets.add(n.asText()));
        if (ruleSets.isEmpty()) {
            throw InputFiles.invalid(path, EXPECTED, "it names no rule sets (/engine/ruleSets)");
        }
        // The indented layout starts a new line after the brace; the compact one does not.
        JsonLayout layout = text.startsWith("{\n") ? JsonLayout.INDENTED : JsonLayout.COMPACT;
        return new ReportFile(path, bytes, ReportFormat.JSON, layout, kind(path, kind), stage,
                instant(path, field(path, root, "/generatedAt")), List.copyOf(ruleSets), field(path, root, "/engine/version"),
                field(path, root, "/contentPack/id") + " " + field(path, root, "/contentPack/version"), jsonDigest(root));
    }

    /** The answers digest at the top of the document or in one of its header objects; never in the input. */
    private static String jsonDigest(JsonNode root) {
        if (root.path("answersDigest").isTextual()) {
            return root.get("answersDigest").asText();
        }
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
            if (!field.getKey().equals("input") && field.getValue().path("answersDigest").isTextual()) {
                return field.getValue().get("answersDigest").asText();
            }
        }
        return null;
    }

    private static String field(Path path, JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw InputFiles.invalid(path, EXPECTED, "it has no " + pointer.substring(1).replace('/', '.'));
        }
        return node.asText();
    }

    private static ReportFile text(Path path, byte[] bytes, ReportFormat format, String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        String title = null;
        Matcher generated = null;
        List<String> ruleSets = null;
        String digest = null;
        String summary = null;
        for (String line : lines) {
            String plain = plain(format, line);
            if (title == null && (format == ReportFormat.MARKDOWN ? line.startsWith("# ") : line.startsWith("<title>"))) {
                title = format == ReportFormat.MARKDOWN ? plain.substring(2) : plain;
            }
            Matcher g = GENERATED.matcher(plain.strip());
            if (g.matches()) {
                // The footer's line is the last; text above it that reads the same came from input.
                generated = g;
            }
            List<String> cells = cells(format, line);
            if (cells.size() == 2 && cells.get(0).equals("Rule sets")) {
                ruleSets = List.of(cells.get(1).split(",\\s*"));
            }
            Matcher d = ANSWERS_DIGEST.matcher(plain);
            if (digest == null && d.find()) {
                digest = d.group(1);
            }
            if (summary == null && plain.contains("This review covers ")) {
                summary = plain;
            }
        }
        if (title == null || generated == null) {
            throw InputFiles.invalid(path, EXPECTED, "it has no " + (title == null ? "title" : "'Generated ... with toolkit engine' line"));
        }
        String heading = title;
        String kind = TITLES.entrySet().stream().filter(e -> heading.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> InputFiles.invalid(path, EXPECTED, "its title names no kind of report"));
        LifecycleStage stage = null;
        if (kind.equals("workbook")) {
            Matcher s = STAGE.matcher(summary == null ? "" : summary);
            stage = stage(path, s.find() ? s.group(1) : "");
        }
        return new ReportFile(path, bytes, format, null, kind, stage, instant(path, generated.group(1)), ruleSets,
                generated.group(2), generated.group(3), digest);
    }

    /** The subtitle line, which names the kind of report and its audience; empty if there is none. */
    static String subtitle(ReportFormat format, String text) {
        String marker = format == ReportFormat.MARKDOWN ? "*" : "<p class=\"subtitle\">";
        for (String line : text.split("\n", 12)) {
            if (line.startsWith(marker)) {
                return line;
            }
        }
        return "";
    }

    /** The text of a line without HTML tags and entities or Markdown escapes. */
    static String plain(ReportFormat format, String line) {
        if (format == ReportFormat.HTML) {
            return TAG.matcher(line).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&amp;", "&");
        }
        return MARKDOWN_ESCAPE.matcher(line).replaceAll("$1");
    }

    /** The cells of a table row, as plain text; empty for a line that is not one. */
    private static List<String> cells(ReportFormat format, String line) {
        List<String> cells = new ArrayList<>();
        if (format == ReportFormat.HTML) {
            Matcher m = HTML_CELL.matcher(line);
            while (line.startsWith("<tr>") && m.find()) {
                cells.add(plain(format, m.group(1)).strip());
            }
        } else if (line.startsWith("| ") && line.endsWith(" |")) {
            // An escaped bar in a cell is "\|", never " | ".
            for (String cell : line.substring(2, line.length() - 2).split(" \\| ", -1)) {
                cells.add(plain(format, cell).strip());
            }
        }
        return cells;
    }

    private static String kind(Path path, String kind) {
        if (!TITLES.containsValue(kind)) {
            throw InputFiles.invalid(path, EXPECTED, "its kind is '" + Text.printable(kind, 40) + "'; known: risk, readiness, workbook");
        }
        return kind;
    }

    /** A stage by its enum name (JSON) or as the review names it ("design and development"). */
    private static LifecycleStage stage(Path path, String name) {
        String key = words(name);
        for (LifecycleStage stage : LifecycleStage.values()) {
            if (words(stage.name()).equals(key)) {
                return stage;
            }
        }
        throw InputFiles.invalid(path, EXPECTED, "it names no life-cycle stage"
                + (name.isBlank() ? "" : " ('" + Text.printable(name, 40) + "' is none)"));
    }

    private static String words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^a-z]+")).filter(w -> !w.isEmpty() && !w.equals("and"))
                .reduce("", (a, b) -> a + "-" + b);
    }

    private static Instant instant(Path path, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InputFiles.invalid(path, EXPECTED, "its time of making, '" + Text.printable(text, 40) + "', is not an ISO instant");
        }
    }
}
