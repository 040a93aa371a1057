package org.raitoolkit.reports.internal;

import org.raitoolkit.reports.spi.Wording;
import org.raitoolkit.reports.spi.Doc;
import static org.raitoolkit.reports.spi.Doc.code;
import static org.raitoolkit.reports.spi.Doc.line;
import static org.raitoolkit.reports.spi.Doc.muted;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Priority;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.RuleSetStamp;
import org.raitoolkit.reports.ReportMetadata;
import org.raitoolkit.reports.spi.Doc.Block;
import org.raitoolkit.reports.spi.Doc.Inline;
import org.raitoolkit.reports.spi.Doc.Tone;

/** Collects the blocks of a document, with the sections that every kind of report shares. */
final class Blocks {

    private static final String NOT_KNOWN = "not known";

    private final List<Block> blocks = new ArrayList<>();

    List<Block> list() {
        return blocks;
    }

    Blocks add(Block block) {
        blocks.add(block);
        return this;
    }

    Blocks h2(String text, String anchor) {
        return add(new Doc.Heading(2, text, anchor));
    }

    Blocks h3(String text) {
        return add(new Doc.Heading(3, text, ""));
    }

    Blocks h4(String text) {
        return add(new Doc.Heading(4, text, ""));
    }

    Blocks p(Object... parts) {
        return add(Doc.paragraph(parts));
    }

    Blocks bullets(List<List<Inline>> items) {
        return add(new Doc.Bullets(items, false));
    }

    Blocks numbered(List<List<Inline>> items) {
        return add(new Doc.Bullets(items, true));
    }

    Blocks notice(Tone tone, String title, Object... parts) {
        return add(new Doc.Notice(tone, title, line(parts)));
    }

    // ---------------------------------------------------------------- shared sections

    /** The disclaimer, the brief's purpose and, for the public, what is left out. */
    Blocks intro(String kind, Audience audience) {
        notice(Tone.GREY, "Independent tool.", Briefs.DISCLAIMER);
        String intro = Briefs.intro(kind, audience);
        if (intro != null) {
            p(intro);
        }
        if (audience == Audience.PUBLIC) {
            notice(Tone.BLUE, "What this summary leaves out.", Briefs.omitted(kind));
        }
        return this;
    }

    /** A reason as "text [RULE-ID]". */
    static List<Inline> reason(Reason reason) {
        return line(reason.text() + " ", code("[" + reason.ruleId() + "]"));
    }

    Blocks reasons(List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return p(muted("No reasons recorded."));
        }
        return bullets(reasons.stream().map(Blocks::reason).toList());
    }

    /**
     * Recommendations grouped by priority, then life-cycle stage, each with who acts, the
     * principle it serves, the provisions it cites and why it was given.
     */
    Blocks recommendations(List<Recommendation> recommendations, ContentPack content, boolean withReasons) {
        if (recommendations.isEmpty()) {
            return p(muted("No recommendations for this audience."));
        }
        Map<Priority, Map<LifecycleStage, List<Recommendation>>> grouped = new EnumMap<>(Priority.class);
        for (Recommendation r : recommendations) {
            grouped.computeIfAbsent(r.priority(), k -> new EnumMap<>(LifecycleStage.class))
                    .computeIfAbsent(r.stage(), k -> new ArrayList<>())
                    .add(r);
        }
        for (Map.Entry<Priority, Map<LifecycleStage, List<Recommendation>>> byPriority : grouped.entrySet()) {
            int count = byPriority.getValue().values().stream().mapToInt(List::size).sum();
            h3(capitalised(byPriority.getKey()) + " priority (" + count + ")");
            for (Map.Entry<LifecycleStage, List<Recommendation>> byStage : byPriority.getValue().entrySet()) {
                h4(Wording.stage(byStage.getKey()) + " stage");
                List<List<Inline>> items = new ArrayList<>();
                for (Recommendation r : byStage.getValue()) {
                    List<Inline> item = line(Tones.badge(r.priority()), " ", Doc.strong(r.title()), " ", code(r.id()),
                            " — ", r.text(), " ",
                            muted("For: " + Wording.word(r.audience()) + " · Principle: " + content.principleName(r.principle())));
                    if (!r.citations().isEmpty()) {
                        item.add(muted(" · " + Wording.cites(r.citations())));
                    }
                    if (withReasons && !r.reasons().isEmpty()) {
                        item.add(muted(" · Why: " + r.reasons().stream()
                                .map(x -> x.text() + " [" + x.ruleId() + "]")
                                .collect(Collectors.joining("; "))));
                    }
                    items.add(item);
                }
                bullets(items);
            }
        }
        return this;
    }

    /** A recommendation in brief (title and text) with what it cites, for lists such as the public's. */
    static List<Inline> brief(Recommendation r) {
        List<Inline> item = line(Doc.strong(r.title()), " — ", r.text());
        if (!r.citations().isEmpty()) {
            item.add(muted(" " + Wording.cites(r.citations())));
        }
        return item;
    }

    /** The first {@code n} recommendations that pass {@code filter}, most urgent first. */
    static List<Recommendation> top(List<Recommendation> recommendations, Predicate<Recommendation> filter, int n) {
        return recommendations.stream().filter(filter).limit(n).toList();
    }

    /** What produced the report: engine, rule sets and their hash, content pack, and the rules that fired. */
    Blocks audit(ReportMetadata m, List<String> firedRules) {
        h2("Audit trail", "audit");
        List<List<List<Inline>>> rows = new ArrayList<>();
        rows.add(List.of(line("Generated at"), line(DateTimeFormatter.ISO_INSTANT.format(m.generatedAt()))));
        rows.add(List.of(line("Engine version"), line(m.engineVersion())));
        rows.add(List.of(line("Rule sets"), line(String.join(", ", m.ruleSets()))));
        rows.add(List.of(line("Rule-set hash (SHA-256)"), line(code(m.ruleSetHash()))));
        rows.add(List.of(line("Rule-set digests (SHA-256)"), ruleSetDigests(m.ruleSetDigests())));
        rows.add(List.of(line("Content pack"), line(m.contentPackId() + " " + m.contentPackVersion())));
        rows.add(List.of(line("Content pack digest (SHA-256)"), digest(m.contentPackDigest())));
        rows.add(List.of(line("Answers digest (SHA-256)"), digest(m.answersDigest())));
        rows.add(List.of(line("Report format version"), line(m.schemaVersion())));
        add(new Doc.Table(List.of("Item", "Value"), rows, List.of(false, false), "facts"));
        if (firedRules != null) {
            List<Object> parts = new ArrayList<>();
            parts.add("Rules that fired: ");
            for (int i = 0; i < firedRules.size(); i++) {
                parts.add(code(firedRules.get(i)));
                if (i + 1 < firedRules.size()) {
                    parts.add(", ");
                }
            }
            p(parts.toArray());
        }
        return this;
    }

    /** A digest as code, or "not known" for results whose provenance did not carry it. */
    private static List<Inline> digest(String hex) {
        return hex == null ? line(muted(NOT_KNOWN)) : line(code(hex));
    }

    private static List<Inline> ruleSetDigests(List<RuleSetStamp> stamps) {
        if (stamps.isEmpty()) {
            return line(muted(NOT_KNOWN));
        }
        List<Inline> out = new ArrayList<>();
        for (RuleSetStamp stamp : stamps) {
            if (!out.isEmpty()) {
                out.add(Doc.text("; "));
            }
            out.add(Doc.text(stamp.id() + " "));
            out.add(code(stamp.digest()));
        }
        return out;
    }

    /**
     * Footer lines: the disclaimer in short, what produced the report and the digest of the
     * answers. The "Generated" line is read back by {@code toolkit verify}: keep its wording.
     */
    static List<String> footer(ReportMetadata m) {
        // The digest line comes before the "Generated" line, which stays the last, as it always was.
        return List.of(Briefs.FOOTER,
                "Answers digest (SHA-256): " + (m.answersDigest() == null ? NOT_KNOWN : m.answersDigest()) + ".",
                "Generated " + DateTimeFormatter.ISO_INSTANT.format(m.generatedAt()) + " with toolkit engine "
                        + m.engineVersion() + ", content pack " + m.contentPackId() + " " + m.contentPackVersion()
                        + ", report format " + m.schemaVersion() + ".");
    }

    static String capitalised(Enum<?> value) {
        String lower = Wording.lower(value);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** "n thing" or "n things". */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
