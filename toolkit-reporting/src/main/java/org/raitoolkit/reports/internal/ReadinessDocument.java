package org.raitoolkit.reports.internal;

import org.raitoolkit.reports.spi.Wording;
import org.raitoolkit.reports.spi.Doc;
import static org.raitoolkit.reports.spi.Doc.code;
import static org.raitoolkit.reports.spi.Doc.line;
import static org.raitoolkit.reports.spi.Doc.muted;
import static org.raitoolkit.reports.spi.Doc.strong;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.DimensionResult;
import org.raitoolkit.model.Priority;
import org.raitoolkit.model.ReadinessBand;
import org.raitoolkit.model.ReadinessGap;
import org.raitoolkit.model.ReadinessResult;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.RoadmapAction;
import org.raitoolkit.model.RoadmapPhase;
import org.raitoolkit.reports.ReadinessReport;
import org.raitoolkit.reports.spi.Doc.Inline;

/** Composes the readiness report and its five briefs. */
final class ReadinessDocument {

    private final ContentPack content;
    private final ReadinessReport report;
    private final ReadinessResult result;

    ReadinessDocument(ContentPack content, ReadinessReport report) {
        this.content = content;
        this.report = report;
        this.result = report.result();
    }

    Doc.Document build(Audience audience) {
        Blocks b = new Blocks();
        b.intro("readiness", audience);
        if (audience == null) {
            summary(b, result.recommendations());
            record(b);
            dimensions(b, true);
            overallReasons(b);
            gaps(b, result.gaps());
            roadmap(b, a -> true);
            b.h2("Recommendations", "recommendations");
            b.recommendations(result.recommendations(), content, true);
            b.audit(report.metadata(), result.firedRules());
        } else if (audience == Audience.PUBLIC) {
            forPublic(b);
        } else {
            List<Recommendation> recs = switch (audience) {
                case LEADERSHIP -> filter(r -> r.audience() == Audience.LEADERSHIP
                        || r.priority() == Priority.CRITICAL || r.priority() == Priority.HIGH);
                default -> filter(r -> r.audience() == audience);
            };
            summary(b, recs);
            record(b);
            switch (audience) {
                case LEADERSHIP -> {
                    dimensions(b, false);
                    overallReasons(b);
                    roadmap(b, a -> true);
                }
                case TECHNICAL -> {
                    dimensions(b, false);
                    gaps(b, result.gaps());
                    roadmap(b, a -> a.owner() == Audience.TECHNICAL);
                }
                case LEGAL_OVERSIGHT -> {
                    dimensions(b, true);
                    overallReasons(b);
                    gaps(b, result.gaps());
                    roadmap(b, a -> a.owner() == Audience.LEGAL_OVERSIGHT);
                }
                case PROCUREMENT -> {
                    dimensions(b, false);
                    Set<String> dims = procurementDimensions();
                    gaps(b, result.gaps().stream().filter(g -> dims.contains(g.dimensionId())).toList());
                    roadmap(b, a -> a.owner() == Audience.PROCUREMENT);
                }
                default -> {
                }
            }
            b.h2("Recommendations for this audience", "recommendations");
            b.recommendations(recs, content, audience != Audience.LEADERSHIP);
            if (audience == Audience.LEGAL_OVERSIGHT) {
                b.audit(report.metadata(), result.firedRules());
            }
        }
        return new Doc.Document("Organisational readiness: " + RiskDocument.oneLine(result.agency()),
                Briefs.subtitle("readiness", audience), b.list());
    }

    private void summary(Blocks b, List<Recommendation> forAudience) {
        b.h2("Summary", "summary");
        b.p("This report assesses how ready ", strong(result.agency()), " is to use artificial intelligence responsibly,"
                + " across " + Blocks.count(result.dimensions().size(), "dimension", "dimensions") + ".");
        b.p("Overall level: ", Tones.badge(result.overallLevel()), " (mean score " + Numbers.oneDecimal(result.meanScore())
                + " out of 100). A weak dimension caps the overall level, however strong the others are.");
        if (!result.dimensions().isEmpty()) {
            DimensionResult weakest = result.dimensions().stream().min(Comparator.comparingDouble(DimensionResult::score)
                    .thenComparing(d -> d.level().ordinal())).orElseThrow();
            DimensionResult strongest = result.dimensions().stream().max(Comparator.comparingDouble(DimensionResult::score))
                    .orElseThrow();
            b.p("Strongest dimension: ", strong(strongest.name()), " (" + Numbers.oneDecimal(strongest.score()) + ", ",
                    Tones.badge(strongest.level()), "). Weakest: ", strong(weakest.name()),
                    " (" + Numbers.oneDecimal(weakest.score()) + ", ", Tones.badge(weakest.level()), ").");
        }
        long critical = result.gaps().stream().filter(ReadinessGap::critical).count();
        long unknown = result.dimensions().stream().mapToInt(DimensionResult::unknownAnswers).sum();
        b.p(Blocks.count(result.gaps().size(), "answer is", "answers are") + " below established (" + critical
                + " on critical questions); " + Blocks.count(unknown, "answer was", "answers were") + " not known.");
        RoadmapPhase phase = result.roadmapPhase();
        b.p("Roadmap: the agency is in phase " + phase.number() + ", ", strong(phase.name()), ".");
        List<List<Inline>> actions = new ArrayList<>();
        Blocks.top(forAudience.isEmpty() ? result.recommendations() : forAudience, r -> true, 3)
                .forEach(r -> actions.add(line(strong(r.title()), " ", muted("(" + Wording.lower(r.priority()) + " priority)"))));
        for (RoadmapAction a : result.nextActions()) {
            if (actions.size() >= 3) {
                break;
            }
            actions.add(line(a.text(), " ", muted("(roadmap, " + Wording.lower(a.owner()) + ")")));
        }
        if (!actions.isEmpty()) {
            b.p(actions.size() == 1 ? "The most urgent action:" : "The " + actions.size() + " most urgent actions:");
            b.numbered(actions);
        }
    }

    private void record(Blocks b) {
        new RecordSection(report.input().assessment(), report.metadata(), null,
                id -> result.recommendations().stream().filter(r -> r.id().equals(id)).map(Recommendation::title).findFirst())
                .addTo(b);
    }

    private void overallReasons(Blocks b) {
        b.h2("How the overall level was reached", "overall");
        b.reasons(result.overallReasons());
    }

    private void dimensions(Blocks b, boolean withReasons) {
        b.h2("Readiness by dimension", "dimensions");
        chart(b);
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (DimensionResult d : result.dimensions()) {
            rows.add(List.of(line(strong(d.name()), " ", code(d.dimensionId())), line(Numbers.oneDecimal(d.score())),
                    line(Tones.badge(d.level())), line(String.valueOf(d.unknownAnswers()))));
        }
        b.add(new Doc.Table(List.of("Dimension", "Score", "Level", "Unknown answers"), rows,
                List.of(false, true, false, true), ""));
        if (withReasons) {
            b.h3("How each dimension was scored");
            List<List<Inline>> reasons = new ArrayList<>();
            result.dimensions().forEach(d -> d.reasons().forEach(r -> reasons.add(Blocks.reason(r))));
            b.bullets(reasons);
            engagements(b);
        }
    }

    /** What each dimension engages in the instruments an agency answers to, when the pack maps it. */
    private void engagements(Blocks b) {
        if (result.dimensions().stream().allMatch(d -> content.engages(d.dimensionId()).isEmpty())) {
            return;
        }
        b.h3("What each dimension engages");
        b.p("Provisions of laws, conventions and voluntary frameworks that bear on each dimension: pointers for"
                + " the reader, not legal advice.");
        for (DimensionResult d : result.dimensions()) {
            Blocks group = new Blocks();
            group.h4(d.name());
            Engagements.paragraph(group, content, d.dimensionId(), "dimension");
            b.add(new Doc.Group(group.list()));
        }
    }

    private void chart(Blocks b) {
        List<BarChartSvg.Bar> bars = new ArrayList<>();
        for (DimensionResult d : result.dimensions()) {
            bars.add(new BarChartSvg.Bar(d.name(), d.score(), Numbers.oneDecimal(d.score()) + " · " + Wording.word(d.level()),
                    Tones.of(d.level())));
        }
        List<BarChartSvg.Band> bands = content.scoring().readinessBands().stream()
                .sorted(Comparator.comparingInt(ReadinessBand::minPercent))
                .map(band -> new BarChartSvg.Band(band.minPercent(), Wording.word(band.level())))
                .toList();
        String thresholds = String.join(", ", bands.stream().filter(x -> x.percent() > 0)
                .map(x -> x.name() + " from " + x.percent()).toList());
        String svg = BarChartSvg.render("Readiness score by dimension, 0 to 100", "rd", bars, bands);
        b.add(new Doc.Figure(svg, "Scores from 0 to 100; dashed lines mark where each level begins (" + thresholds
                + "). A critical answer can cap a dimension below the level of its score.", List.of(textChart(bars))));
    }

    private static Doc.Table textChart(List<BarChartSvg.Bar> bars) {
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (BarChartSvg.Bar bar : bars) {
            int filled = (int) Math.round(Math.max(0, Math.min(100, bar.value())) / 5.0);
            rows.add(List.of(line(bar.label()), line("█".repeat(filled) + "░".repeat(20 - filled)), line(bar.valueText())));
        }
        return new Doc.Table(List.of("Dimension", "0 – 100", "Score · level"), rows, List.of(false, false, false), "");
    }

    private void gaps(Blocks b, List<ReadinessGap> gaps) {
        b.h2("Gaps", "gaps");
        if (gaps.isEmpty()) {
            b.p(muted("No answer below established."));
            return;
        }
        b.p("Answers below established, and answers not known, lowest first. Critical questions can cap their dimension.");
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (ReadinessGap g : gaps) {
            String dimension = content.dimension(g.dimensionId()).map(d -> d.name()).orElse(g.dimensionId());
            rows.add(List.of(line(g.text(), " ", code(g.questionId())), line(dimension),
                    line(new Doc.Badge(Wording.word(g.answer()), g.answer().points() <= 1 ? Doc.Tone.RED : Doc.Tone.AMBER)),
                    line(g.critical() ? strong("critical") : muted("no"))));
        }
        b.add(Doc.table(List.of("Question", "Dimension", "Answer", "Critical"), rows));
    }

    private void roadmap(Blocks b, Predicate<RoadmapAction> filter) {
        RoadmapPhase phase = result.roadmapPhase();
        b.h2("Roadmap: phase " + phase.number() + ", " + phase.name(), "roadmap");
        b.p(strong("Goal of this phase: "), phase.goal());
        List<RoadmapAction> actions = result.nextActions().stream().filter(filter).toList();
        if (actions.isEmpty()) {
            b.p(muted("No next roadmap action falls to this audience."));
            return;
        }
        b.p(strong("Next actions:"));
        b.numbered(actions.stream().map(a -> line(a.text(), " ", muted("Owner: " + Wording.word(a.owner())), " ", code(a.id())))
                .toList());
    }

    private void forPublic(Blocks b) {
        b.h2("Summary", "summary");
        b.p(strong(result.agency()), " has assessed how ready it is to use artificial intelligence responsibly. Its overall"
                + " level is ", Tones.badge(result.overallLevel()), " on a scale of beginning, developing, established"
                + " and advanced.");
        RoadmapPhase phase = result.roadmapPhase();
        b.p("The agency is in phase " + phase.number() + " of its roadmap, ", strong(phase.name()), ". ", phase.goal());
        b.h2("Readiness by area", "dimensions");
        chart(b);
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (DimensionResult d : result.dimensions()) {
            rows.add(List.of(line(d.name()), line(Tones.badge(d.level()))));
        }
        b.add(Doc.table(List.of("Area", "Level"), rows));
        List<Recommendation> forPublic = filter(r -> r.audience() == Audience.PUBLIC);
        if (!forPublic.isEmpty()) {
            b.h2("What the agency should tell the public", "recommendations");
            b.bullets(forPublic.stream().map(Blocks::brief).toList());
        }
    }

    private List<Recommendation> filter(Predicate<Recommendation> test) {
        return result.recommendations().stream().filter(test).toList();
    }

    /** Dimensions that the content's roadmap gives procurement actions for. */
    private Set<String> procurementDimensions() {
        Set<String> ids = new LinkedHashSet<>();
        content.roadmap().forEach(phase -> phase.actions().stream()
                .filter(a -> a.owner() == Audience.PROCUREMENT)
                .forEach(a -> ids.addAll(a.dimensions())));
        return ids;
    }
}
