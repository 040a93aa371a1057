package org.raitoolkit.reports.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
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
import org.raitoolkit.reports.JsonLayout;
import org.raitoolkit.reports.ReadinessReport;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.ReportMetadata;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.reports.WorkbookReport;

/**
 * Writes the JSON report document field by field. The shape is written out here rather than
 * derived from the model records, so that a change to a record cannot silently change the
 * published format: the schemas in {@code org/raitoolkit/reports/schema} and the tests hold it.
 *
 * <p>The document is streamed through a {@link JsonGenerator}: straight to UTF-8 bytes for files
 * and text, or into a token buffer when a caller wants a tree. One writer for both keeps the
 * text and the tree the same document; streaming skips building a tree of some thousand nodes
 * per report only to serialise it, which was a third of the time of rendering a report.
 *
 * <p>Field names and the text from the content pack and the rules, most of a report and the same
 * in every one, are written from bytes encoded once ({@link RecurringTexts}); user input is
 * written plainly ({@code given}), so that it does not fill that cache.
 */
public final class JsonReports {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    // Surrogate pairs (emoji, rare scripts) as one UTF-8 sequence, as text written through a
    // Writer and then encoded would have them, instead of a pair of \\u escapes.
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new HtmlSafeEscapes())
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    /**
     * Room for every field name, content pack text and rule sentence of a run with some to spare
     * (a batch of 10,000 systems meets about 2,000); the bound only matters if a rule put user
     * text into its sentences.
     */
    private static final RecurringTexts TEXTS = new RecurringTexts(FACTORY, 8192);

    // Two-space indent and "\n" whatever the platform, so that output is the same everywhere.
    private static final DefaultPrettyPrinter INDENTED = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /**
     * Writes {@code < > & '} as Unicode escapes: the JSON means the same, and stays inert if a
     * consumer pastes it into an HTML page or a script block.
     */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
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
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    private JsonReports() {
    }

    /** The report as UTF-8 text in {@code layout}, ending in a newline. */
    public static byte[] utf8(Report report, JsonLayout layout) {
        ReportBuffer bytes = ReportBuffer.take();
        try {
            try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
                if (layout == JsonLayout.INDENTED) {
                    // A new instance per document: the printer keeps the nesting depth.
                    g.setPrettyPrinter(INDENTED.createInstance());
                }
                document(g, report);
                g.writeRaw('\n');
            } catch (IOException e) {
                // Only a failing output stream throws here, and a byte buffer does not fail.
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        } finally {
            bytes.release();
        }
    }

    /** The report as its JSON document, a new tree. */
    public static ObjectNode toJson(Report report) {
        try (TokenBuffer tokens = new TokenBuffer(MAPPER, false)) {
            document(tokens, report);
            return MAPPER.readTree(tokens.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void document(JsonGenerator g, Report report) throws IOException {
        g.writeStartObject();
        recurring(g, "kind", report.kind());
        header(g, report.metadata());
        if (report instanceof RiskReport r) {
            risk(g, r);
        } else if (report instanceof ReadinessReport r) {
            readiness(g, r);
        } else if (report instanceof WorkbookReport r) {
            workbook(g, r);
        } else {
            throw new IllegalArgumentException("unknown report kind " + report.kind());
        }
        g.writeEndObject();
    }

    private static void header(JsonGenerator g, ReportMetadata m) throws IOException {
        recurring(g, "schemaVersion", m.schemaVersion());
        given(g, "generatedAt", DateTimeFormatter.ISO_INSTANT.format(m.generatedAt()));
        startObject(g, "engine");
        recurring(g, "version", m.engineVersion());
        strings(g, "ruleSets", m.ruleSets());
        recurring(g, "ruleSetHash", m.ruleSetHash());
        g.writeEndObject();
        startObject(g, "contentPack");
        recurring(g, "id", m.contentPackId());
        recurring(g, "version", m.contentPackVersion());
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- risk

    private static void risk(JsonGenerator g, RiskReport report) throws IOException {
        name(g, "input");
        riskInput(g, report.input());
        RiskResult r = report.result();
        recurring(g, "decision", r.decision().name());
        recurring(g, "overallLevel", r.overallLevel().name());
        reasons(g, "decisionReasons", r.decisionReasons());
        startArray(g, "principles");
        for (PrincipleResult p : r.principles()) {
            principle(g, p);
        }
        g.writeEndArray();
        startArray(g, "instrumentalPrinciples");
        for (PrincipleResult p : r.instrumentalPrinciples()) {
            principle(g, p);
        }
        g.writeEndArray();
        startArray(g, "factors");
        for (FactorResult f : r.factors()) {
            factor(g, f);
        }
        g.writeEndArray();
        recommendations(g, r.recommendations());
        startArray(g, "findings");
        for (Finding f : r.findings()) {
            finding(g, f);
        }
        g.writeEndArray();
        euAiAct(g, r.findings());
        strings(g, "firedRules", r.firedRules());
    }

    /** The answers in the shape of a risk answer file, so that the input can be read back. */
    private static void riskInput(JsonGenerator g, RiskAnswers answers) throws IOException {
        g.writeStartObject();
        name(g, "system");
        profile(g, answers.system());
        startObject(g, "ratings");
        for (Map.Entry<String, FactorRating> e : answers.ratings().entrySet()) {
            name(g, e.getKey());
            rating(g, e.getValue());
        }
        g.writeEndObject();
        if (answers.organisationalReadiness() != null) {
            recurring(g, "organisationalReadiness", answers.organisationalReadiness().name());
        }
        g.writeEndObject();
    }

    private static void profile(JsonGenerator g, SystemProfile p) throws IOException {
        g.writeStartObject();
        given(g, "name", p.name());
        given(g, "purpose", p.purpose());
        recurring(g, "applicationArea", p.applicationArea().name());
        recurring(g, "lifecycleStage", p.lifecycleStage().name());
        recurring(g, "legalBasis", p.legalBasis().name());
        name(g, "processesBiometricData");
        g.writeBoolean(p.processesBiometricData());
        name(g, "processesPersonalData");
        g.writeBoolean(p.processesPersonalData());
        name(g, "realTime");
        g.writeBoolean(p.realTime());
        name(g, "publiclyAccessibleSpace");
        g.writeBoolean(p.publiclyAccessibleSpace());
        name(g, "affectsVulnerableGroups");
        g.writeBoolean(p.affectsVulnerableGroups());
        name(g, "individualLevelPredictions");
        g.writeBoolean(p.individualLevelPredictions());
        name(g, "automatedDecisionWithLegalEffect");
        g.writeBoolean(p.automatedDecisionWithLegalEffect());
        name(g, "humanReviewOfOutputs");
        g.writeBoolean(p.humanReviewOfOutputs());
        recurring(g, "sourcing", p.sourcing().name());
        startArray(g, "dataSources");
        for (var source : Facts.sorted(p.dataSources())) {
            TEXTS.writeValue(g, source.name());
        }
        g.writeEndArray();
        inputMap(g, "attributes", p.attributes());
        g.writeEndObject();
    }

    private static void rating(JsonGenerator g, FactorRating rating) throws IOException {
        g.writeStartObject();
        recurring(g, "likelihood", rating.likelihood().name());
        if (rating.severityCriteria() != null) {
            startObject(g, "severity");
            name(g, "scale");
            g.writeNumber(rating.severityCriteria().scale());
            name(g, "scope");
            g.writeNumber(rating.severityCriteria().scope());
            name(g, "irremediability");
            g.writeNumber(rating.severityCriteria().irremediability());
            g.writeEndObject();
        } else if (rating.severity() != null) {
            recurring(g, "severity", rating.severity().name());
        }
        strings(g, "mitigations", rating.mitigations());
        if (rating.rationale() != null) {
            given(g, "rationale", rating.rationale());
        }
        g.writeEndObject();
    }

    private static void principle(JsonGenerator g, PrincipleResult p) throws IOException {
        g.writeStartObject();
        recurring(g, "id", p.principleId());
        given(g, "name", p.name());
        recurring(g, "level", p.level().name());
        strings(g, "factors", p.factors());
        reasons(g, "reasons", p.reasons());
        g.writeEndObject();
    }

    private static void factor(JsonGenerator g, FactorResult f) throws IOException {
        g.writeStartObject();
        recurring(g, "id", f.factorId());
        recurring(g, "title", f.title());
        strings(g, "principles", f.principles());
        recurring(g, "likelihood", f.likelihood().name());
        recurring(g, "severity", f.severity().name());
        name(g, "inherentScore");
        g.writeNumber(f.likelihood().value() * f.severity().value());
        recurring(g, "inherentLevel", f.inherentLevel().name());
        strings(g, "mitigationsApplied", f.mitigationsApplied());
        recurring(g, "residualLikelihood", f.residualLikelihood().name());
        recurring(g, "residualSeverity", f.residualSeverity().name());
        name(g, "residualScore");
        g.writeNumber(f.residualLikelihood().value() * f.residualSeverity().value());
        recurring(g, "residualLevel", f.residualLevel().name());
        reasons(g, "reasons", f.reasons());
        g.writeEndObject();
    }

    /**
     * The EU AI Act findings, when the rule set ran, gathered as one object: the category and its
     * path, the obligations with their dates, the missing preconditions and the notice. The same
     * facts are in {@code findings}; this is the shape a reader of that overlay looks for.
     */
    private static void euAiAct(JsonGenerator g, List<Finding> findings) throws IOException {
        List<Finding> eu = findings.stream().filter(f -> "EU-AI-ACT".equals(f.ruleSet())).toList();
        if (eu.isEmpty()) {
            return;
        }
        startObject(g, "euAiAct");
        Finding category = first(eu, "CATEGORY");
        if (category != null) {
            recurring(g, "category", category.code());
            recurring(g, "path", category.text());
            recurring(g, "reference", category.reference());
        }
        euAiActItems(g, "obligations", eu, "OBLIGATION");
        euAiActItems(g, "missingPreconditions", eu, "MISSING_PRECONDITION");
        Finding notice = first(eu, "NOTICE");
        if (notice != null) {
            recurring(g, "notice", notice.text());
        }
        g.writeEndObject();
    }

    private static Finding first(List<Finding> findings, String kind) {
        return findings.stream().filter(f -> f.kind().equals(kind)).findFirst().orElse(null);
    }

    private static void euAiActItems(JsonGenerator g, String field, List<Finding> eu, String kind) throws IOException {
        startArray(g, field);
        for (Finding f : eu) {
            if (!f.kind().equals(kind)) {
                continue;
            }
            g.writeStartObject();
            recurring(g, "code", f.code());
            recurring(g, "text", f.text());
            recurring(g, "article", f.reference());
            for (String key : List.of("applicableFrom", "appliesOnAssessmentDate", "dateStatus")) {
                if (f.details().containsKey(key)) {
                    recurring(g, key, f.details().get(key));
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        recurring(g, "ruleSet", f.ruleSet());
        recurring(g, "kind", f.kind());
        recurring(g, "code", f.code());
        recurring(g, "text", f.text());
        recurring(g, "reference", f.reference());
        stringMap(g, "details", f.details());
        reasons(g, "reasons", f.reasons());
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- readiness

    private static void readiness(JsonGenerator g, ReadinessReport report) throws IOException {
        ReadinessAnswers answers = report.input();
        startObject(g, "input");
        given(g, "agency", answers.agency());
        startObject(g, "answers");
        for (var e : answers.answers().entrySet()) {
            recurring(g, e.getKey(), e.getValue().name());
        }
        g.writeEndObject();
        g.writeEndObject();

        ReadinessResult r = report.result();
        given(g, "agency", r.agency());
        recurring(g, "overallLevel", r.overallLevel().name());
        name(g, "meanScore");
        g.writeNumber(r.meanScore());
        reasons(g, "overallReasons", r.overallReasons());
        startArray(g, "dimensions");
        for (DimensionResult d : r.dimensions()) {
            g.writeStartObject();
            recurring(g, "id", d.dimensionId());
            recurring(g, "name", d.name());
            name(g, "score");
            g.writeNumber(d.score());
            recurring(g, "level", d.level().name());
            name(g, "unknownAnswers");
            g.writeNumber(d.unknownAnswers());
            reasons(g, "reasons", d.reasons());
            g.writeEndObject();
        }
        g.writeEndArray();
        startArray(g, "gaps");
        for (ReadinessGap gap : r.gaps()) {
            g.writeStartObject();
            recurring(g, "questionId", gap.questionId());
            recurring(g, "dimensionId", gap.dimensionId());
            recurring(g, "text", gap.text());
            recurring(g, "answer", gap.answer().name());
            name(g, "critical");
            g.writeBoolean(gap.critical());
            g.writeEndObject();
        }
        g.writeEndArray();
        startObject(g, "roadmapPhase");
        name(g, "number");
        g.writeNumber(r.roadmapPhase().number());
        recurring(g, "id", r.roadmapPhase().id());
        recurring(g, "name", r.roadmapPhase().name());
        recurring(g, "goal", r.roadmapPhase().goal());
        g.writeEndObject();
        startArray(g, "nextActions");
        for (RoadmapAction a : r.nextActions()) {
            g.writeStartObject();
            recurring(g, "id", a.id());
            recurring(g, "text", a.text());
            recurring(g, "owner", a.owner().name());
            strings(g, "dimensions", a.dimensions());
            g.writeEndObject();
        }
        g.writeEndArray();
        recommendations(g, r.recommendations());
        strings(g, "firedRules", r.firedRules());
    }

    // ---------------------------------------------------------------- workbook

    private static void workbook(JsonGenerator g, WorkbookReport report) throws IOException {
        WorkbookAnswers answers = report.input();
        startObject(g, "input");
        given(g, "system", answers.system());
        startObject(g, "answers");
        for (var e : answers.answers().entrySet()) {
            recurring(g, e.getKey(), e.getValue().name());
        }
        g.writeEndObject();
        g.writeEndObject();

        WorkbookResult r = report.result();
        given(g, "system", r.system());
        recurring(g, "stage", r.stage().name());
        name(g, "overallPercent");
        g.writeNumber(r.overallPercent());
        startArray(g, "completion");
        for (PrincipleCompletion c : r.completion()) {
            g.writeStartObject();
            recurring(g, "principleId", c.principleId());
            name(g, "done");
            g.writeNumber(c.done());
            name(g, "partial");
            g.writeNumber(c.partial());
            name(g, "notDone");
            g.writeNumber(c.notDone());
            name(g, "notApplicable");
            g.writeNumber(c.notApplicable());
            name(g, "percent");
            g.writeNumber(c.percent());
            g.writeEndObject();
        }
        g.writeEndArray();
        startArray(g, "actionPlan");
        for (ActionItem a : r.actionPlan()) {
            g.writeStartObject();
            recurring(g, "itemId", a.itemId());
            recurring(g, "principleId", a.principleId());
            recurring(g, "text", a.text());
            recurring(g, "status", a.status().name());
            recurring(g, "relatedRisk", a.relatedRisk() == null ? null : a.relatedRisk().name());
            recurring(g, "priority", a.priority().name());
            recurring(g, "owner", a.owner().name());
            reasons(g, "reasons", a.reasons());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "firedRules", r.firedRules());
    }

    // ---------------------------------------------------------------- shared parts

    private static void recommendations(JsonGenerator g, List<Recommendation> recommendations) throws IOException {
        startArray(g, "recommendations");
        for (Recommendation rec : recommendations) {
            g.writeStartObject();
            recurring(g, "id", rec.id());
            recurring(g, "title", rec.title());
            recurring(g, "text", rec.text());
            recurring(g, "priority", rec.priority().name());
            recurring(g, "principle", rec.principle());
            recurring(g, "stage", rec.stage().name());
            recurring(g, "audience", rec.audience().name());
            reasons(g, "reasons", rec.reasons());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void reasons(JsonGenerator g, String field, List<Reason> reasons) throws IOException {
        startArray(g, field);
        for (Reason reason : reasons) {
            g.writeStartObject();
            recurring(g, "ruleId", reason.ruleId());
            recurring(g, "text", reason.text());
            stringMap(g, "matched", reason.matched());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void stringMap(JsonGenerator g, String field, Map<String, String> values) throws IOException {
        startObject(g, field);
        for (Map.Entry<String, String> e : values.entrySet()) {
            recurring(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void inputMap(JsonGenerator g, String field, Map<String, String> values) throws IOException {
        startObject(g, field);
        for (Map.Entry<String, String> e : values.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- writing one field

    /** A field whose value comes from the content pack or the rules, and recurs across reports. */
    private static void recurring(JsonGenerator g, String field, String value) throws IOException {
        TEXTS.writeName(g, field);
        TEXTS.writeValue(g, value);
    }

    /** A field whose value is user input: kept out of the cache, where it would not recur. */
    private static void given(JsonGenerator g, String field, String value) throws IOException {
        TEXTS.writeName(g, field);
        g.writeString(value);
    }

    private static void name(JsonGenerator g, String field) throws IOException {
        TEXTS.writeName(g, field);
    }

    private static void startObject(JsonGenerator g, String field) throws IOException {
        TEXTS.writeName(g, field);
        g.writeStartObject();
    }

    private static void startArray(JsonGenerator g, String field) throws IOException {
        TEXTS.writeName(g, field);
        g.writeStartArray();
    }

    private static void strings(JsonGenerator g, String field, Collection<String> values) throws IOException {
        startArray(g, field);
        for (String value : values) {
            TEXTS.writeValue(g, value);
        }
        g.writeEndArray();
    }
}
