package org.raitoolkit.reports.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
 * in every one, are written from bytes encoded once: the names written here as constants, the
 * rest through {@link RecurringTexts}; user input is written plainly ({@code given}), so that it
 * does not fill that cache.
 */
public final class JsonReports {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    // Surrogate pairs (emoji, rare scripts) as one UTF-8 sequence, as text written through a
    // Writer and then encoded would have them, instead of a pair of \\u escapes. Package-private
    // for RecurringTextsTest, which checks the cache against this very factory.
    static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new HtmlSafeEscapes())
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    /**
     * Room for every field name, content pack text and rule sentence of a run with some to spare
     * (a batch of 10,000 systems meets about 2,000); the bound only matters if a rule put user
     * text into its sentences.
     */
    private static final RecurringTexts TEXTS = new RecurringTexts(FACTORY, 8192);

    // Field names written as constants, encoded once: a look-up per name, some 1,300 a report,
    // cost more under C1 than the copying of the bytes. Names from maps (factor ids, matched
    // facts) are looked up in TEXTS like other content.
    private static final SerializableString ACTION_PLAN = field("actionPlan");
    private static final SerializableString AFFECTS_VULNERABLE_GROUPS = field("affectsVulnerableGroups");
    private static final SerializableString AGENCY = field("agency");
    private static final SerializableString ANSWER = field("answer");
    private static final SerializableString ANSWERS = field("answers");
    private static final SerializableString APPLICATION_AREA = field("applicationArea");
    private static final SerializableString ARTICLE = field("article");
    private static final SerializableString ATTRIBUTES = field("attributes");
    private static final SerializableString AUDIENCE = field("audience");
    private static final SerializableString AUTOMATED_DECISION_WITH_LEGAL_EFFECT = field("automatedDecisionWithLegalEffect");
    private static final SerializableString CATEGORY = field("category");
    private static final SerializableString CODE = field("code");
    private static final SerializableString COMPLETION = field("completion");
    private static final SerializableString CONTENT_PACK = field("contentPack");
    private static final SerializableString CRITICAL = field("critical");
    private static final SerializableString DATA_SOURCES = field("dataSources");
    private static final SerializableString DECISION = field("decision");
    private static final SerializableString DECISION_REASONS = field("decisionReasons");
    private static final SerializableString DETAILS = field("details");
    private static final SerializableString DIMENSION_ID = field("dimensionId");
    private static final SerializableString DIMENSIONS = field("dimensions");
    private static final SerializableString DONE = field("done");
    private static final SerializableString ENGINE = field("engine");
    private static final SerializableString EU_AI_ACT = field("euAiAct");
    private static final SerializableString FACTORS = field("factors");
    private static final SerializableString FINDINGS = field("findings");
    private static final SerializableString FIRED_RULES = field("firedRules");
    private static final SerializableString GAPS = field("gaps");
    private static final SerializableString GENERATED_AT = field("generatedAt");
    private static final SerializableString GOAL = field("goal");
    private static final SerializableString HUMAN_REVIEW_OF_OUTPUTS = field("humanReviewOfOutputs");
    private static final SerializableString ID = field("id");
    private static final SerializableString INDIVIDUAL_LEVEL_PREDICTIONS = field("individualLevelPredictions");
    private static final SerializableString INHERENT_LEVEL = field("inherentLevel");
    private static final SerializableString INHERENT_SCORE = field("inherentScore");
    private static final SerializableString INPUT = field("input");
    private static final SerializableString INSTRUMENTAL_PRINCIPLES = field("instrumentalPrinciples");
    private static final SerializableString IRREMEDIABILITY = field("irremediability");
    private static final SerializableString ITEM_ID = field("itemId");
    private static final SerializableString KIND = field("kind");
    private static final SerializableString LEGAL_BASIS = field("legalBasis");
    private static final SerializableString LEVEL = field("level");
    private static final SerializableString LIFECYCLE_STAGE = field("lifecycleStage");
    private static final SerializableString LIKELIHOOD = field("likelihood");
    private static final SerializableString MATCHED = field("matched");
    private static final SerializableString MEAN_SCORE = field("meanScore");
    private static final SerializableString MISSING_PRECONDITIONS = field("missingPreconditions");
    private static final SerializableString MITIGATIONS = field("mitigations");
    private static final SerializableString MITIGATIONS_APPLIED = field("mitigationsApplied");
    private static final SerializableString NAME = field("name");
    private static final SerializableString NEXT_ACTIONS = field("nextActions");
    private static final SerializableString NOT_APPLICABLE = field("notApplicable");
    private static final SerializableString NOT_DONE = field("notDone");
    private static final SerializableString NOTICE = field("notice");
    private static final SerializableString NUMBER = field("number");
    private static final SerializableString OBLIGATIONS = field("obligations");
    private static final SerializableString ORGANISATIONAL_READINESS = field("organisationalReadiness");
    private static final SerializableString OVERALL_LEVEL = field("overallLevel");
    private static final SerializableString OVERALL_PERCENT = field("overallPercent");
    private static final SerializableString OVERALL_REASONS = field("overallReasons");
    private static final SerializableString OWNER = field("owner");
    private static final SerializableString PARTIAL = field("partial");
    private static final SerializableString PATH = field("path");
    private static final SerializableString PERCENT = field("percent");
    private static final SerializableString PRINCIPLE = field("principle");
    private static final SerializableString PRINCIPLE_ID = field("principleId");
    private static final SerializableString PRINCIPLES = field("principles");
    private static final SerializableString PRIORITY = field("priority");
    private static final SerializableString PROCESSES_BIOMETRIC_DATA = field("processesBiometricData");
    private static final SerializableString PROCESSES_PERSONAL_DATA = field("processesPersonalData");
    private static final SerializableString PUBLICLY_ACCESSIBLE_SPACE = field("publiclyAccessibleSpace");
    private static final SerializableString PURPOSE = field("purpose");
    private static final SerializableString QUESTION_ID = field("questionId");
    private static final SerializableString RATINGS = field("ratings");
    private static final SerializableString RATIONALE = field("rationale");
    private static final SerializableString REAL_TIME = field("realTime");
    private static final SerializableString REASONS = field("reasons");
    private static final SerializableString RECOMMENDATIONS = field("recommendations");
    private static final SerializableString REFERENCE = field("reference");
    private static final SerializableString RELATED_RISK = field("relatedRisk");
    private static final SerializableString RESIDUAL_LEVEL = field("residualLevel");
    private static final SerializableString RESIDUAL_LIKELIHOOD = field("residualLikelihood");
    private static final SerializableString RESIDUAL_SCORE = field("residualScore");
    private static final SerializableString RESIDUAL_SEVERITY = field("residualSeverity");
    private static final SerializableString ROADMAP_PHASE = field("roadmapPhase");
    private static final SerializableString RULE_ID = field("ruleId");
    private static final SerializableString RULE_SET = field("ruleSet");
    private static final SerializableString RULE_SET_HASH = field("ruleSetHash");
    private static final SerializableString RULE_SETS = field("ruleSets");
    private static final SerializableString SCALE = field("scale");
    private static final SerializableString SCHEMA_VERSION = field("schemaVersion");
    private static final SerializableString SCOPE = field("scope");
    private static final SerializableString SCORE = field("score");
    private static final SerializableString SEVERITY = field("severity");
    private static final SerializableString SOURCING = field("sourcing");
    private static final SerializableString STAGE = field("stage");
    private static final SerializableString STATUS = field("status");
    private static final SerializableString SYSTEM = field("system");
    private static final SerializableString TEXT = field("text");
    private static final SerializableString TITLE = field("title");
    private static final SerializableString UNKNOWN_ANSWERS = field("unknownAnswers");
    private static final SerializableString VERSION = field("version");

    // Two-space indent and "\n" whatever the platform, so that output is the same everywhere;
    // IndentedPrinter writes what Jackson's own printer would, from pre-encoded bytes.
    private static final DefaultPrettyPrinter INDENTED = new IndentedPrinter(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new IndentedPrinter.Indentation("  ", "\n"))
            .withArrayIndenter(new IndentedPrinter.Indentation("  ", "\n")));

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

    private static SerializableString field(String name) {
        return PreEncodedText.of(FACTORY, name);
    }

    /** The report as UTF-8 text in {@code layout}, ending in a newline. */
    public static byte[] utf8(Report report, JsonLayout layout) {
        return rendered(report, layout, ReportBuffer::toByteArray);
    }

    /** The report as text in {@code layout}, ending in a newline; the same text as {@link #utf8}. */
    public static String text(Report report, JsonLayout layout) {
        return rendered(report, layout, ReportBuffer::asUtf8String);
    }

    /** Renders the report into a pooled buffer and returns what {@code read} takes from it. */
    private static <T> T rendered(Report report, JsonLayout layout, java.util.function.Function<ReportBuffer, T> read) {
        ReportBuffer bytes = ReportBuffer.take();
        try {
            render(report, layout, bytes);
            return read.apply(bytes);
        } finally {
            bytes.release();
        }
    }

    /**
     * Writes the report as UTF-8 text in {@code layout} to {@code file} with
     * {@link AtomicFiles#writeBuffer}: the same bytes as {@link #utf8}, written from the buffer
     * they were rendered into rather than from a copy of them.
     */
    public static void write(Report report, JsonLayout layout, Path file) {
        ReportBuffer bytes = ReportBuffer.take();
        try {
            AtomicFiles.writeBuffer(file, () -> {
                render(report, layout, bytes);
                return bytes.asByteBuffer();
            });
        } finally {
            bytes.release();
        }
    }

    private static void render(Report report, JsonLayout layout, ReportBuffer bytes) {
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
        recurring(g, KIND, report.kind());
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
        recurring(g, SCHEMA_VERSION, m.schemaVersion());
        given(g, GENERATED_AT, DateTimeFormatter.ISO_INSTANT.format(m.generatedAt()));
        startObject(g, ENGINE);
        recurring(g, VERSION, m.engineVersion());
        strings(g, RULE_SETS, m.ruleSets());
        recurring(g, RULE_SET_HASH, m.ruleSetHash());
        g.writeEndObject();
        startObject(g, CONTENT_PACK);
        recurring(g, ID, m.contentPackId());
        recurring(g, VERSION, m.contentPackVersion());
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- risk

    private static void risk(JsonGenerator g, RiskReport report) throws IOException {
        name(g, INPUT);
        riskInput(g, report.input());
        RiskResult r = report.result();
        recurring(g, DECISION, r.decision().name());
        recurring(g, OVERALL_LEVEL, r.overallLevel().name());
        reasons(g, DECISION_REASONS, r.decisionReasons());
        startArray(g, PRINCIPLES);
        for (PrincipleResult p : r.principles()) {
            principle(g, p);
        }
        g.writeEndArray();
        startArray(g, INSTRUMENTAL_PRINCIPLES);
        for (PrincipleResult p : r.instrumentalPrinciples()) {
            principle(g, p);
        }
        g.writeEndArray();
        startArray(g, FACTORS);
        for (FactorResult f : r.factors()) {
            factor(g, f);
        }
        g.writeEndArray();
        recommendations(g, r.recommendations());
        startArray(g, FINDINGS);
        for (Finding f : r.findings()) {
            finding(g, f);
        }
        g.writeEndArray();
        euAiAct(g, r.findings());
        strings(g, FIRED_RULES, r.firedRules());
    }

    /** The answers in the shape of a risk answer file, so that the input can be read back. */
    private static void riskInput(JsonGenerator g, RiskAnswers answers) throws IOException {
        g.writeStartObject();
        name(g, SYSTEM);
        profile(g, answers.system());
        startObject(g, RATINGS);
        for (Map.Entry<String, FactorRating> e : answers.ratings().entrySet()) {
            name(g, e.getKey());
            rating(g, e.getValue());
        }
        g.writeEndObject();
        if (answers.organisationalReadiness() != null) {
            recurring(g, ORGANISATIONAL_READINESS, answers.organisationalReadiness().name());
        }
        g.writeEndObject();
    }

    private static void profile(JsonGenerator g, SystemProfile p) throws IOException {
        g.writeStartObject();
        given(g, NAME, p.name());
        given(g, PURPOSE, p.purpose());
        recurring(g, APPLICATION_AREA, p.applicationArea().name());
        recurring(g, LIFECYCLE_STAGE, p.lifecycleStage().name());
        recurring(g, LEGAL_BASIS, p.legalBasis().name());
        name(g, PROCESSES_BIOMETRIC_DATA);
        g.writeBoolean(p.processesBiometricData());
        name(g, PROCESSES_PERSONAL_DATA);
        g.writeBoolean(p.processesPersonalData());
        name(g, REAL_TIME);
        g.writeBoolean(p.realTime());
        name(g, PUBLICLY_ACCESSIBLE_SPACE);
        g.writeBoolean(p.publiclyAccessibleSpace());
        name(g, AFFECTS_VULNERABLE_GROUPS);
        g.writeBoolean(p.affectsVulnerableGroups());
        name(g, INDIVIDUAL_LEVEL_PREDICTIONS);
        g.writeBoolean(p.individualLevelPredictions());
        name(g, AUTOMATED_DECISION_WITH_LEGAL_EFFECT);
        g.writeBoolean(p.automatedDecisionWithLegalEffect());
        name(g, HUMAN_REVIEW_OF_OUTPUTS);
        g.writeBoolean(p.humanReviewOfOutputs());
        recurring(g, SOURCING, p.sourcing().name());
        startArray(g, DATA_SOURCES);
        for (var source : Facts.sorted(p.dataSources())) {
            TEXTS.writeValue(g, source.name());
        }
        g.writeEndArray();
        inputMap(g, ATTRIBUTES, p.attributes());
        g.writeEndObject();
    }

    private static void rating(JsonGenerator g, FactorRating rating) throws IOException {
        g.writeStartObject();
        recurring(g, LIKELIHOOD, rating.likelihood().name());
        if (rating.severityCriteria() != null) {
            startObject(g, SEVERITY);
            name(g, SCALE);
            g.writeNumber(rating.severityCriteria().scale());
            name(g, SCOPE);
            g.writeNumber(rating.severityCriteria().scope());
            name(g, IRREMEDIABILITY);
            g.writeNumber(rating.severityCriteria().irremediability());
            g.writeEndObject();
        } else if (rating.severity() != null) {
            recurring(g, SEVERITY, rating.severity().name());
        }
        strings(g, MITIGATIONS, rating.mitigations());
        if (rating.rationale() != null) {
            given(g, RATIONALE, rating.rationale());
        }
        g.writeEndObject();
    }

    private static void principle(JsonGenerator g, PrincipleResult p) throws IOException {
        g.writeStartObject();
        recurring(g, ID, p.principleId());
        given(g, NAME, p.name());
        recurring(g, LEVEL, p.level().name());
        strings(g, FACTORS, p.factors());
        reasons(g, REASONS, p.reasons());
        g.writeEndObject();
    }

    private static void factor(JsonGenerator g, FactorResult f) throws IOException {
        g.writeStartObject();
        recurring(g, ID, f.factorId());
        recurring(g, TITLE, f.title());
        strings(g, PRINCIPLES, f.principles());
        recurring(g, LIKELIHOOD, f.likelihood().name());
        recurring(g, SEVERITY, f.severity().name());
        name(g, INHERENT_SCORE);
        g.writeNumber(f.likelihood().value() * f.severity().value());
        recurring(g, INHERENT_LEVEL, f.inherentLevel().name());
        strings(g, MITIGATIONS_APPLIED, f.mitigationsApplied());
        recurring(g, RESIDUAL_LIKELIHOOD, f.residualLikelihood().name());
        recurring(g, RESIDUAL_SEVERITY, f.residualSeverity().name());
        name(g, RESIDUAL_SCORE);
        g.writeNumber(f.residualLikelihood().value() * f.residualSeverity().value());
        recurring(g, RESIDUAL_LEVEL, f.residualLevel().name());
        reasons(g, REASONS, f.reasons());
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
        startObject(g, EU_AI_ACT);
        Finding category = first(eu, "CATEGORY");
        if (category != null) {
            recurring(g, CATEGORY, category.code());
            recurring(g, PATH, category.text());
            recurring(g, REFERENCE, category.reference());
        }
        euAiActItems(g, OBLIGATIONS, eu, "OBLIGATION");
        euAiActItems(g, MISSING_PRECONDITIONS, eu, "MISSING_PRECONDITION");
        Finding notice = first(eu, "NOTICE");
        if (notice != null) {
            recurring(g, NOTICE, notice.text());
        }
        g.writeEndObject();
    }

    private static Finding first(List<Finding> findings, String kind) {
        return findings.stream().filter(f -> f.kind().equals(kind)).findFirst().orElse(null);
    }

    private static void euAiActItems(JsonGenerator g, SerializableString field, List<Finding> eu, String kind) throws IOException {
        startArray(g, field);
        for (Finding f : eu) {
            if (!f.kind().equals(kind)) {
                continue;
            }
            g.writeStartObject();
            recurring(g, CODE, f.code());
            recurring(g, TEXT, f.text());
            recurring(g, ARTICLE, f.reference());
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
        recurring(g, RULE_SET, f.ruleSet());
        recurring(g, KIND, f.kind());
        recurring(g, CODE, f.code());
        recurring(g, TEXT, f.text());
        recurring(g, REFERENCE, f.reference());
        stringMap(g, DETAILS, f.details());
        reasons(g, REASONS, f.reasons());
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- readiness

    private static void readiness(JsonGenerator g, ReadinessReport report) throws IOException {
        ReadinessAnswers answers = report.input();
        startObject(g, INPUT);
        given(g, AGENCY, answers.agency());
        startObject(g, ANSWERS);
        for (var e : answers.answers().entrySet()) {
            recurring(g, e.getKey(), e.getValue().name());
        }
        g.writeEndObject();
        g.writeEndObject();

        ReadinessResult r = report.result();
        given(g, AGENCY, r.agency());
        recurring(g, OVERALL_LEVEL, r.overallLevel().name());
        name(g, MEAN_SCORE);
        g.writeNumber(r.meanScore());
        reasons(g, OVERALL_REASONS, r.overallReasons());
        startArray(g, DIMENSIONS);
        for (DimensionResult d : r.dimensions()) {
            g.writeStartObject();
            recurring(g, ID, d.dimensionId());
            recurring(g, NAME, d.name());
            name(g, SCORE);
            g.writeNumber(d.score());
            recurring(g, LEVEL, d.level().name());
            name(g, UNKNOWN_ANSWERS);
            g.writeNumber(d.unknownAnswers());
            reasons(g, REASONS, d.reasons());
            g.writeEndObject();
        }
        g.writeEndArray();
        startArray(g, GAPS);
        for (ReadinessGap gap : r.gaps()) {
            g.writeStartObject();
            recurring(g, QUESTION_ID, gap.questionId());
            recurring(g, DIMENSION_ID, gap.dimensionId());
            recurring(g, TEXT, gap.text());
            recurring(g, ANSWER, gap.answer().name());
            name(g, CRITICAL);
            g.writeBoolean(gap.critical());
            g.writeEndObject();
        }
        g.writeEndArray();
        startObject(g, ROADMAP_PHASE);
        name(g, NUMBER);
        g.writeNumber(r.roadmapPhase().number());
        recurring(g, ID, r.roadmapPhase().id());
        recurring(g, NAME, r.roadmapPhase().name());
        recurring(g, GOAL, r.roadmapPhase().goal());
        g.writeEndObject();
        startArray(g, NEXT_ACTIONS);
        for (RoadmapAction a : r.nextActions()) {
            g.writeStartObject();
            recurring(g, ID, a.id());
            recurring(g, TEXT, a.text());
            recurring(g, OWNER, a.owner().name());
            strings(g, DIMENSIONS, a.dimensions());
            g.writeEndObject();
        }
        g.writeEndArray();
        recommendations(g, r.recommendations());
        strings(g, FIRED_RULES, r.firedRules());
    }

    // ---------------------------------------------------------------- workbook

    private static void workbook(JsonGenerator g, WorkbookReport report) throws IOException {
        WorkbookAnswers answers = report.input();
        startObject(g, INPUT);
        given(g, SYSTEM, answers.system());
        startObject(g, ANSWERS);
        for (var e : answers.answers().entrySet()) {
            recurring(g, e.getKey(), e.getValue().name());
        }
        g.writeEndObject();
        g.writeEndObject();

        WorkbookResult r = report.result();
        given(g, SYSTEM, r.system());
        recurring(g, STAGE, r.stage().name());
        name(g, OVERALL_PERCENT);
        g.writeNumber(r.overallPercent());
        startArray(g, COMPLETION);
        for (PrincipleCompletion c : r.completion()) {
            g.writeStartObject();
            recurring(g, PRINCIPLE_ID, c.principleId());
            name(g, DONE);
            g.writeNumber(c.done());
            name(g, PARTIAL);
            g.writeNumber(c.partial());
            name(g, NOT_DONE);
            g.writeNumber(c.notDone());
            name(g, NOT_APPLICABLE);
            g.writeNumber(c.notApplicable());
            name(g, PERCENT);
            g.writeNumber(c.percent());
            g.writeEndObject();
        }
        g.writeEndArray();
        startArray(g, ACTION_PLAN);
        for (ActionItem a : r.actionPlan()) {
            g.writeStartObject();
            recurring(g, ITEM_ID, a.itemId());
            recurring(g, PRINCIPLE_ID, a.principleId());
            recurring(g, TEXT, a.text());
            recurring(g, STATUS, a.status().name());
            recurring(g, RELATED_RISK, a.relatedRisk() == null ? null : a.relatedRisk().name());
            recurring(g, PRIORITY, a.priority().name());
            recurring(g, OWNER, a.owner().name());
            reasons(g, REASONS, a.reasons());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, FIRED_RULES, r.firedRules());
    }

    // ---------------------------------------------------------------- shared parts

    private static void recommendations(JsonGenerator g, List<Recommendation> recommendations) throws IOException {
        startArray(g, RECOMMENDATIONS);
        for (Recommendation rec : recommendations) {
            g.writeStartObject();
            recurring(g, ID, rec.id());
            recurring(g, TITLE, rec.title());
            recurring(g, TEXT, rec.text());
            recurring(g, PRIORITY, rec.priority().name());
            recurring(g, PRINCIPLE, rec.principle());
            recurring(g, STAGE, rec.stage().name());
            recurring(g, AUDIENCE, rec.audience().name());
            reasons(g, REASONS, rec.reasons());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void reasons(JsonGenerator g, SerializableString field, List<Reason> reasons) throws IOException {
        startArray(g, field);
        // Whole reasons as bytes only into compact text: indented text depends on the nesting,
        // and a tree needs the tokens.
        boolean compactText = g.getPrettyPrinter() == null && !(g instanceof TokenBuffer);
        for (Reason reason : reasons) {
            WholeReason known = compactText ? wholeReason(reason) : null;
            if (known != null) {
                g.writeRawValue(known.json());
            } else {
                reason(g, reason);
            }
        }
        g.writeEndArray();
    }

    private static void reason(JsonGenerator g, Reason reason) throws IOException {
        g.writeStartObject();
        recurring(g, RULE_ID, reason.ruleId());
        // Built by the rules for each assessment: see RecurringTexts.writeBuiltValue.
        g.writeFieldName(TEXT);
        TEXTS.writeBuiltValue(g, reason.text());
        stringMap(g, MATCHED, reason.matched());
        g.writeEndObject();
    }

    /**
     * The compact bytes of {@code reason}, kept with its sentence; null when the cache has no
     * room for the sentence or keeps another reason with it (the rules write some sentences,
     * such as the risk matrix's, for several factors), and the reason is written field by field.
     */
    private static WholeReason wholeReason(Reason reason) {
        if (reason.text() == null) {
            return null;
        }
        RecurringTexts.Built sentence = TEXTS.built(reason.text());
        if (sentence == null) {
            return null;
        }
        WholeReason known = sentence.reason();
        if (known == null) {
            known = new WholeReason(reason, compact(reason));
            sentence.keep(known);
            return known;
        }
        return known.encodes(reason) ? known : null;
    }

    /**
     * {@code reason} as a compact generator writes it on its own: the bytes such a generator
     * writes for it in an array, bar the comma that {@code writeRawValue} adds.
     */
    private static byte[] compact(Reason reason) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(256);
        try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            reason(g, reason);
        } catch (IOException e) {
            // A byte buffer does not fail.
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void stringMap(JsonGenerator g, SerializableString field, Map<String, String> values) throws IOException {
        startObject(g, field);
        for (Map.Entry<String, String> e : values.entrySet()) {
            recurring(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void inputMap(JsonGenerator g, SerializableString field, Map<String, String> values) throws IOException {
        startObject(g, field);
        for (Map.Entry<String, String> e : values.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- writing one field

    /** A field whose value comes from the content pack or the rules, and recurs across reports. */
    private static void recurring(JsonGenerator g, SerializableString field, String value) throws IOException {
        g.writeFieldName(field);
        TEXTS.writeValue(g, value);
    }

    /** Like the other, for a field name that comes from the content pack or the rules. */
    private static void recurring(JsonGenerator g, String field, String value) throws IOException {
        TEXTS.writeName(g, field);
        TEXTS.writeValue(g, value);
    }

    /** A field whose value is user input: kept out of the cache, where it would not recur. */
    private static void given(JsonGenerator g, SerializableString field, String value) throws IOException {
        g.writeFieldName(field);
        g.writeString(value);
    }

    private static void name(JsonGenerator g, SerializableString field) throws IOException {
        g.writeFieldName(field);
    }

    /** A field name that comes from the content pack, such as a factor id. */
    private static void name(JsonGenerator g, String field) throws IOException {
        TEXTS.writeName(g, field);
    }

    private static void startObject(JsonGenerator g, SerializableString field) throws IOException {
        g.writeFieldName(field);
        g.writeStartObject();
    }

    private static void startArray(JsonGenerator g, SerializableString field) throws IOException {
        g.writeFieldName(field);
        g.writeStartArray();
    }

    private static void strings(JsonGenerator g, SerializableString field, Collection<String> values) throws IOException {
        startArray(g, field);
        for (String value : values) {
            TEXTS.writeValue(g, value);
        }
        g.writeEndArray();
    }
}
