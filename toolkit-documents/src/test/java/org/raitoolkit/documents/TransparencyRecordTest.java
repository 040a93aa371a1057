package org.raitoolkit.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.euaiact.EuAiAct;
import org.raitoolkit.euaiact.EuAiActProfile;
import org.raitoolkit.model.AcceptedCondition;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.Assessor;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.Sourcing;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.reports.spi.Wording;
import org.raitoolkit.rules.ToolkitEngine;

/** The public transparency record, for every bundled example: filled, marked, rendered, and leaking nothing. */
class TransparencyRecordTest {

    static final List<String> SECTIONS = List.of("What the system does", "Why the agency uses it",
            "The human decision it supports", "Data it uses", "Risks found and the agency's safeguards",
            "How to ask questions or complain", "Review");

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> examples() {
        List<String> names = Examples.names();
        return IntStream.range(0, names.size()).mapToObj(i -> Arguments.of(names.get(i), Examples.reports().get(i)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_number_every_section_and_say_what_was_left_out_when_an_example_is_drafted(String name, RiskReport report) {
        FiledDocument record = Examples.DOCUMENTS.transparencyRecord(report);
        assertThat(record.kind()).isEqualTo(DocumentKind.TRANSPARENCY_RECORD);
        assertThat(record.sections()).extracting(Section::title).containsExactlyElementsOf(SECTIONS);
        assertThat(record.sections()).extracting(Section::number).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(record.notices()).hasSize(2);
        assertThat(record.notices().get(0)).contains("draft").contains("not legal advice");
        assertThat(record.notices().get(1)).contains("left out on purpose").contains("reasons").contains("evidence")
                .contains("security and operational detail").contains("names of staff").contains("supplier")
                .contains("thresholds").contains("avoid detection");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_fill_the_sections_from_the_answers_when_an_example_is_drafted(String name, RiskReport report) {
        FiledDocument record = Examples.DOCUMENTS.transparencyRecord(report);
        SystemProfile system = report.input().system();
        assertThat(text(record, "system", "System")).isEqualTo(system.name().strip());
        assertThat(text(record, "system", "Purpose")).isEqualTo(system.purpose().strip());
        assertThat(text(record, "system", "Who built it")).contains(system.sourcing() == Sourcing.SUPPLIER ? "supplier" : "itself");
        assertThat(text(record, "human-decision", "Human review")).startsWith(system.humanReviewOfOutputs() ? "A member" : "The agency acts");
        assertThat(text(record, "data", "Information about people")).startsWith(system.processesPersonalData() ? "Yes" : "No");
        assertThat(text(record, "data", "Biometric data")).startsWith(system.processesBiometricData() ? "Yes" : "No");
        assertThat(text(record, "data", "Places open to the public")).startsWith(system.publiclyAccessibleSpace() ? "Yes" : "No");
        assertThat(items(record, "data", "Kinds of data"))
                .containsExactlyElementsOf(Wording.sorted(system.dataSources()).stream().map(Wording::dataSource).toList());
        assertThat(text(record, "risks", "Overall result")).isEqualTo(Wording.decisionForPublic(report.result().decision()));
        assertThat(record.section("risks").orElseThrow().parts()).anySatisfy(p -> assertThat(p.label()).startsWith("Main risks found"));
        assertThat(text(record, "review", "Next review")).isEqualTo(report.input().assessment().nextReview().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_list_only_high_risks_and_safeguards_in_place_by_title_when_an_example_is_drafted(String name, RiskReport report) {
        FiledDocument record = Examples.DOCUMENTS.transparencyRecord(report);
        List<String> high = report.result().factors().stream().filter(f -> f.inherentLevel().isAtLeast(RiskLevel.HIGH))
                .map(FactorResult::title).toList();
        List<String> listed = record.section("risks").orElseThrow().parts().stream()
                .filter(p -> p.label().startsWith("Main risks found") && p instanceof Part.Items)
                .flatMap(p -> ((Part.Items) p).items().stream()).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(high);
        List<String> inPlace = titlesOf(report, true);
        List<String> safeguards = record.section("risks").orElseThrow().parts().stream()
                .filter(p -> p.label().startsWith("Safeguards") && p instanceof Part.Items)
                .flatMap(p -> ((Part.Items) p).items().stream()).toList();
        assertThat(safeguards).containsExactlyInAnyOrderElementsOf(inPlace);
        // A safeguard only planned is not shown as one the agency has.
        titlesOf(report, false).stream().filter(t -> !inPlace.contains(t)).forEach(t -> assertThat(safeguards).doesNotContain(t));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_name_what_is_missing_in_every_marker_when_an_example_is_drafted(String name, RiskReport report) {
        FiledDocument record = Examples.DOCUMENTS.transparencyRecord(report);
        assertThat(record.toBeCompleted()).extracting(Part.ToBeCompleted::label)
                .contains("Benefit to the public", "Role of the person who decides", "How to contact the agency");
        assertThat(record.toBeCompleted()).isNotEmpty();
        Formats.assertEveryMarkerNamesWhatIsMissing(record);
        assertThat(statementOrMarker(record, "questions", "How to contact the agency")).contains("data protection officer by role, not by name");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_leak_no_free_text_or_name_from_the_answers_when_an_example_is_rendered(String name, RiskReport report) {
        FiledDocument record = Examples.DOCUMENTS.transparencyRecord(report);
        String markdown = Examples.DOCUMENTS.render(record, ReportFormat.MARKDOWN).replaceAll("\\\\(.)", "$1");
        String json = jsonText(Examples.DOCUMENTS.render(record, ReportFormat.JSON));
        List<String> secrets = secrets(report);
        assertThat(secrets).as("the example gives sensitive text to check").isNotEmpty();
        for (String secret : secrets) {
            assertThat(markdown).as("Markdown").doesNotContain(secret);
            assertThat(json).as("JSON").doesNotContain(secret);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_carry_the_sections_and_the_notice_in_every_format_when_an_example_is_rendered(String name, RiskReport report) {
        FiledDocument record = Examples.DOCUMENTS.transparencyRecord(report);
        Formats.assertRendersEverywhere(record, SECTIONS, report.metadata().answersDigest());
        assertThat(Examples.DOCUMENTS.render(record, ReportFormat.JSON)).contains("\"TRANSPARENCY_RECORD\"");
        assertThat(Examples.DOCUMENTS.render(record, ReportFormat.MARKDOWN)).contains("left out on purpose");
        assertThat(Formats.pdfText(Examples.DOCUMENTS.renderBytes(record, ReportFormat.PDF))).contains("left out on purpose");
    }

    @Test
    void should_name_the_redress_safeguard_when_one_is_in_place() {
        FiledDocument record = Examples.DOCUMENTS.transparencyRecord(Examples.report("live-facial"));
        assertThat(items(record, "questions", "Ways to seek a remedy the agency states are in place"))
                .contains("Published complaints route that recognises AI-related harm");
        assertThat(record.section("questions").orElseThrow().cites()).extracting(Object::toString)
                .anySatisfy(c -> assertThat(c).contains("Art. 14")).anySatisfy(c -> assertThat(c).contains("Art. 52"))
                .anySatisfy(c -> assertThat(c).contains("Art. 13"));
    }

    @Test
    void should_name_no_redress_safeguard_when_none_is_in_place() {
        FiledDocument record = Examples.DOCUMENTS.transparencyRecord(Examples.report("csam"));
        assertThat(record.section("questions").orElseThrow().parts()).noneSatisfy(p -> assertThat(p.label()).startsWith("Ways to seek"));
        assertThat(text(record, "questions", "Complaints to the supervisory authority")).contains("LED Art. 52");
    }

    @Test
    void should_say_the_system_decides_alone_and_cite_the_directive_when_it_takes_decisions_with_legal_effect() {
        FiledDocument record = Examples.DOCUMENTS.transparencyRecord(Examples.report("reoffending"));
        assertThat(text(record, "human-decision", "Who decides")).contains("without a person").contains("LED Art. 11(1)");
        assertThat(text(record, "human-decision", "Human review")).startsWith("The agency acts");
    }

    @Test
    void should_never_name_the_supplier_or_copy_attributes_when_an_attribute_gives_them() {
        // GIVEN an example bought from a supplier, with its name and a threshold in attributes and deployer text
        RiskAnswers base = Examples.report("number-plate").input();
        SystemProfile system = base.system().toBuilder().sourcing(Sourcing.SUPPLIER)
                .attribute("supplier", "Acme Plate Vision Ltd").attribute("matchThreshold", "confidence 0.87 or more")
                .build();
        RiskReport report = assess(Examples.ENGINE, new RiskAnswers(system, base.ratings(), base.organisationalReadiness(),
                base.assessment()));
        // WHEN the record is drafted and rendered
        FiledDocument record = Examples.DOCUMENTS.transparencyRecord(report);
        String markdown = Examples.DOCUMENTS.render(record, ReportFormat.MARKDOWN);
        String json = Examples.DOCUMENTS.render(record, ReportFormat.JSON);
        // THEN it says a supplier built it, without the name or the threshold
        assertThat(text(record, "system", "Who built it")).contains("outside supplier");
        for (String value : List.of("Acme Plate Vision", "0.87")) {
            assertThat(markdown).doesNotContain(value);
            assertThat(json).doesNotContain(value);
        }
    }

    @Test
    void should_mark_the_review_when_the_answers_have_no_assessment_record() {
        RiskAnswers base = Examples.report("hotspot").input();
        RiskReport report = assess(Examples.ENGINE, new RiskAnswers(base.system(), base.ratings(), base.organisationalReadiness(), null));
        FiledDocument record = Examples.DOCUMENTS.transparencyRecord(report);
        assertThat(statementOrMarker(record, "review", "Next review")).startsWith("to be completed:").contains("(assessment.nextReview)");
        assertThat(record.section("review").orElseThrow().parts()).hasSize(1);
    }

    @Test
    void should_draft_and_render_when_the_engine_runs_no_eu_rule_set() {
        ToolkitEngine bare = ToolkitEngine.builder().clock(Examples.CLOCK).build();
        RiskReport report = assess(bare, Examples.report("live-facial").input());
        Documents documents = Documents.of(bare.content());
        FiledDocument record = documents.draft(DocumentKind.TRANSPARENCY_RECORD, report);
        assertThat(record.sections()).extracting(Section::title).containsExactlyElementsOf(SECTIONS);
        assertThat(Formats.schemaErrors("filed-document.schema.json", documents.render(record, ReportFormat.JSON))).isEmpty();
        assertThat(documents.renderBytes(record, ReportFormat.PDF)).isNotEmpty();
        assertThat(record).isEqualTo(documents.transparencyRecord(report));
    }

    @Test
    void should_be_the_same_bytes_when_drafted_twice() {
        RiskReport report = Examples.report("retrospective");
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(Examples.DOCUMENTS.renderBytes(Examples.DOCUMENTS.transparencyRecord(report), f)).as(f.name())
                    .isEqualTo(Examples.DOCUMENTS.renderBytes(Examples.DOCUMENTS.transparencyRecord(report), f));
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Every piece of free text in the answers other than the system's name and purpose: each whole
     * text, and each of its sentences and clauses, longer than 12 characters and not also in the
     * name or purpose; people's names at any length, since a short name is still a name.
     */
    static List<String> secrets(RiskReport report) {
        RiskAnswers answers = report.input();
        List<String> texts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (FactorRating rating : answers.ratings().values()) {
            texts.add(rating.rationale());
            rating.mitigations().forEach(m -> texts.add(m.evidence()));
        }
        texts.addAll(answers.system().attributes().values());
        answers.system().extension(EuAiAct.SECTION).ifPresent(eu -> texts.addAll(euTexts(eu)));
        AssessmentRecord record = answers.assessment();
        if (record != null) {
            record.assessors().stream().map(Assessor::name).forEach(names::add);
            texts.add(record.decisionReason());
            if (record.dataProtectionOfficer() != null) {
                names.add(record.dataProtectionOfficer().name());
                texts.add(record.dataProtectionOfficer().advice());
                texts.add(record.dataProtectionOfficer().reasonNotFollowed());
            }
            if (record.approval() != null) {
                names.add(record.approval().name());
            }
            record.conditions().stream().map(AcceptedCondition::note).forEach(texts::add);
        }
        String allowed = answers.system().name() + "\n" + answers.system().purpose();
        List<String> out = new ArrayList<>();
        names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).forEach(out::add);
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Stream.concat(Stream.of(text.strip()), Stream.of(text.split("[.;:,()]")).map(String::strip))
                    .filter(s -> s.length() > 12 && !allowed.contains(s)).forEach(out::add);
        }
        return out.stream().distinct().toList();
    }

    private static List<String> euTexts(EuAiActProfile eu) {
        List<String> out = new ArrayList<>();
        for (String s : new String[] {eu.deployer(), eu.submitter(), eu.providerDatabaseEntry(), eu.usePeriod(), eu.useFrequency()}) {
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** The titles of the measures claimed in the answers: those in place, or those only planned. */
    private static List<String> titlesOf(RiskReport report, boolean inPlace) {
        List<String> out = new ArrayList<>();
        for (FactorResult f : report.result().factors()) {
            for (MitigationClaim claim : f.mitigations()) {
                if (claim.lowersRisk() == inPlace) {
                    out.add(Examples.ENGINE.content().riskFactor(f.factorId()).flatMap(rf -> rf.mitigations().stream()
                            .filter(m -> m.id().equals(claim.id())).findFirst()).map(m -> m.title()).orElse(claim.id()));
                }
            }
        }
        return out.stream().distinct().toList();
    }

    private static RiskReport assess(ToolkitEngine engine, RiskAnswers answers) {
        return Reports.of(engine.content(), engine.provenance(), Examples.CLOCK).risk(answers, engine.assessRisk(answers));
    }

    /** Every string value in a JSON text, one a line, so that escaping cannot hide a copied text. */
    private static String jsonText(String json) {
        try {
            StringBuilder out = new StringBuilder();
            collect(JSON.readTree(json), out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.asText()).append('\n');
        }
        node.elements().forEachRemaining(child -> collect(child, out));
    }

    private static String text(FiledDocument doc, String section, String label) {
        return doc.section(section).orElseThrow().parts().stream().filter(p -> p.label().equals(label))
                .filter(Part.Statement.class::isInstance).map(p -> ((Part.Statement) p).text()).findFirst()
                .orElseThrow(() -> new AssertionError("no statement '" + label + "' in " + section));
    }

    private static String statementOrMarker(FiledDocument doc, String section, String label) {
        return doc.section(section).orElseThrow().parts().stream().filter(p -> p.label().equals(label))
                .map(p -> p instanceof Part.Statement s ? s.text() : "to be completed: " + ((Part.ToBeCompleted) p).needed())
                .findFirst().orElseThrow(() -> new AssertionError("no part '" + label + "' in " + section));
    }

    private static List<String> items(FiledDocument doc, String section, String label) {
        return doc.section(section).orElseThrow().parts().stream().filter(p -> p.label().equals(label))
                .filter(Part.Items.class::isInstance).map(p -> ((Part.Items) p).items()).findFirst()
                .orElseThrow(() -> new AssertionError("no list '" + label + "' in " + section));
    }
}
