package org.raitoolkit.reports.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.raitoolkit.model.ActionItem;
import org.raitoolkit.model.DimensionResult;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.PrincipleCompletion;
import org.raitoolkit.model.PrincipleResult;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.ReadinessGap;
import org.raitoolkit.model.ReadinessResult;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.RoadmapAction;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.model.WorkbookResult;
import org.raitoolkit.reports.ReadinessReport;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.ReportMetadata;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.reports.WorkbookReport;

/**
 * Builds the JSON report document field by field. The shape is written out here rather than
 * derived from the model records, so that a change to a record cannot silently change the
 * published format: the schemas in {@code org/raitoolkit/reports/schema} and the tests hold it.
 */
public final class JsonReports {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    // Two-space indent and "\n" whatever the platform, so that output is the same everywhere.
    private static final ObjectWriter WRITER = new ObjectMapper().writer(
            new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .with(new HtmlSafeEscapes());

    /**
     * Writes {@code < > & '} as Unicode escapes: the JSON means the same, and stays inert if a
     * consumer pastes it into an HTML page or a script block.
     */
    private static final class HtmlSafeEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    private JsonReports() {
    }

    /** The document as pretty-printed text, ending in a newline. */
    public static String write(JsonNode document) {
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as its JSON document. */
    public static ObjectNode toJson(Report report) {
        ObjectNode root = NODES.objectNode();
        root.put("kind", report.kind());
        header(root, report.metadata());
        if (report instanceof RiskReport r) {
            risk(root, r);
        } else if (report instanceof ReadinessReport r) {
            readiness(root, r);
        } else if (report instanceof WorkbookReport r) {
            workbook(root, r);
        } else {
            throw new IllegalArgumentException("unknown report kind " + report.kind());
        }
        return root;
    }

    private static void header(ObjectNode root, ReportMetadata m) {
        root.put("schemaVersion", m.schemaVersion());
        root.put("generatedAt", DateTimeFormatter.ISO_INSTANT.format(m.generatedAt()));
        ObjectNode engine = root.putObject("engine");
        engine.put("version", m.engineVersion());
        strings(engine.putArray("ruleSets"), m.ruleSets());
        engine.put("ruleSetHash", m.ruleSetHash());
        ObjectNode pack = root.putObject("contentPack");
        pack.put("id", m.contentPackId());
        pack.put("version", m.contentPackVersion());
    }

    // ---------------------------------------------------------------- risk

    private static void risk(ObjectNode root, RiskReport report) {
        root.set("input", riskInput(report.input()));
        RiskResult r = report.result();
        root.put("decision", r.decision().name());
        root.put("overallLevel", r.overallLevel().name());
        reasons(root.putArray("decisionReasons"), r.decisionReasons());
        ArrayNode principles = root.putArray("principles");
        r.principles().forEach(p -> principles.add(principle(p)));
        ArrayNode instrumental = root.putArray("instrumentalPrinciples");
        r.instrumentalPrinciples().forEach(p -> instrumental.add(principle(p)));
        ArrayNode factors = root.putArray("factors");
        r.factors().forEach(f -> factors.add(factor(f)));
        recommendations(root.putArray("recommendations"), r.recommendations());
        ArrayNode findings = root.putArray("findings");
        r.findings().forEach(f -> findings.add(finding(f)));
        euAiAct(root, r.findings());
        strings(root.putArray("firedRules"), r.firedRules());
    }

    /** The answers in the shape of a risk answer file, so that the input can be read back. */
    static ObjectNode riskInput(RiskAnswers answers) {
        ObjectNode input = NODES.objectNode();
        input.set("system", profile(answers.system()));
        ObjectNode ratings = input.putObject("ratings");
        answers.ratings().forEach((id, rating) -> ratings.set(id, rating(rating)));
        if (answers.organisationalReadiness() != null) {
            input.put("organisationalReadiness", answers.organisationalReadiness().name());
        }
        return input;
    }

    private static ObjectNode profile(SystemProfile p) {
        ObjectNode o = NODES.objectNode();
        o.put("name", p.name());
        o.put("purpose", p.purpose());
        o.put("applicationArea", p.applicationArea().name());
        o.put("lifecycleStage", p.lifecycleStage().name());
        o.put("legalBasis", p.legalBasis().name());
        o.put("processesBiometricData", p.processesBiometricData());
        o.put("processesPersonalData", p.processesPersonalData());
        o.put("realTime", p.realTime());
        o.put("publiclyAccessibleSpace", p.publiclyAccessibleSpace());
        o.put("affectsVulnerableGroups", p.affectsVulnerableGroups());
        o.put("individualLevelPredictions", p.individualLevelPredictions());
        o.put("automatedDecisionWithLegalEffect", p.automatedDecisionWithLegalEffect());
        o.put("humanReviewOfOutputs", p.humanReviewOfOutputs());
        o.put("sourcing", p.sourcing().name());
        ArrayNode sources = o.putArray("dataSources");
        Facts.sorted(p.dataSources()).forEach(s -> sources.add(s.name()));
        ObjectNode attributes = o.putObject("attributes");
        p.attributes().forEach(attributes::put);
        return o;
    }

    private static ObjectNode rating(FactorRating rating) {
        ObjectNode o = NODES.objectNode();
        o.put("likelihood", rating.likelihood().name());
        if (rating.severityCriteria() != null) {
            ObjectNode c = o.putObject("severity");
            c.put("scale", rating.severityCriteria().scale());
            c.put("scope", rating.severityCriteria().scope());
            c.put("irremediability", rating.severityCriteria().irremediability());
        } else if (rating.severity() != null) {
            o.put("severity", rating.severity().name());
        }
        strings(o.putArray("mitigations"), rating.mitigations());
        if (rating.rationale() != null) {
            o.put("rationale", rating.rationale());
        }
        return o;
    }

    private static ObjectNode principle(PrincipleResult p) {
        ObjectNode o = NODES.objectNode();
        o.put("id", p.principleId());
        o.put("name", p.name());
        o.put("level", p.level().name());
        strings(o.putArray("factors"), p.factors());
        reasons(o.putArray("reasons"), p.reasons());
        return o;
    }

    private static ObjectNode factor(FactorResult f) {
        ObjectNode o = NODES.objectNode();
        o.put("id", f.factorId());
        o.put("title", f.title());
        strings(o.putArray("principles"), f.principles());
        o.put("likelihood", f.likelihood().name());
        o.put("severity", f.severity().name());
        o.put("inherentScore", f.likelihood().value() * f.severity().value());
        o.put("inherentLevel", f.inherentLevel().name());
        strings(o.putArray("mitigationsApplied"), f.mitigationsApplied());
        o.put("residualLikelihood", f.residualLikelihood().name());
        o.put("residualSeverity", f.residualSeverity().name());
        o.put("residualScore", f.residualLikelihood().value() * f.residualSeverity().value());
        o.put("residualLevel", f.residualLevel().name());
        reasons(o.putArray("reasons"), f.reasons());
        return o;
    }

    /**
     * The EU AI Act findings, when the rule set ran, gathered as one object: the category and its
     * path, the obligations with their dates, the missing preconditions and the notice. The same
     * facts are in {@code findings}; this is the shape a reader of that overlay looks for.
     */
    private static void euAiAct(ObjectNode root, List<Finding> findings) {
        List<Finding> eu = findings.stream().filter(f -> "EU-AI-ACT".equals(f.ruleSet())).toList();
        if (eu.isEmpty()) {
            return;
        }
        ObjectNode o = root.putObject("euAiAct");
        eu.stream().filter(f -> f.kind().equals("CATEGORY")).findFirst().ifPresent(c -> {
            o.put("category", c.code());
            o.put("path", c.text());
            o.put("reference", c.reference());
        });
        ArrayNode obligations = o.putArray("obligations");
        ArrayNode missing = o.putArray("missingPreconditions");
        for (Finding f : eu) {
            ArrayNode target = f.kind().equals("OBLIGATION") ? obligations : f.kind().equals("MISSING_PRECONDITION") ? missing : null;
            if (target == null) {
                continue;
            }
            ObjectNode item = target.addObject().put("code", f.code()).put("text", f.text()).put("article", f.reference());
            for (String key : List.of("applicableFrom", "appliesOnAssessmentDate", "dateStatus")) {
                if (f.details().containsKey(key)) {
                    item.put(key, f.details().get(key));
                }
            }
        }
        eu.stream().filter(f -> f.kind().equals("NOTICE")).findFirst().ifPresent(n -> o.put("notice", n.text()));
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode o = NODES.objectNode();
        o.put("ruleSet", f.ruleSet());
        o.put("kind", f.kind());
        o.put("code", f.code());
        o.put("text", f.text());
        if (f.reference() == null) {
            o.putNull("reference");
        } else {
            o.put("reference", f.reference());
        }
        ObjectNode details = o.putObject("details");
        f.details().forEach(details::put);
        reasons(o.putArray("reasons"), f.reasons());
        return o;
    }

    // ---------------------------------------------------------------- readiness

    private static void readiness(ObjectNode root, ReadinessReport report) {
        ReadinessAnswers answers = report.input();
        ObjectNode input = root.putObject("input");
        input.put("agency", answers.agency());
        ObjectNode given = input.putObject("answers");
        answers.answers().forEach((id, level) -> given.put(id, level.name()));

        ReadinessResult r = report.result();
        root.put("agency", r.agency());
        root.put("overallLevel", r.overallLevel().name());
        root.put("meanScore", r.meanScore());
        reasons(root.putArray("overallReasons"), r.overallReasons());
        ArrayNode dimensions = root.putArray("dimensions");
        for (DimensionResult d : r.dimensions()) {
            ObjectNode o = dimensions.addObject();
            o.put("id", d.dimensionId());
            o.put("name", d.name());
            o.put("score", d.score());
            o.put("level", d.level().name());
            o.put("unknownAnswers", d.unknownAnswers());
            reasons(o.putArray("reasons"), d.reasons());
        }
        ArrayNode gaps = root.putArray("gaps");
        for (ReadinessGap g : r.gaps()) {
            ObjectNode o = gaps.addObject();
            o.put("questionId", g.questionId());
            o.put("dimensionId", g.dimensionId());
            o.put("text", g.text());
            o.put("answer", g.answer().name());
            o.put("critical", g.critical());
        }
        ObjectNode phase = root.putObject("roadmapPhase");
        phase.put("number", r.roadmapPhase().number());
        phase.put("id", r.roadmapPhase().id());
        phase.put("name", r.roadmapPhase().name());
        phase.put("goal", r.roadmapPhase().goal());
        ArrayNode actions = root.putArray("nextActions");
        for (RoadmapAction a : r.nextActions()) {
            ObjectNode o = actions.addObject();
            o.put("id", a.id());
            o.put("text", a.text());
            o.put("owner", a.owner().name());
            strings(o.putArray("dimensions"), a.dimensions());
        }
        recommendations(root.putArray("recommendations"), r.recommendations());
        strings(root.putArray("firedRules"), r.firedRules());
    }

    // ---------------------------------------------------------------- workbook

    private static void workbook(ObjectNode root, WorkbookReport report) {
        WorkbookAnswers answers = report.input();
        ObjectNode input = root.putObject("input");
        input.put("system", answers.system());
        ObjectNode given = input.putObject("answers");
        answers.answers().forEach((id, status) -> given.put(id, status.name()));

        WorkbookResult r = report.result();
        root.put("system", r.system());
        root.put("stage", r.stage().name());
        root.put("overallPercent", r.overallPercent());
        ArrayNode completion = root.putArray("completion");
        for (PrincipleCompletion c : r.completion()) {
            ObjectNode o = completion.addObject();
            o.put("principleId", c.principleId());
            o.put("done", c.done());
            o.put("partial", c.partial());
            o.put("notDone", c.notDone());
            o.put("notApplicable", c.notApplicable());
            o.put("percent", c.percent());
        }
        ArrayNode plan = root.putArray("actionPlan");
        for (ActionItem a : r.actionPlan()) {
            ObjectNode o = plan.addObject();
            o.put("itemId", a.itemId());
            o.put("principleId", a.principleId());
            o.put("text", a.text());
            o.put("status", a.status().name());
            o.put("relatedRisk", a.relatedRisk() == null ? null : a.relatedRisk().name());
            o.put("priority", a.priority().name());
            o.put("owner", a.owner().name());
            reasons(o.putArray("reasons"), a.reasons());
        }
        strings(root.putArray("firedRules"), r.firedRules());
    }

    // ---------------------------------------------------------------- shared parts

    private static void recommendations(ArrayNode array, List<Recommendation> recommendations) {
        for (Recommendation rec : recommendations) {
            ObjectNode o = array.addObject();
            o.put("id", rec.id());
            o.put("title", rec.title());
            o.put("text", rec.text());
            o.put("priority", rec.priority().name());
            o.put("principle", rec.principle());
            o.put("stage", rec.stage().name());
            o.put("audience", rec.audience().name());
            reasons(o.putArray("reasons"), rec.reasons());
        }
    }

    private static void reasons(ArrayNode array, List<Reason> reasons) {
        for (Reason reason : reasons) {
            ObjectNode o = array.addObject();
            o.put("ruleId", reason.ruleId());
            o.put("text", reason.text());
            ObjectNode matched = o.putObject("matched");
            for (Map.Entry<String, String> e : reason.matched().entrySet()) {
                matched.put(e.getKey(), e.getValue());
            }
        }
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }
}
