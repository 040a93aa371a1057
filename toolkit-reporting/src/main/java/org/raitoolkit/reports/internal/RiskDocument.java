package org.raitoolkit.reports.internal;

import org.raitoolkit.reports.spi.Wording;
import org.raitoolkit.reports.spi.Doc;
import static org.raitoolkit.reports.spi.Doc.code;
import static org.raitoolkit.reports.spi.Doc.line;
import static org.raitoolkit.reports.spi.Doc.muted;
import static org.raitoolkit.reports.spi.Doc.strong;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.MitigationCap;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.Principle;
import org.raitoolkit.model.PrincipleResult;
import org.raitoolkit.model.Priority;
import org.raitoolkit.model.ProfileFact;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.reports.spi.Doc.Inline;

/** Composes the risk report and its five briefs. */
final class RiskDocument {

    private final ContentPack content;
    private final RiskReport report;
    private final RiskResult result;
    private final SystemProfile system;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    RiskDocument(ContentPack content, RiskReport report) {
        this.content = content;
        this.report = report;
        this.result = report.result();
        this.system = report.input().system();
        for (FactorResult f : result.factors()) {
            numbers.put(f.factorId(), numbers.size() + 1);
        }
    }

    Doc.Document build(Audience audience) {
        Blocks b = new Blocks();
        b.intro("risk", audience);
        if (audience == null) {
            full(b);
        } else {
            switch (audience) {
                case LEADERSHIP -> leadership(b);
                case TECHNICAL -> technical(b);
                case LEGAL_OVERSIGHT -> legal(b);
                case PROCUREMENT -> procurement(b);
                case PUBLIC -> forPublic(b);
            }
        }
        return new Doc.Document("AI risk assessment: " + oneLine(system.name()), Briefs.subtitle("risk", audience), b.list());
    }

    // ---------------------------------------------------------------- report variants

    private void full(Blocks b) {
        summary(b, result.recommendations());
        record(b);
        decision(b, true);
        heatMap(b, true);
        principles(b, true);
        profile(b);
        factors(b, result.factors(), true);
        b.h2("Recommendations", "recommendations");
        b.recommendations(result.recommendations(), content, true);
        findings(b);
        b.audit(report.metadata(), result.firedRules());
    }

    private void leadership(Blocks b) {
        List<Recommendation> recs = filter(r -> r.audience() == Audience.LEADERSHIP
                || r.priority() == Priority.CRITICAL || r.priority() == Priority.HIGH);
        summary(b, recs);
        record(b);
        decision(b, true);
        principles(b, false);
        heatMap(b, true);
        b.h2("Recommendations for leadership, and every critical or high one", "recommendations");
        b.recommendations(recs, content, false);
    }

    private void technical(Blocks b) {
        List<Recommendation> recs = filter(r -> r.audience() == Audience.TECHNICAL);
        summary(b, recs);
        record(b);
        decision(b, false);
        heatMap(b, true);
        profile(b);
        factors(b, result.factors(), true);
        b.h2("Technical recommendations", "recommendations");
        b.recommendations(recs, content, true);
    }

    private void legal(Blocks b) {
        List<Recommendation> recs = filter(r -> r.audience() == Audience.LEGAL_OVERSIGHT);
        summary(b, recs);
        record(b);
        legalBasis(b);
        decision(b, true);
        findings(b);
        principles(b, true);
        factors(b, result.factors(), true);
        b.h2("Recommendations for legal advisers and oversight", "recommendations");
        b.recommendations(recs, content, true);
        b.audit(report.metadata(), result.firedRules());
    }

    private void procurement(Blocks b) {
        List<Recommendation> recs = filter(r -> r.audience() == Audience.PROCUREMENT || r.stage() == LifecycleStage.PROCUREMENT);
        summary(b, recs);
        record(b);
        decision(b, false);
        b.h2("Supplier", "supplier");
        b.p(switch (system.sourcing()) {
            case SUPPLIER -> "The system is bought from, or built by, an external supplier.";
            case IN_HOUSE -> "The system is built by the agency itself. Supplier-related factors apply only where"
                    + " bought-in data or components are used.";
        });
        Set<String> related = supplierRelatedFactors(recs);
        List<FactorResult> factors = result.factors().stream().filter(f -> related.contains(f.factorId())).toList();
        b.h2("Supplier-related risk factors", "factors");
        if (factors.isEmpty()) {
            b.p(muted("No applicable risk factor depends on a supplier or on bought-in data."));
        } else {
            b.p("These factors apply because the system or its data come from outside the agency, or because the"
                    + " recommended safeguards have to be written into the tender or contract.");
            factorTable(b, factors, true);
            factorReasons(b, factors, false);
        }
        b.h2("Procurement recommendations", "recommendations");
        b.recommendations(recs, content, true);
    }

    private void forPublic(Blocks b) {
        b.h2("Summary", "summary");
        b.p("This is a public summary of the assessment of ", strong(system.name()), ". The system uses ",
                Wording.area(system.applicationArea()), " and is at the ", Wording.stage(system.lifecycleStage()).toLowerCase(java.util.Locale.ROOT),
                " stage of its life.");
        b.p("Outcome: ", Tones.badge(result.decision()), " — ", Wording.decisionForPublic(result.decision()));
        b.p("Overall level of risk remaining: ", Tones.badge(result.overallLevel()), ". ", countSentence());
        long urgent = result.recommendations().stream()
                .filter(r -> r.priority() == Priority.CRITICAL || r.priority() == Priority.HIGH).count();
        b.p("The assessment asks for " + Blocks.count(result.recommendations().size(), "safeguard or action", "safeguards or actions")
                + "; " + urgent + " of them are urgent.");
        b.h2("Main concerns", "concerns");
        List<FactorResult> high = result.factors().stream().filter(f -> f.residualLevel().isAtLeast(RiskLevel.HIGH)).toList();
        if (high.isEmpty()) {
            b.p("No risk remained high once the safeguards in place were taken into account.");
        } else {
            b.p("These risks remained high or very high after the safeguards in place:");
            b.bullets(high.stream().map(f -> line(Tones.badge(f.residualLevel()), " ", f.title())).toList());
        }
        b.h2("How the system measures against each principle", "principles");
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (PrincipleResult p : result.principles()) {
            String meaning = content.principle(p.principleId()).map(Principle::meaning).orElse("");
            rows.add(List.of(line(strong(p.name())), line(meaning), line(Tones.badge(p.level()))));
        }
        b.add(Doc.table(List.of("Principle", "What it asks", "Risk level"), rows));
        b.h2("Risks by level", "levels");
        b.p("How many of the risks that apply to this system remain at each level once the safeguards in place are"
                + " taken into account.");
        List<List<List<Inline>>> counts = new ArrayList<>();
        for (RiskLevel level : List.of(RiskLevel.VERY_HIGH, RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW)) {
            long n = result.factors().stream().filter(f -> f.residualLevel() == level).count();
            counts.add(List.of(line(Tones.badge(level)), line(String.valueOf(n))));
        }
        b.add(new Doc.Table(List.of("Level", "Risks"), counts, List.of(false, true), ""));
        List<Recommendation> forPublic = filter(r -> r.audience() == Audience.PUBLIC);
        b.h2("What the agency should tell the public", "recommendations");
        if (forPublic.isEmpty()) {
            b.p(muted("The assessment made no recommendation addressed to the public."));
        } else {
            b.bullets(forPublic.stream().map(Blocks::brief).toList());
        }
    }

    // ---------------------------------------------------------------- sections

    private void summary(Blocks b, List<Recommendation> forAudience) {
        b.h2("Summary", "summary");
        b.p("This report assesses ", strong(system.name()), ", a system for ", Wording.area(system.applicationArea()),
                ", at the ", Wording.stage(system.lifecycleStage()).toLowerCase(java.util.Locale.ROOT), " stage.");
        b.p("Decision: ", Tones.badge(result.decision()), " — ", Wording.decisionMeaning(result.decision()));
        b.p("Overall residual risk: ", Tones.badge(result.overallLevel()), ". ", countSentence());
        List<Recommendation> top = Blocks.top(forAudience.isEmpty() ? result.recommendations() : forAudience, r -> true, 3);
        if (top.isEmpty()) {
            b.p("No actions were recommended.");
        } else {
            b.p(top.size() == 1 ? "The most urgent action:" : "The " + top.size() + " most urgent actions:");
            b.numbered(top.stream().map(r -> line(strong(r.title()), " ",
                    muted("(" + Wording.lower(r.priority()) + " priority, " + Wording.stage(r.stage()).toLowerCase(java.util.Locale.ROOT)
                            + " stage)"))).toList());
        }
    }

    /** The assessment record, with the agency's decision beside the toolkit's and conditions named by recommendation. */
    private void record(Blocks b) {
        new RecordSection(report.input().assessment(), report.metadata(), result.decision(),
                id -> result.recommendations().stream().filter(r -> r.id().equals(id)).map(Recommendation::title).findFirst())
                .addTo(b);
    }

    private String countSentence() {
        Map<RiskLevel, Integer> counts = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            counts.put(level, 0);
        }
        result.factors().forEach(f -> counts.merge(f.residualLevel(), 1, Integer::sum));
        int n = result.factors().size();
        if (n == 0) {
            return "No risk factor applies to this system.";
        }
        return "Of the " + Blocks.count(n, "risk factor", "risk factors") + " that apply, "
                + counts.get(RiskLevel.VERY_HIGH) + " " + (counts.get(RiskLevel.VERY_HIGH) == 1 ? "is" : "are") + " very high, "
                + counts.get(RiskLevel.HIGH) + " high, " + counts.get(RiskLevel.MEDIUM) + " medium and "
                + counts.get(RiskLevel.LOW) + " low after the mitigations in place.";
    }

    private void decision(Blocks b, boolean withReasons) {
        b.h2("Decision", "decision");
        b.p(Tones.badge(result.decision()), " — ", Wording.decisionMeaning(result.decision()));
        if (withReasons) {
            b.p(strong("Why:"));
            b.reasons(result.decisionReasons());
        }
    }

    private void profile(Blocks b) {
        b.h2("The system", "system");
        List<List<List<Inline>>> rows = new ArrayList<>();
        rows.add(row("Name", line(system.name())));
        rows.add(row("Purpose", line(system.purpose())));
        rows.add(row("Application area", line(Wording.area(system.applicationArea()) + " ", code(system.applicationArea().name()))));
        rows.add(row("Life-cycle stage", line(Wording.stage(system.lifecycleStage()))));
        rows.add(row("Legal basis", line(Wording.legalBasis(system.legalBasis()) + " ", code(system.legalBasis().name()))));
        rows.add(row("Built by", line(switch (system.sourcing()) {
            case SUPPLIER -> "an external supplier";
            case IN_HOUSE -> "the agency";
        })));
        List<String> facts = new ArrayList<>();
        for (ProfileFact fact : system.facts()) {
            if (fact != ProfileFact.SUPPLIER_BUILT && fact != ProfileFact.BUILT_IN_HOUSE
                    && fact != ProfileFact.LEGAL_BASIS_NOT_CONFIRMED) {
                facts.add(Wording.lower(fact));
            }
        }
        rows.add(row("Facts that hold", line(facts.isEmpty() ? "none" : String.join("; ", facts))));
        List<String> sources = Wording.sorted(system.dataSources()).stream().map(Wording::dataSource).toList();
        rows.add(row("Data sources", line(sources.isEmpty() ? "none given" : String.join("; ", sources))));
        if (report.input().organisationalReadiness() != null) {
            rows.add(row("Agency readiness", line(Tones.badge(report.input().organisationalReadiness()))));
        }
        b.add(new Doc.Table(List.of("Item", "Value"), rows, List.of(false, false), "facts"));
        if (!system.attributes().isEmpty()) {
            b.h3("Further attributes");
            List<List<List<Inline>>> attrs = new ArrayList<>();
            system.attributes().forEach((k, v) -> attrs.add(List.of(line(code(k)), line(v))));
            b.add(new Doc.Table(List.of("Attribute", "Value"), attrs, List.of(false, false), "facts"));
        }
    }

    private void legalBasis(Blocks b) {
        b.h2("Legal basis and legally relevant facts", "legal-basis");
        b.p("Legal basis for this use: ", strong(Wording.legalBasis(system.legalBasis())), " ", code(system.legalBasis().name()), ".");
        b.p("Purpose as recorded: ", system.purpose());
        List<List<List<Inline>>> rows = new ArrayList<>();
        rows.add(row("Processes biometric data", yesNo(system.processesBiometricData())));
        rows.add(row("Processes personal data", yesNo(system.processesPersonalData())));
        rows.add(row("Real time", yesNo(system.realTime())));
        rows.add(row("Publicly accessible space", yesNo(system.publiclyAccessibleSpace())));
        rows.add(row("Affects children or other vulnerable groups", yesNo(system.affectsVulnerableGroups())));
        rows.add(row("Predictions about individuals", yesNo(system.individualLevelPredictions())));
        rows.add(row("Automated decision with legal or similar effect", yesNo(system.automatedDecisionWithLegalEffect())));
        rows.add(row("Human review of outputs", yesNo(system.humanReviewOfOutputs())));
        rows.add(row("Matches against a watchlist, hot list or other reference list", yesNo(system.matchesAgainstReferenceList())));
        rows.add(row("Infers emotion, intent or behaviour", yesNo(system.infersStateOrIntent())));
        rows.add(row("Shares with partners or other countries", yesNo(system.sharesWithPartnersOrAbroad())));
        rows.add(row("Judges whether evidence is genuine", yesNo(system.authenticatesEvidence())));
        rows.add(row("Used about assemblies or online expression", yesNo(system.observesAssemblyOrExpression())));
        b.add(new Doc.Table(List.of("Fact", "Recorded"), rows, List.of(false, false), "facts"));
    }

    private void principles(Blocks b, boolean withReasons) {
        b.h2("Levels per principle", "principles");
        b.p("A principle's level is the highest residual level among the factors that threaten it; a high risk is"
                + " never averaged away.");
        b.h3("Core principles");
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (PrincipleResult p : result.principles()) {
            List<String> through = p.factors().stream().map(content::principleName).toList();
            rows.add(List.of(line(strong(p.name()), " ", code(p.principleId())), line(Tones.badge(p.level())),
                    line(through.isEmpty() ? "no applicable factor" : String.join(", ", through))));
        }
        b.add(Doc.table(List.of("Principle", "Level", "Set by"), rows));
        b.h3("Instrumental principles");
        List<List<List<Inline>>> inst = new ArrayList<>();
        for (PrincipleResult p : result.instrumentalPrinciples()) {
            String core = content.coreOf(p.principleId()).map(Principle::name).orElse("");
            List<Inline> factors = new ArrayList<>();
            for (String f : p.factors()) {
                if (!factors.isEmpty()) {
                    factors.add(Doc.text(", "));
                }
                factors.add(code(f));
            }
            if (factors.isEmpty()) {
                factors.add(muted("no applicable factor"));
            }
            inst.add(List.of(line(core), line(p.name(), " ", code(p.principleId())), line(Tones.badge(p.level())), factors));
        }
        b.add(Doc.table(List.of("Core principle", "Instrumental principle", "Level", "Factors at that level"), inst));
        if (withReasons) {
            b.p(strong("How the core levels were set:"));
            List<List<Inline>> reasons = new ArrayList<>();
            result.principles().forEach(p -> p.reasons().forEach(r -> reasons.add(Blocks.reason(r))));
            b.bullets(reasons);
        }
    }

    private void heatMap(Blocks b, boolean withIds) {
        b.h2("Heat map: likelihood × severity", "heat-map");
        b.p("Every risk factor appears by its number at its residual position, after the mitigations in place. Where"
                + " mitigation moved it, its position before mitigation is shown too: a dashed ring in the chart, the"
                + " number in brackets in a text table.");
        List<HeatMapSvg.Point> points = new ArrayList<>();
        for (FactorResult f : result.factors()) {
            points.add(new HeatMapSvg.Point(numbers.get(f.factorId()), f.title(), f.likelihood(), f.severity(),
                    f.residualLikelihood(), f.residualSeverity()));
        }
        String svg = HeatMapSvg.render(points, content.scoring(), "Likelihood by severity heat map of "
                + result.factors().size() + " risk factors");
        b.add(new Doc.Figure(svg, "Rows: likelihood 1 (rare) to 5 (almost certain). Columns: severity 1 (minimal) to"
                + " 5 (critical). Each cell shows its score and level.", List.of(textHeatMap())));
        b.h3("Legend");
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (FactorResult f : result.factors()) {
            List<Inline> factor = withIds ? line(f.title(), " ", code(f.factorId())) : line(f.title());
            rows.add(List.of(line(String.valueOf(numbers.get(f.factorId()))), factor,
                    line(Tones.badge(f.inherentLevel())), line(Tones.badge(f.residualLevel()))));
        }
        b.add(new Doc.Table(List.of("#", "Risk factor", "Before mitigation", "Residual"), rows,
                List.of(true, false, false, false), ""));
    }

    /** The heat map as a text table for Markdown: residual numbers, and inherent ones in brackets. */
    private Doc.Table textHeatMap() {
        List<String> headers = new ArrayList<>();
        headers.add("Likelihood / severity");
        for (var s : org.raitoolkit.model.Severity.values()) {
            headers.add(s.value() + " " + Wording.word(s));
        }
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (int l = 5; l >= 1; l--) {
            List<List<Inline>> row = new ArrayList<>();
            row.add(line(strong(l + " " + Wording.word(org.raitoolkit.model.Likelihood.values()[l - 1]))));
            for (int s = 1; s <= 5; s++) {
                List<String> residual = new ArrayList<>();
                List<String> inherent = new ArrayList<>();
                for (FactorResult f : result.factors()) {
                    String n = String.valueOf(numbers.get(f.factorId()));
                    if (f.residualLikelihood().value() == l && f.residualSeverity().value() == s) {
                        residual.add(n);
                    }
                    boolean moved = f.likelihood() != f.residualLikelihood() || f.severity() != f.residualSeverity();
                    if (moved && f.likelihood().value() == l && f.severity().value() == s) {
                        inherent.add("(" + n + ")");
                    }
                }
                RiskLevel level = content.scoring().riskLevel(l * s);
                String cell = Wording.word(level) + ": " + (residual.isEmpty() && inherent.isEmpty() ? "–"
                        : String.join(" ", residual) + (inherent.isEmpty() ? "" : " " + String.join(" ", inherent)));
                row.add(line(cell.strip()));
            }
            rows.add(row);
        }
        List<Boolean> numeric = new ArrayList<>();
        headers.forEach(h -> numeric.add(false));
        return new Doc.Table(headers, rows, numeric, "");
    }

    private void factors(Blocks b, List<FactorResult> factors, boolean withReasons) {
        b.h2("Risk factors", "factors");
        factorTable(b, factors, true);
        if (withReasons) {
            factorReasons(b, factors, true);
        }
    }

    private void factorTable(Blocks b, List<FactorResult> factors, boolean withMitigations) {
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (FactorResult f : factors) {
            List<Inline> mitigations = new ArrayList<>();
            for (String m : f.mitigationsApplied()) {
                if (!mitigations.isEmpty()) {
                    mitigations.add(Doc.text("; "));
                }
                mitigations.add(Doc.text(mitigationTitle(f.factorId(), m) + " "));
                mitigations.add(code(m));
            }
            if (mitigations.isEmpty()) {
                mitigations.add(muted("none in place"));
            }
            List<List<Inline>> row = new ArrayList<>();
            row.add(line(String.valueOf(numbers.get(f.factorId()))));
            row.add(line(strong(f.title()), " ", code(f.factorId())));
            row.add(line(Tones.badge(f.inherentLevel()), " ",
                    muted(Wording.word(f.likelihood()) + " × " + Wording.word(f.severity()) + " = " + f.likelihood().value() * f.severity().value())));
            if (withMitigations) {
                row.add(mitigations);
            }
            row.add(line(Tones.badge(f.residualLevel()), " ",
                    muted(Wording.word(f.residualLikelihood()) + " × " + Wording.word(f.residualSeverity()) + " = "
                            + f.residualLikelihood().value() * f.residualSeverity().value())));
            rows.add(row);
        }
        List<String> headers = withMitigations
                ? List.of("#", "Risk factor", "Inherent", "Mitigations in place", "Residual")
                : List.of("#", "Risk factor", "Inherent", "Residual");
        List<Boolean> numeric = new ArrayList<>();
        headers.forEach(h -> numeric.add(false));
        numeric.set(0, true);
        b.add(new Doc.Table(headers, rows, numeric, ""));
    }

    private void factorReasons(Blocks b, List<FactorResult> factors, boolean withRationale) {
        b.h3("Why each factor has its level");
        for (FactorResult f : factors) {
            Blocks group = new Blocks();
            group.h4(numbers.get(f.factorId()) + ". " + f.title());
            FactorRating rating = report.input().ratings().get(f.factorId());
            if (withRationale && rating != null && rating.rationale() != null && !rating.rationale().isBlank()) {
                group.p(strong("Assessor's rationale: "), rating.rationale());
            }
            Engagements.paragraph(group, content, f.factorId(), "factor");
            group.reasons(f.reasons());
            // After the reasons, behind a paragraph of its own: two lists in a row would run together in Markdown.
            mitigations(group, f);
            b.add(new Doc.Group(group.list()));
        }
    }

    /**
     * Every mitigation reported for the factor with its status and evidence, and whether it
     * counted: a planned measure lowers nothing, and the policy caps what the others take off.
     */
    private void mitigations(Blocks b, FactorResult f) {
        if (f.mitigations().isEmpty()) {
            b.p(strong("Mitigations reported: "), muted("none."));
            return;
        }
        b.p(strong("Mitigations reported:"));
        b.bullets(f.mitigations().stream().map(m -> mitigation(f.factorId(), m)).toList());
        if (f.reductionCapped()) {
            MitigationCap cap = content.scoring().mitigationCap();
            b.p(strong("Reduction capped. "), "The cap on mitigation bound: at most "
                    + Blocks.count(cap.likelihoodSteps(), "step", "steps") + " of likelihood and " + cap.severitySteps()
                    + " of severity in all, however many measures are in place.");
        }
    }

    /** "Title ID — status: S; evidence: E; counted or not", one mitigation as a list item. */
    private List<Inline> mitigation(String factorId, MitigationClaim m) {
        String title = mitigationTitle(factorId, m.id());
        boolean noEvidence = m.evidence() == null || m.evidence().isBlank();
        return line(title.isEmpty() ? "" : title + " ", code(m.id()), " — status: ", strong(Wording.mitigationStatus(m)),
                "; evidence: ", noEvidence ? muted("no reference given") : Doc.text(m.evidence()), "; ",
                m.lowersRisk() ? "counted: it lowers the rating" : "not counted: a planned measure does not lower the rating");
    }

    private void findings(Blocks b) {
        b.h2("Findings from additional rule sets", "findings");
        if (result.findings().isEmpty()) {
            b.p(muted("No additional rule set made a finding about this system."));
            return;
        }
        Map<String, Map<String, List<Finding>>> grouped = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            grouped.computeIfAbsent(f.ruleSet(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.kind(), k -> new ArrayList<>())
                    .add(f);
        }
        for (Map.Entry<String, Map<String, List<Finding>>> bySet : grouped.entrySet()) {
            for (Map.Entry<String, List<Finding>> byKind : bySet.getValue().entrySet()) {
                b.h3(bySet.getKey() + " · " + byKind.getKey());
                List<List<Inline>> items = new ArrayList<>();
                for (Finding f : byKind.getValue()) {
                    List<Inline> item = line(code(f.code()), " ", f.text());
                    if (f.reference() != null && !f.reference().isBlank()) {
                        item.add(muted(" (" + f.reference() + ")"));
                    }
                    if (!f.details().isEmpty()) {
                        item.add(muted(" · " + Wording.details(f.details())));
                    }
                    if (!f.citations().isEmpty()) {
                        item.add(muted(" · " + Wording.cites(f.citations())));
                    }
                    for (var r : f.reasons()) {
                        item.add(muted(" · " + r.text() + " [" + r.ruleId() + "]"));
                    }
                    items.add(item);
                }
                b.bullets(items);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private List<Recommendation> filter(Predicate<Recommendation> test) {
        return result.recommendations().stream().filter(test).toList();
    }

    /**
     * Factors that depend on a supplier or on bought-in data: those whose applicability names a
     * supplier or third-party data, and those a procurement recommendation was given for.
     */
    private Set<String> supplierRelatedFactors(List<Recommendation> procurementRecs) {
        Set<String> ids = new LinkedHashSet<>();
        for (FactorResult f : result.factors()) {
            content.riskFactor(f.factorId()).map(RiskFactor::appliesWhen).ifPresent(a -> {
                if (a.allOf().contains(ProfileFact.SUPPLIER_BUILT) || a.anyOf().contains(ProfileFact.SUPPLIER_BUILT)
                        || a.allOf().contains(ProfileFact.USES_THIRD_PARTY_DATA)
                        || a.anyOf().contains(ProfileFact.USES_THIRD_PARTY_DATA)
                        || a.allOf().contains(ProfileFact.USES_SCRAPED_DATA)
                        || a.anyOf().contains(ProfileFact.USES_SCRAPED_DATA)) {
                    ids.add(f.factorId());
                }
            });
        }
        for (Recommendation r : procurementRecs) {
            r.reasons().forEach(reason -> {
                String factor = reason.matched().get("factor");
                if (factor != null && numbers.containsKey(factor)) {
                    ids.add(factor);
                }
            });
        }
        return ids;
    }

    private String mitigationTitle(String factorId, String mitigationId) {
        return content.riskFactor(factorId).flatMap(f -> f.mitigation(mitigationId))
                .map(org.raitoolkit.model.Mitigation::title).orElse("");
    }

    private static List<List<Inline>> row(String label, List<Inline> value) {
        return List.of(line(label), value);
    }

    private static List<Inline> yesNo(boolean value) {
        return line(value ? "yes" : "no");
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
