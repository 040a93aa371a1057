package org.raitoolkit.examples.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.reports.RiskReport;

/**
 * The summary of a batch: one row per system, counts by decision and level, and the open
 * recommendations across systems. Built from each system's JSON report, so that a resumed batch
 * summarises systems assessed in an earlier run exactly as the new ones.
 */
final class Portfolio {

    /** How a system fared in the batch. */
    enum Status { ASSESSED, ALREADY_DONE, INVALID }

    /** One system's row. */
    record Row(String file, Status status, String system, Decision decision, RiskLevel overallLevel,
               Map<String, String> principles, List<String[]> recommendations, List<Problem> problems) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** A row from a system's JSON report (recommendations as id and priority). */
    static Row fromReport(String file, Status status, JsonNode report) {
        Map<String, String> principles = new TreeMap<>();
        report.path("principles").forEach(p -> principles.put(p.path("id").asText(), p.path("level").asText()));
        List<String[]> recs = new ArrayList<>();
        report.path("recommendations").forEach(r -> recs.add(new String[] {r.path("id").asText(), r.path("priority").asText(),
                r.path("title").asText()}));
        return new Row(file, status, report.path("input").path("system").path("name").asText(),
                Decision.valueOf(report.path("decision").asText()), RiskLevel.valueOf(report.path("overallLevel").asText()),
                principles, recs, List.of());
    }

    /**
     * A row from a report made in this run: the same values {@link #fromReport(String, Status, JsonNode)}
     * reads from the report's JSON, taken from the result without building that JSON a second time.
     */
    static Row fromReport(String file, Status status, RiskReport report) {
        RiskResult result = report.result();
        Map<String, String> principles = new TreeMap<>();
        result.principles().forEach(p -> principles.put(p.principleId(), p.level().name()));
        List<String[]> recs = new ArrayList<>();
        result.recommendations().forEach(r -> recs.add(new String[] {r.id(), r.priority().name(), r.title()}));
        return new Row(file, status, report.input().system().name(), result.decision(), result.overallLevel(),
                principles, recs, List.of());
    }

    static Row invalid(String file, List<Problem> problems) {
        return new Row(file, Status.INVALID, null, null, null, Map.of(), List.of(), problems);
    }

    void add(Row row) {
        rows.add(row);
    }

    List<Row> rows() {
        return rows;
    }

    long count(Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /** The summary as JSON. */
    ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("kind", "portfolio");
        root.put("systems", rows.size());
        root.put("assessed", count(Status.ASSESSED));
        root.put("alreadyDone", count(Status.ALREADY_DONE));
        root.put("invalid", count(Status.INVALID));
        ObjectNode decisions = root.putObject("decisions");
        decisionCounts().forEach((d, n) -> decisions.put(d.name(), n));
        ObjectNode levels = root.putObject("overallLevels");
        levelCounts().forEach((l, n) -> levels.put(l.name(), n));
        ArrayNode recs = root.putArray("openRecommendations");
        recommendationCounts().forEach((id, v) -> recs.addObject().put("id", id).put("priority", v[0]).put("title", v[1])
                .put("systems", Integer.parseInt(v[2])));
        ArrayNode systems = root.putArray("rows");
        for (Row r : rows) {
            ObjectNode o = systems.addObject().put("file", r.file()).put("status", r.status().name());
            if (r.status() == Status.INVALID) {
                ArrayNode problems = o.putArray("problems");
                r.problems().forEach(p -> problems.add(p.toString()));
            } else {
                o.put("system", r.system()).put("decision", r.decision().name()).put("overallLevel", r.overallLevel().name());
                ObjectNode p = o.putObject("principles");
                r.principles().forEach(p::put);
                o.put("recommendations", r.recommendations().size());
            }
        }
        return root;
    }

    Map<Decision, Integer> decisionCounts() {
        Map<Decision, Integer> m = new EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            m.put(d, 0);
        }
        rows.stream().filter(r -> r.decision() != null).forEach(r -> m.merge(r.decision(), 1, Integer::sum));
        return m;
    }

    Map<RiskLevel, Integer> levelCounts() {
        Map<RiskLevel, Integer> m = new EnumMap<>(RiskLevel.class);
        for (RiskLevel l : RiskLevel.values()) {
            m.put(l, 0);
        }
        rows.stream().filter(r -> r.overallLevel() != null).forEach(r -> m.merge(r.overallLevel(), 1, Integer::sum));
        return m;
    }

    /** Recommendation id to {priority, title, number of systems}, most systems first. */
    Map<String, String[]> recommendationCounts() {
        Map<String, String[]> m = new TreeMap<>();
        for (Row r : rows) {
            for (String[] rec : r.recommendations()) {
                m.merge(rec[0], new String[] {rec[1], rec[2], "1"},
                        (a, b) -> new String[] {a[0], a[1], String.valueOf(Integer.parseInt(a[2]) + 1)});
            }
        }
        Map<String, String[]> sorted = new java.util.LinkedHashMap<>();
        m.entrySet().stream()
                .sorted((a, b) -> Integer.parseInt(b.getValue()[2]) - Integer.parseInt(a.getValue()[2]))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The summary as Markdown, every user-supplied text escaped. */
    String toMarkdown() {
        StringBuilder s = new StringBuilder("# Portfolio summary\n\n");
        s.append(rows.size()).append(" systems: ").append(count(Status.ASSESSED)).append(" assessed in this run, ")
                .append(count(Status.ALREADY_DONE)).append(" already done in an earlier run, ")
                .append(count(Status.INVALID)).append(" with invalid answers.\n\n");
        s.append("## Decisions\n\n| Decision | Systems |\n|---|---|\n");
        decisionCounts().forEach((d, n) -> s.append("| ").append(d).append(" | ").append(n).append(" |\n"));
        s.append("\n## Overall risk levels\n\n| Level | Systems |\n|---|---|\n");
        levelCounts().forEach((l, n) -> s.append("| ").append(l).append(" | ").append(n).append(" |\n"));
        s.append("\n## Systems\n\n| File | System | Decision | Overall | Recommendations |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            if (r.status() == Status.INVALID) {
                s.append("| ").append(Markdown.escape(r.file())).append(" | (invalid: ").append(r.problems().size())
                        .append(" problems) | | | |\n");
            } else {
                s.append("| ").append(Markdown.escape(r.file())).append(" | ").append(Markdown.escape(r.system())).append(" | ")
                        .append(r.decision()).append(" | ").append(r.overallLevel()).append(" | ")
                        .append(r.recommendations().size()).append(" |\n");
            }
        }
        s.append("\n## Open recommendations across systems\n\n| Recommendation | Priority | Systems |\n|---|---|---|\n");
        recommendationCounts().forEach((id, v) -> s.append("| ").append(Markdown.escape(id)).append(": ")
                .append(Markdown.escape(v[1])).append(" | ").append(v[0]).append(" | ").append(v[2]).append(" |\n"));
        if (count(Status.INVALID) > 0) {
            s.append("\n## Invalid answer files\n\n");
            for (Row r : rows) {
                if (r.status() == Status.INVALID) {
                    r.problems().forEach(p -> s.append("- ").append(Markdown.escape(p.toString())).append('\n'));
                }
            }
        }
        return s.toString();
    }
}
