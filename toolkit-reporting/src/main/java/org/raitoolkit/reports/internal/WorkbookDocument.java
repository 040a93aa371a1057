package org.raitoolkit.reports.internal;

import org.raitoolkit.reports.spi.Wording;
import org.raitoolkit.reports.spi.Doc;
import static org.raitoolkit.reports.spi.Doc.code;
import static org.raitoolkit.reports.spi.Doc.line;
import static org.raitoolkit.reports.spi.Doc.muted;
import static org.raitoolkit.reports.spi.Doc.strong;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.raitoolkit.model.ActionItem;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.PrincipleCompletion;
import org.raitoolkit.model.Priority;
import org.raitoolkit.model.WorkbookResult;
import org.raitoolkit.reports.WorkbookReport;
import org.raitoolkit.reports.spi.Doc.Inline;

/** Composes the workbook report and its five briefs. */
final class WorkbookDocument {

    private final ContentPack content;
    private final WorkbookReport report;
    private final WorkbookResult result;

    WorkbookDocument(ContentPack content, WorkbookReport report) {
        this.content = content;
        this.report = report;
        this.result = report.result();
    }

    Doc.Document build(Audience audience) {
        Blocks b = new Blocks();
        b.intro("workbook", audience);
        List<ActionItem> plan = audience == null ? result.actionPlan() : result.actionPlan().stream()
                .filter(a -> a.owner() == audience || (audience == Audience.LEADERSHIP
                        && (a.priority() == Priority.CRITICAL || a.priority() == Priority.HIGH)))
                .toList();
        summary(b, audience == Audience.PUBLIC ? List.of() : plan);
        if (audience != Audience.PUBLIC) {
            record(b);
        }
        completion(b);
        if (audience != Audience.PUBLIC) {
            plan(b, plan);
            if (audience == null || audience == Audience.LEGAL_OVERSIGHT || audience == Audience.TECHNICAL) {
                reasons(b, plan);
            }
            if (audience == null || audience == Audience.LEGAL_OVERSIGHT) {
                b.audit(report.metadata(), result.firedRules());
            }
        }
        return new Doc.Document("Workbook review: " + RiskDocument.oneLine(result.system()),
                Briefs.subtitle("workbook", audience), b.list());
    }

    private void summary(Blocks b, List<ActionItem> plan) {
        b.h2("Summary", "summary");
        b.p("This review covers ", strong(result.system()), " at the "
                + Wording.stage(result.stage()).toLowerCase(Locale.ROOT) + " stage. ", strong(Numbers.oneDecimal(result.overallPercent())
                + "%"), " of the stage's applicable actions are done (a partly done action counts as half).");
        long urgent = result.actionPlan().stream()
                .filter(a -> a.priority() == Priority.CRITICAL || a.priority() == Priority.HIGH).count();
        b.p(Blocks.count(result.actionPlan().size(), "action is", "actions are") + " still open; " + urgent
                + " of them are of critical or high priority, because they serve principles under the system's highest risks.");
        List<ActionItem> top = plan.stream().limit(3).toList();
        if (!top.isEmpty()) {
            b.p(top.size() == 1 ? "The most urgent open action:" : "The " + top.size() + " most urgent open actions:");
            b.numbered(top.stream().map(a -> line(a.text(), " ", muted("(" + Wording.lower(a.priority()) + " priority, "
                    + Wording.lower(a.owner()) + ")"))).toList());
        }
    }

    /** The assessment record; a condition may name an open item of the plan, whose text then stands as its title. */
    private void record(Blocks b) {
        new RecordSection(report.input().assessment(), report.metadata(), null,
                id -> result.actionPlan().stream().filter(a -> a.itemId().equals(id)).map(ActionItem::text).findFirst())
                .addTo(b);
    }

    private void completion(Blocks b) {
        b.h2("Completion by principle", "completion");
        List<BarChartSvg.Bar> bars = new ArrayList<>();
        for (PrincipleCompletion c : result.completion()) {
            bars.add(new BarChartSvg.Bar(content.principleName(c.principleId()), c.percent(),
                    Numbers.oneDecimal(c.percent()) + "% done", Tones.ofPercent(c.percent())));
        }
        String svg = BarChartSvg.render("Workbook completion by instrumental principle, 0 to 100 percent", "wb", bars, List.of());
        List<List<List<Inline>>> text = new ArrayList<>();
        for (BarChartSvg.Bar bar : bars) {
            int filled = (int) Math.round(Math.max(0, Math.min(100, bar.value())) / 5.0);
            text.add(List.of(line(bar.label()), line("█".repeat(filled) + "░".repeat(20 - filled)), line(bar.valueText())));
        }
        b.add(new Doc.Figure(svg, "Share of each principle's applicable actions done, partly done actions counting half.",
                List.of(new Doc.Table(List.of("Principle", "0 – 100", "Done"), text, List.of(false, false, false), ""))));
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (PrincipleCompletion c : result.completion()) {
            rows.add(List.of(line(content.principleName(c.principleId()), " ", code(c.principleId())),
                    line(String.valueOf(c.done())), line(String.valueOf(c.partial())), line(String.valueOf(c.notDone())),
                    line(String.valueOf(c.notApplicable())), line(Numbers.oneDecimal(c.percent()) + "%")));
        }
        b.add(new Doc.Table(List.of("Principle", "Done", "Partly", "Not done", "Not applicable", "Complete"), rows,
                List.of(false, true, true, true, true, true), ""));
    }

    private void plan(Blocks b, List<ActionItem> plan) {
        b.h2("Action plan", "plan");
        if (plan.isEmpty()) {
            b.p(muted("No open action for this audience."));
            return;
        }
        b.p("Open actions, those tied to the system's highest risks first.");
        List<List<List<Inline>>> rows = new ArrayList<>();
        int n = 1;
        for (ActionItem a : plan) {
            rows.add(List.of(line(String.valueOf(n++)), line(Tones.badge(a.priority())), line(a.text(), " ", code(a.itemId())),
                    line(content.principleName(a.principleId())), line(Tones.badge(a.status())),
                    // No related risk: no applicable factor threatens the principle, or none was rated.
                    line(a.relatedRisk() == null ? new Doc.Badge("NONE RATED", Doc.Tone.GREY) : Tones.badge(a.relatedRisk())),
                    line(Wording.word(a.owner()))));
        }
        b.add(new Doc.Table(List.of("#", "Priority", "Action", "Principle", "Status", "Related risk", "Owner"), rows,
                List.of(true, false, false, false, false, false, false), ""));
    }

    private void reasons(Blocks b, List<ActionItem> plan) {
        if (plan.isEmpty()) {
            return;
        }
        b.h3("Why each action has its place");
        List<List<Inline>> items = new ArrayList<>();
        for (ActionItem a : plan) {
            for (var r : a.reasons()) {
                List<Inline> item = line(code(a.itemId()), " ");
                item.addAll(Blocks.reason(r));
                items.add(item);
            }
        }
        b.bullets(items);
    }
}
