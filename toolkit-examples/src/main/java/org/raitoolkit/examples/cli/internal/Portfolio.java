package org.raitoolkit.examples.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.AcceptedCondition;
import org.raitoolkit.model.AssessmentRecord;
import java.time.LocalDate;
import org.raitoolkit.reports.RiskReport;

/**
 * The summary of a batch: one row per system, counts by decision and level, and the open
 * recommendations across systems. Built from each system's JSON report, so that a resumed batch
 * summarises systems assessed in an earlier run exactly as the new ones.
 */
final class Portfolio {

    /** How a system fared in the batch. */
    enum Status { ASSESSED, ALREADY_DONE, INVALID }

    /**
     * One system's row: what the summary shows of it. Its open recommendations are counted
     * across systems when it is added, and only their number is kept: a batch keeps every row
     * to the end, and kept two dozen recommendations per system only to count them there, twice.
     */
    record Row(String file, Status status, String system, Decision decision, RiskLevel overallLevel,
               Map<String, String> principles, int recommendations, List<Problem> problems, Review review) {
    }

    /**
     * What a system's assessment record says of its review: its state (FINAL, DRAFT, or NONE when
     * the answers carry no record), who approved it, the next review, and the due dates of the
     * conditions still open. Whether they are overdue depends on the day of the batch.
     */
    record Review(String state, String approver, LocalDate nextReview, List<LocalDate> openConditionsDue) {

        static final Review NONE = new Review("NONE", null, null, List.of());

        static Review of(AssessmentRecord r) {
            if (r == null) {
                return NONE;
            }
            return new Review(r.isFinal() ? "FINAL" : "DRAFT", r.approval() == null ? null : r.approval().name(),
                    r.nextReview(), r.conditions().stream().filter(c -> c.metOn() == null && c.dueDate() != null)
                    .map(AcceptedCondition::dueDate).toList());
        }

        /** From the {@code assessment} object of a JSON report. */
        static Review of(JsonNode r) {
            if (r == null || !r.isObject()) {
                return NONE;
            }
            List<LocalDate> open = new ArrayList<>();
            r.path("conditions").forEach(c -> {
                if (c.path("metOn").isNull() || c.path("metOn").isMissingNode()) {
                    LocalDate due = date(c.path("dueDate"));
                    if (due != null) {
                        open.add(due);
                    }
                }
            });
            return new Review(r.path("state").asText("DRAFT").equals("FINAL") ? "FINAL" : "DRAFT",
                    r.path("approval").path("name").isTextual() ? r.path("approval").path("name").asText() : null,
                    date(r.path("nextReview")), open);
        }

        private static LocalDate date(JsonNode n) {
            return n.isTextual() ? LocalDate.parse(n.asText()) : null;
        }

        boolean isOverdueOn(LocalDate day) {
            return nextReview != null && nextReview.isBefore(day);
        }

        long conditionsOverdueOn(LocalDate day) {
            return openConditionsDue.stream().filter(d -> d.isBefore(day)).count();
        }
    }

    /** An open recommendation of one system. */
    record Open(String id, String priority, String title) {
    }

    /** A system as a worker hands it over: its row and its open recommendations. */
    record Entry(Row row, List<Open> open) {
    }

    /** An open recommendation across systems: as the first system that has it gives it, and how many have it. */
    record Tally(String id, String priority, String title, int systems) {
    }

    /** Jackson's defaults, as {@code toPrettyString} writes with. */
    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    private final List<Row> rows = new ArrayList<>();

    /** The day of the batch, on which reviews and conditions are overdue or not. */
    private final LocalDate day;

    Portfolio(LocalDate day) {
        this.day = day;
    }

    /** Per recommendation id: priority and title as first met, and the count. */
    private final Map<String, MutableTally> tallies = new HashMap<>();

    private static final class MutableTally {
        private final Open first;
        private int systems;

        MutableTally(Open first) {
            this.first = first;
        }
    }

    /** A system from its JSON report. */
    static Entry fromReport(String file, Status status, JsonNode report) {
        Map<String, String> principles = new TreeMap<>();
        report.path("principles").forEach(p -> principles.put(p.path("id").asText(), p.path("level").asText()));
        List<Open> open = new ArrayList<>();
        report.path("recommendations").forEach(r -> open.add(new Open(r.path("id").asText(), r.path("priority").asText(),
                r.path("title").asText())));
        return new Entry(new Row(file, status, report.path("input").path("system").path("name").asText(),
                Decision.valueOf(report.path("decision").asText()), RiskLevel.valueOf(report.path("overallLevel").asText()),
                principles, open.size(), List.of(), Review.of(report.path("input").path("assessment"))), open);
    }

    /**
     * A system from a report made in this run: the same values {@link #fromReport(String, Status, JsonNode)}
     * reads from the report's JSON, taken from the result without building that JSON a second time.
     */
    static Entry fromReport(String file, Status status, RiskReport report) {
        RiskResult result = report.result();
        Map<String, String> principles = new TreeMap<>();
        result.principles().forEach(p -> principles.put(p.principleId(), p.level().name()));
        List<Open> open = new ArrayList<>(result.recommendations().size());
        result.recommendations().forEach(r -> open.add(new Open(r.id(), r.priority().name(), r.title())));
        return new Entry(new Row(file, status, report.input().system().name(), result.decision(), result.overallLevel(),
                principles, open.size(), List.of(), Review.of(report.input().assessment())), open);
    }

    static Entry invalid(String file, List<Problem> problems) {
        return new Entry(new Row(file, Status.INVALID, null, null, null, Map.of(), 0, problems, Review.NONE), List.of());
    }

    /** Adds a system; systems are added in the order the summary lists them. */
    void add(Entry entry) {
        rows.add(entry.row());
        for (Open o : entry.open()) {
            // Not computeIfAbsent: its lambda would capture o, an object per recommendation.
            MutableTally t = tallies.get(o.id());
            if (t == null) {
                t = new MutableTally(o);
                tallies.put(o.id(), t);
            }
            t.systems++;
        }
    }

    List<Row> rows() {
        return rows;
    }

    long count(Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /**
     * The summary as indented JSON text, ending in a newline: the text Jackson's
     * {@code toPrettyString} gives for this document, written straight from the rows rather than
     * built as a tree of some 100,000 nodes for a batch of 10,000 systems first.
     */
    String toJson() {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON_FACTORY.createGenerator(text)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("kind", "portfolio");
            g.writeNumberField("systems", rows.size());
            g.writeNumberField("assessed", count(Status.ASSESSED));
            g.writeNumberField("alreadyDone", count(Status.ALREADY_DONE));
            g.writeNumberField("invalid", count(Status.INVALID));
            g.writeStringField("reviewDay", day.toString());
            g.writeNumberField("reviewsOverdue", reviewsOverdue());
            g.writeObjectFieldStart("decisions");
            for (Map.Entry<Decision, Integer> e : decisionCounts().entrySet()) {
                g.writeNumberField(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("overallLevels");
            for (Map.Entry<RiskLevel, Integer> e : levelCounts().entrySet()) {
                g.writeNumberField(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("openRecommendations");
            for (Tally t : recommendationCounts()) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                g.writeStringField("priority", t.priority());
                g.writeStringField("title", t.title());
                g.writeNumberField("systems", t.systems());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            for (Row r : rows) {
                row(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private void row(JsonGenerator g, Row r) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeStringField("status", r.status().name());
        if (r.status() == Status.INVALID) {
            g.writeArrayFieldStart("problems");
            for (Problem p : r.problems()) {
                g.writeString(p.toString());
            }
            g.writeEndArray();
        } else {
            g.writeStringField("system", r.system());
            g.writeStringField("decision", r.decision().name());
            g.writeStringField("overallLevel", r.overallLevel().name());
            g.writeObjectFieldStart("principles");
            for (Map.Entry<String, String> e : r.principles().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("recommendations", r.recommendations());
            Review review = r.review();
            g.writeObjectFieldStart("review");
            g.writeStringField("record", review.state());
            g.writeStringField("approvedBy", review.approver());
            g.writeStringField("nextReview", review.nextReview() == null ? null : review.nextReview().toString());
            g.writeBooleanField("overdue", review.isOverdueOn(day));
            g.writeNumberField("conditionsOverdue", review.conditionsOverdueOn(day));
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** How many systems' reviews were due before the day of the batch. */
    long reviewsOverdue() {
        return rows.stream().filter(r -> r.status() != Status.INVALID && r.review().isOverdueOn(day)).count();
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

    /** The open recommendations across systems, most systems first, then by id. */
    List<Tally> recommendationCounts() {
        List<Tally> counts = new ArrayList<>(tallies.size());
        tallies.forEach((id, t) -> counts.add(new Tally(id, t.first.priority(), t.first.title(), t.systems)));
        counts.sort(Comparator.comparingInt(Tally::systems).reversed().thenComparing(Tally::id));
        return counts;
    }

    private static String recordState(Review v) {
        return switch (v.state()) {
            case "FINAL" -> "final";
            case "DRAFT" -> "draft";
            default -> "none";
        };
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
                        .append(r.recommendations()).append(" |\n");
            }
        }
        s.append("\n## Review status on ").append(day).append("\n\n").append("Systems past their review date: ")
                .append(reviewsOverdue()).append(". A condition past due is one still open after its due date.\n\n")
                .append("| File | Record | Approved by | Next review | Review overdue | Conditions past due |\n|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            if (r.status() != Status.INVALID) {
                Review v = r.review();
                s.append("| ").append(Markdown.escape(r.file())).append(" | ").append(recordState(v)).append(" | ")
                        .append(v.approver() == null ? "not recorded" : Markdown.escape(v.approver())).append(" | ")
                        .append(v.nextReview() == null ? "not set" : v.nextReview()).append(" | ")
                        .append(v.isOverdueOn(day) ? "**overdue**" : "no").append(" | ")
                        .append(v.conditionsOverdueOn(day)).append(" |\n");
            }
        }
        s.append("\n## Open recommendations across systems\n\n| Recommendation | Priority | Systems |\n|---|---|---|\n");
        recommendationCounts().forEach(t -> s.append("| ").append(Markdown.escape(t.id())).append(": ")
                .append(Markdown.escape(t.title())).append(" | ").append(t.priority()).append(" | ").append(t.systems())
                .append(" |\n"));
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
