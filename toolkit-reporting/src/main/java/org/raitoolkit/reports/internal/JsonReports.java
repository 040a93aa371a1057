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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.raitoolkit.model.ActionItem;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.Citation;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.DimensionResult;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.PrincipleCompletion;
import org.raitoolkit.model.PrincipleResult;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.ReadinessGap;
import org.raitoolkit.model.ReadinessResult;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.ReportSection;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.RoadmapAction;
import org.raitoolkit.model.RuleSetStamp;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.model.WorkbookResult;
import org.raitoolkit.reports.JsonLayout;
import org.raitoolkit.reports.ReadinessReport;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.ReportMetadata;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.reports.WorkbookReport;
import org.raitoolkit.reports.spi.Wording;

/**
 * Writes the JSON report document field by field. The shape is written out here rather than
 * derived from the model records, so that a change to a record cannot silently change the
 * published format: the schemas in {@code org/raitoolkit/reports/schema} and the tests hold it.
 * Stateless and thread-safe.
 */
public final class JsonReports {

    /**
     * UTF-8 with {@code < > & '} escaped (see {@link HtmlSafeEscapes}) and surrogate pairs
     * (emoji, rare scripts) as one UTF-8 sequence rather than a pair of {@code \\u} escapes.
     * Configured once here and never changed, as Jackson requires of a shared factory.
     */
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new HtmlSafeEscapes())
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

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

    /**
     * The report as UTF-8 text in {@code layout}, ending in a newline, each factor and dimension
     * with the provisions {@code content}'s crosswalks map it to.
     */
    public static byte[] utf8(Report report, JsonLayout layout, ContentPack content) {
        return utf8(report, layout, content::engages);
    }

    private static byte[] utf8(Report report, JsonLayout layout, Function<String, List<Citation>> engages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            if (layout == JsonLayout.INDENTED) {
                g.setPrettyPrinter(indented());
            }
            document(g, report, engages);
            g.writeRaw('\n');
        } catch (IOException e) {
            // Only a failing output stream throws here, and a byte array does not fail.
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A tree of maps (keys in their iteration order), lists, strings, numbers, booleans and nulls
     * as indented UTF-8 JSON text ending in a newline, with the reports' escaping.
     *
     * @throws IllegalArgumentException naming the type of a value that is none of these
     */
    public static byte[] tree(Object root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(indented());
            value(g, root);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                value(g, o);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName() + " as JSON");
        }
    }

    /** The report as text in {@code layout} with {@code content}'s crosswalks; {@link #utf8} decoded. */
    public static String text(Report report, JsonLayout layout, ContentPack content) {
        return new String(utf8(report, layout, content), StandardCharsets.UTF_8);
    }

    /**
     * Two-space indents, {@code "\n"} line ends whatever the platform, and {@code "name": value}.
     * A new printer per document: it keeps the nesting depth.
     */
    private static DefaultPrettyPrinter indented() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private static void document(JsonGenerator g, Report report, Function<String, List<Citation>> engages) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", report.kind());
        header(g, report.metadata());
        if (report instanceof RiskReport r) {
            risk(g, r, engages);
        } else if (report instanceof ReadinessReport r) {
            readiness(g, r, engages);
        } else if (report instanceof WorkbookReport r) {
            workbook(g, r);
        } else {
            throw new IllegalArgumentException("unknown report kind " + report.kind());
        }
        g.writeEndObject();
    }

    private static void header(JsonGenerator g, ReportMetadata m) throws IOException {
        g.writeStringField("schemaVersion", m.schemaVersion());
        g.writeStringField("generatedAt", DateTimeFormatter.ISO_INSTANT.format(m.generatedAt()));
        g.writeObjectFieldStart("engine");
        g.writeStringField("version", m.engineVersion());
        strings(g, "ruleSets", m.ruleSets());
        g.writeStringField("ruleSetHash", m.ruleSetHash());
        g.writeEndObject();
        g.writeObjectFieldStart("contentPack");
        g.writeStringField("id", m.contentPackId());
        g.writeStringField("version", m.contentPackVersion());
        g.writeEndObject();
        g.writeStringField("answersDigest", m.answersDigest());
        g.writeStringField("contentPackDigest", m.contentPackDigest());
        g.writeArrayFieldStart("ruleSetDigests");
        for (RuleSetStamp stamp : m.ruleSetDigests()) {
            g.writeStartObject();
            g.writeStringField("id", stamp.id());
            g.writeStringField("digest", stamp.digest());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The answers' assessment record in full, checked on the day the report was made; null without one. */
    private static void assessment(JsonGenerator g, AssessmentRecord record, ReportMetadata m) throws IOException {
        g.writeFieldName("assessment");
        RecordJson.checked(g, record, RecordSection.reportDay(m));
    }

    /** The record inside {@code input}, as the answer file gives it, when there is one. */
    private static void inputAssessment(JsonGenerator g, AssessmentRecord record) throws IOException {
        if (record != null) {
            g.writeFieldName("assessment");
            RecordJson.asGiven(g, record);
        }
    }

    // ---------------------------------------------------------------- risk

    private static void risk(JsonGenerator g, RiskReport report, Function<String, List<Citation>> engages) throws IOException {
        g.writeFieldName("input");
        riskInput(g, report.input());
        assessment(g, report.input().assessment(), report.metadata());
        RiskResult r = report.result();
        g.writeStringField("decision", r.decision().name());
        g.writeStringField("overallLevel", r.overallLevel().name());
        reasons(g, "decisionReasons", r.decisionReasons());
        g.writeArrayFieldStart("principles");
        for (PrincipleResult p : r.principles()) {
            principle(g, p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("instrumentalPrinciples");
        for (PrincipleResult p : r.instrumentalPrinciples()) {
            principle(g, p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("factors");
        for (FactorResult f : r.factors()) {
            factor(g, f, engages.apply(f.factorId()));
        }
        g.writeEndArray();
        recommendations(g, r.recommendations());
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            finding(g, f);
        }
        g.writeEndArray();
        for (ReportSection section : report.metadata().reportSections()) {
            section(g, section, r.findings());
        }
        strings(g, "firedRules", r.firedRules());
    }

    /** The answers in the shape of a risk answer file, so that the input can be read back. */
    private static void riskInput(JsonGenerator g, RiskAnswers answers) throws IOException {
        g.writeStartObject();
        g.writeFieldName("system");
        profile(g, answers.system());
        g.writeObjectFieldStart("ratings");
        for (Map.Entry<String, FactorRating> e : answers.ratings().entrySet()) {
            g.writeFieldName(e.getKey());
            rating(g, e.getValue());
        }
        g.writeEndObject();
        if (answers.organisationalReadiness() != null) {
            g.writeStringField("organisationalReadiness", answers.organisationalReadiness().name());
        }
        inputAssessment(g, answers.assessment());
        g.writeEndObject();
    }

    private static void profile(JsonGenerator g, SystemProfile p) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", p.name());
        g.writeStringField("purpose", p.purpose());
        g.writeStringField("applicationArea", p.applicationArea().name());
        g.writeStringField("lifecycleStage", p.lifecycleStage().name());
        g.writeStringField("legalBasis", p.legalBasis().name());
        g.writeBooleanField("processesBiometricData", p.processesBiometricData());
        g.writeBooleanField("processesPersonalData", p.processesPersonalData());
        g.writeBooleanField("realTime", p.realTime());
        g.writeBooleanField("publiclyAccessibleSpace", p.publiclyAccessibleSpace());
        g.writeBooleanField("affectsVulnerableGroups", p.affectsVulnerableGroups());
        g.writeBooleanField("individualLevelPredictions", p.individualLevelPredictions());
        g.writeBooleanField("automatedDecisionWithLegalEffect", p.automatedDecisionWithLegalEffect());
        g.writeBooleanField("humanReviewOfOutputs", p.humanReviewOfOutputs());
        g.writeBooleanField("matchesAgainstReferenceList", p.matchesAgainstReferenceList());
        g.writeBooleanField("infersStateOrIntent", p.infersStateOrIntent());
        g.writeBooleanField("sharesWithPartnersOrAbroad", p.sharesWithPartnersOrAbroad());
        g.writeBooleanField("authenticatesEvidence", p.authenticatesEvidence());
        g.writeBooleanField("observesAssemblyOrExpression", p.observesAssemblyOrExpression());
        g.writeStringField("sourcing", p.sourcing().name());
        g.writeArrayFieldStart("dataSources");
        for (var source : Wording.sorted(p.dataSources())) {
            g.writeString(source.name());
        }
        g.writeEndArray();
        stringMap(g, "attributes", p.attributes());
        for (Map.Entry<String, Record> e : p.extensions().entrySet()) {
            g.writeFieldName(e.getKey());
            facts(g, e.getValue());
        }
        g.writeEndObject();
    }

    /**
     * A rule set's typed facts as its answer-file section: each component of the record by name,
     * in declaration order, leaving out absent values and empty lists as the answer files do.
     * Written from the record alone, since the report knows no rule set's declarations.
     */
    private static void facts(JsonGenerator g, Record facts) throws IOException {
        g.writeStartObject();
        for (java.lang.reflect.RecordComponent c : facts.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(facts);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read fact " + c.getName() + " of " + facts.getClass().getSimpleName(), e);
            }
            if (value == null || value instanceof Collection<?> col && col.isEmpty()) {
                continue;
            }
            g.writeFieldName(c.getName());
            if (value instanceof Collection<?> col) {
                g.writeStartArray();
                for (Object v : col) {
                    factValue(g, v);
                }
                g.writeEndArray();
            } else {
                factValue(g, value);
            }
        }
        g.writeEndObject();
    }

    private static void factValue(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Enum<?> e) {
            g.writeString(e.name());
        } else {
            // Text and dates (LocalDate prints as YYYY-MM-DD), the other kinds a fact may hold.
            g.writeString(String.valueOf(value));
        }
    }

    private static void rating(JsonGenerator g, FactorRating rating) throws IOException {
        g.writeStartObject();
        g.writeStringField("likelihood", rating.likelihood().name());
        if (rating.severityCriteria() != null) {
            g.writeObjectFieldStart("severity");
            g.writeNumberField("scale", rating.severityCriteria().scale());
            g.writeNumberField("scope", rating.severityCriteria().scope());
            g.writeNumberField("irremediability", rating.severityCriteria().irremediability());
            g.writeEndObject();
        } else if (rating.severity() != null) {
            g.writeStringField("severity", rating.severity().name());
        }
        g.writeArrayFieldStart("mitigations");
        for (MitigationClaim m : rating.mitigations()) {
            claimAsGiven(g, m);
        }
        g.writeEndArray();
        if (rating.rationale() != null) {
            g.writeStringField("rationale", rating.rationale());
        }
        g.writeEndObject();
    }

    /** A mitigation as the answer file gives it: the id alone when nothing more was stated, else a mapping. */
    private static void claimAsGiven(JsonGenerator g, MitigationClaim m) throws IOException {
        if (m.status() == null && m.evidence() == null) {
            g.writeString(m.id());
            return;
        }
        g.writeStartObject();
        g.writeStringField("id", m.id());
        if (m.status() != null) {
            g.writeStringField("status", m.status().name());
        }
        if (m.evidence() != null) {
            g.writeStringField("evidence", m.evidence());
        }
        g.writeEndObject();
    }

    private static void principle(JsonGenerator g, PrincipleResult p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.principleId());
        g.writeStringField("name", p.name());
        g.writeStringField("level", p.level().name());
        strings(g, "factors", p.factors());
        reasons(g, "reasons", p.reasons());
        g.writeEndObject();
    }

    private static void factor(JsonGenerator g, FactorResult f, List<Citation> engages) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.factorId());
        g.writeStringField("title", f.title());
        strings(g, "principles", f.principles());
        g.writeStringField("likelihood", f.likelihood().name());
        g.writeStringField("severity", f.severity().name());
        g.writeNumberField("inherentScore", f.likelihood().value() * f.severity().value());
        g.writeStringField("inherentLevel", f.inherentLevel().name());
        strings(g, "mitigationsApplied", f.mitigationsApplied());
        g.writeArrayFieldStart("mitigations");
        for (MitigationClaim m : f.mitigations()) {
            g.writeStartObject();
            g.writeStringField("id", m.id());
            g.writeStringField("status", m.effectiveStatus().name());
            g.writeBooleanField("statusStated", m.status() != null);
            g.writeStringField("evidence", m.evidence());
            g.writeBooleanField("counted", m.lowersRisk());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("reductionCapped", f.reductionCapped());
        g.writeStringField("residualLikelihood", f.residualLikelihood().name());
        g.writeStringField("residualSeverity", f.residualSeverity().name());
        g.writeNumberField("residualScore", f.residualLikelihood().value() * f.residualSeverity().value());
        g.writeStringField("residualLevel", f.residualLevel().name());
        reasons(g, "reasons", f.reasons());
        engages(g, engages);
        g.writeEndObject();
    }

    /**
     * A rule set's findings gathered as the section it declares, when it made any: the same facts
     * are in {@code findings}; this is the shape a reader of that rule set's results looks for.
     */
    private static void section(JsonGenerator g, ReportSection section, List<Finding> findings) throws IOException {
        List<Finding> own = section.findingsIn(findings);
        if (own.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart(section.key());
        for (ReportSection.Entry entry : section.entries()) {
            if (entry.isList()) {
                g.writeArrayFieldStart(entry.listField());
                for (Finding f : own) {
                    if (f.kind().equals(entry.kind())) {
                        g.writeStartObject();
                        parts(g, entry, f);
                        for (String key : entry.details()) {
                            if (f.details().containsKey(key)) {
                                g.writeStringField(key, f.details().get(key));
                            }
                        }
                        citations(g, f.citations());
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
            } else {
                Finding first = own.stream().filter(f -> f.kind().equals(entry.kind())).findFirst().orElse(null);
                if (first != null) {
                    parts(g, entry, first);
                }
            }
        }
        g.writeEndObject();
    }

    /** The code, text and reference of {@code f} under the names {@code entry} gives them. */
    private static void parts(JsonGenerator g, ReportSection.Entry entry, Finding f) throws IOException {
        if (entry.codeAs() != null) {
            g.writeStringField(entry.codeAs(), f.code());
        }
        if (entry.textAs() != null) {
            g.writeStringField(entry.textAs(), f.text());
        }
        if (entry.referenceAs() != null) {
            g.writeStringField(entry.referenceAs(), f.reference());
        }
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleSet", f.ruleSet());
        g.writeStringField("kind", f.kind());
        g.writeStringField("code", f.code());
        g.writeStringField("text", f.text());
        g.writeStringField("reference", f.reference());
        stringMap(g, "details", f.details());
        reasons(g, "reasons", f.reasons());
        citations(g, f.citations());
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- readiness

    private static void readiness(JsonGenerator g, ReadinessReport report, Function<String, List<Citation>> engages) throws IOException {
        ReadinessAnswers answers = report.input();
        g.writeObjectFieldStart("input");
        g.writeStringField("agency", answers.agency());
        g.writeObjectFieldStart("answers");
        for (var e : answers.answers().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue().name());
        }
        g.writeEndObject();
        inputAssessment(g, answers.assessment());
        g.writeEndObject();
        assessment(g, answers.assessment(), report.metadata());

        ReadinessResult r = report.result();
        g.writeStringField("agency", r.agency());
        g.writeStringField("overallLevel", r.overallLevel().name());
        g.writeNumberField("meanScore", r.meanScore());
        reasons(g, "overallReasons", r.overallReasons());
        g.writeArrayFieldStart("dimensions");
        for (DimensionResult d : r.dimensions()) {
            g.writeStartObject();
            g.writeStringField("id", d.dimensionId());
            g.writeStringField("name", d.name());
            g.writeNumberField("score", d.score());
            g.writeStringField("level", d.level().name());
            g.writeNumberField("unknownAnswers", d.unknownAnswers());
            reasons(g, "reasons", d.reasons());
            engages(g, engages.apply(d.dimensionId()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("gaps");
        for (ReadinessGap gap : r.gaps()) {
            g.writeStartObject();
            g.writeStringField("questionId", gap.questionId());
            g.writeStringField("dimensionId", gap.dimensionId());
            g.writeStringField("text", gap.text());
            g.writeStringField("answer", gap.answer().name());
            g.writeBooleanField("critical", gap.critical());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("roadmapPhase");
        g.writeNumberField("number", r.roadmapPhase().number());
        g.writeStringField("id", r.roadmapPhase().id());
        g.writeStringField("name", r.roadmapPhase().name());
        g.writeStringField("goal", r.roadmapPhase().goal());
        g.writeEndObject();
        g.writeArrayFieldStart("nextActions");
        for (RoadmapAction a : r.nextActions()) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("text", a.text());
            g.writeStringField("owner", a.owner().name());
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
        g.writeObjectFieldStart("input");
        g.writeStringField("system", answers.system());
        g.writeObjectFieldStart("answers");
        for (var e : answers.answers().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue().name());
        }
        g.writeEndObject();
        inputAssessment(g, answers.assessment());
        g.writeEndObject();
        assessment(g, answers.assessment(), report.metadata());

        WorkbookResult r = report.result();
        g.writeStringField("system", r.system());
        g.writeStringField("stage", r.stage().name());
        g.writeNumberField("overallPercent", r.overallPercent());
        g.writeArrayFieldStart("completion");
        for (PrincipleCompletion c : r.completion()) {
            g.writeStartObject();
            g.writeStringField("principleId", c.principleId());
            g.writeNumberField("done", c.done());
            g.writeNumberField("partial", c.partial());
            g.writeNumberField("notDone", c.notDone());
            g.writeNumberField("notApplicable", c.notApplicable());
            g.writeNumberField("percent", c.percent());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("actionPlan");
        for (ActionItem a : r.actionPlan()) {
            g.writeStartObject();
            g.writeStringField("itemId", a.itemId());
            g.writeStringField("principleId", a.principleId());
            g.writeStringField("text", a.text());
            g.writeStringField("status", a.status().name());
            g.writeStringField("relatedRisk", a.relatedRisk() == null ? null : a.relatedRisk().name());
            g.writeStringField("priority", a.priority().name());
            g.writeStringField("owner", a.owner().name());
            reasons(g, "reasons", a.reasons());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "firedRules", r.firedRules());
    }

    // ---------------------------------------------------------------- shared parts

    private static void recommendations(JsonGenerator g, List<Recommendation> recommendations) throws IOException {
        g.writeArrayFieldStart("recommendations");
        for (Recommendation rec : recommendations) {
            g.writeStartObject();
            g.writeStringField("id", rec.id());
            g.writeStringField("title", rec.title());
            g.writeStringField("text", rec.text());
            g.writeStringField("priority", rec.priority().name());
            g.writeStringField("principle", rec.principle());
            g.writeStringField("stage", rec.stage().name());
            g.writeStringField("audience", rec.audience().name());
            reasons(g, "reasons", rec.reasons());
            citations(g, rec.citations());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** {@code citations: [{instrument, article, jurisdiction}]}, in the order given; empty when there are none. */
    private static void citations(JsonGenerator g, List<Citation> citations) throws IOException {
        citationList(g, "citations", citations);
    }

    /** The provisions a factor or dimension engages, from the pack's crosswalks; empty without them. */
    private static void engages(JsonGenerator g, List<Citation> citations) throws IOException {
        citationList(g, "engages", citations);
    }

    /** {@code field: [{instrument, article, jurisdiction}]}, in the order given. */
    private static void citationList(JsonGenerator g, String field, List<Citation> citations) throws IOException {
        g.writeArrayFieldStart(field);
        for (Citation c : citations) {
            g.writeStartObject();
            g.writeStringField("instrument", c.instrument());
            g.writeStringField("article", c.article());
            g.writeStringField("jurisdiction", c.jurisdiction());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void reasons(JsonGenerator g, String field, List<Reason> reasons) throws IOException {
        g.writeArrayFieldStart(field);
        for (Reason reason : reasons) {
            g.writeStartObject();
            g.writeStringField("ruleId", reason.ruleId());
            g.writeStringField("text", reason.text());
            stringMap(g, "matched", reason.matched());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void stringMap(JsonGenerator g, String field, Map<String, String> values) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, String> e : values.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, Collection<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
