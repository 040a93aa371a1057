package org.raitoolkit.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.euaiact.EuAiAct;
import org.raitoolkit.euaiact.EuAiActProfile;
import org.raitoolkit.euaiact.EuAiActResult;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;

/** The deployer's EU database registration data (EU AI Act Art. 49(3), Annex VIII, Section C). */
class RegistrationTest {

    static final List<String> SECTIONS = List.of("Where to register", "The deployer's name, address and contact details",
            "The person submitting the information on the deployer's behalf",
            "The provider's entry for the system in the EU database",
            "Summary of the fundamental rights impact assessment", "Summary of the data protection impact assessment");

    static final List<String> FIELDS = List.of("deployer", "submitter", "providerEntryUrl", "friaSummary", "dpiaSummary");

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> euExamples() {
        List<String> names = Examples.names();
        return IntStream.range(0, names.size())
                .filter(i -> EuAiActResult.from(Examples.reports().get(i).result()).isPresent())
                .mapToObj(i -> Arguments.of(names.get(i), Examples.reports().get(i)));
    }

    @Test
    void should_have_five_examples_with_an_eu_ai_act_result() {
        assertThat(euExamples()).hasSize(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("euExamples")
    void should_validate_and_carry_every_section_c_field_when_an_example_is_drafted(String name, RiskReport report) throws Exception {
        String json = json(Examples.DOCUMENTS.registration(report));
        assertThat(Formats.schemaErrors("registration.schema.json", json)).isEmpty();
        JsonNode root = JSON.readTree(json);
        assertThat(root.get("kind").asText()).isEqualTo("EU_DATABASE_REGISTRATION");
        assertThat(root.get("category").asText()).isEqualTo(EuAiActResult.from(report.result()).orElseThrow().category().name());
        JsonNode sectionC = root.get("sectionC");
        for (int i = 0; i < FIELDS.size(); i++) {
            JsonNode field = sectionC.get(FIELDS.get(i));
            assertThat(field).as(FIELDS.get(i)).isNotNull();
            assertThat(field.get("point").asInt()).isEqualTo(i + 1);
            assertThat(field.has("value") ^ field.has("toBeCompleted")).as(FIELDS.get(i)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("euExamples")
    void should_number_and_cite_every_point_of_section_c_when_an_example_is_drafted(String name, RiskReport report) {
        FiledDocument registration = Examples.DOCUMENTS.registration(report);
        Formats.assertEveryMarkerNamesWhatIsMissing(registration);
        assertThat(registration.sections()).extracting(Section::title).containsExactlyElementsOf(SECTIONS);
        assertThat(registration.sections()).extracting(Section::number).containsExactly("A", "C.1", "C.2", "C.3", "C.4", "C.5");
        for (int point = 1; point <= 5; point++) {
            assertThat(registration.sections().get(point).cites()).extracting(c -> c.article())
                    .contains("Annex VIII, Section C, point " + point, "Art. 49(3)");
        }
        // Points 1 to 3 are the answers where the file gives them, else each is a gap naming its answer field.
        String deployer = report.input().system().extension(EuAiAct.SECTION).orElseThrow().deployer();
        if (deployer == null) {
            assertThat(registration.section("deployer").orElseThrow().toBeCompleted()).singleElement()
                    .satisfies(t -> assertThat(t.needed()).contains("system.euAiAct.deployer"));
        } else {
            assertThat(registration.section("deployer").orElseThrow().parts()).contains(new Part.Statement("Deployer", deployer));
        }
        assertThat(registration.section("provider-entry").orElseThrow().toBeCompleted()).singleElement()
                .satisfies(t -> assertThat(t.needed()).contains("system.euAiAct.providerDatabaseEntry"));
    }

    @Test
    void should_register_in_the_secure_non_public_section_when_the_system_is_high_risk_under_annex_iii_point_1() throws Exception {
        for (String example : List.of("retrospective-facial-recognition", "live-facial-recognition")) {
            FiledDocument registration = Examples.DOCUMENTS.registration(Examples.report(example));
            JsonNode root = JSON.readTree(json(registration));
            assertThat(root.get("databaseSection").asText()).as(example).isEqualTo("SECURE_NON_PUBLIC");
            assertThat(root.get("registrationRequired").asBoolean()).isTrue();
            assertThat(root.get("annexIIIPoints").toString()).contains("\"1(a)\"");
            assertThat(root.at("/databaseSectionReading/status").asText()).isEqualTo("UNVERIFIED");
            assertThat(root.at("/databaseSectionReading/note").asText())
                    .startsWith("As this library reads Art. 49(4)(c); check against the official text");
            JsonNode c = root.get("sectionC");
            assertThat(List.of("deployer", "submitter", "providerEntryUrl"))
                    .allSatisfy(f -> assertThat(c.at("/" + f + "/enterInNonPublicSection").asBoolean()).as(f).isTrue());
            assertThat(List.of("friaSummary", "dpiaSummary"))
                    .allSatisfy(f -> assertThat(c.at("/" + f + "/enterInNonPublicSection").asBoolean()).as(f).isFalse());
            assertThat(DpiaTest.statement(registration, "fria-summary", "Not entered in the non-public section"))
                    .contains("not entered there", "the agency keeps it").doesNotContain("to be completed");
        }
    }

    @Test
    void should_register_in_the_public_part_when_the_system_is_high_risk_under_annex_iii_point_5d() throws Exception {
        FiledDocument registration = Examples.DOCUMENTS.registration(Examples.report("emergency-call-triage"));
        JsonNode root = JSON.readTree(json(registration));
        assertThat(root.get("databaseSection").asText()).isEqualTo("PUBLIC");
        assertThat(root.get("annexIIIPoints").toString()).isEqualTo("[\"5(d)\"]");
        assertThat(root.get("registrationRequired").asBoolean()).isTrue();
        assertThat(FIELDS).allSatisfy(f -> assertThat(root.at("/sectionC/" + f + "/enterInNonPublicSection").asBoolean()).isFalse());
        assertThat(registration.sections()).allSatisfy(s -> assertThat(s.parts())
                .noneMatch(p -> p.label().equals("Not entered in the non-public section")));
        assertThat(registration.notices()).hasSize(1);
    }

    @Test
    void should_list_the_fields_with_a_notice_naming_the_category_when_the_system_is_not_high_risk() throws Exception {
        RiskReport prohibited = Examples.report("reoffending-risk-score");
        JsonNode root = JSON.readTree(json(Examples.DOCUMENTS.registration(prohibited)));
        assertThat(root.get("category").asText()).isEqualTo("PROHIBITED");
        assertThat(root.get("databaseSection").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(root.get("registrationRequired").asBoolean()).isFalse();
        assertThat(root.get("annexIIIPoints").toString()).contains("\"6(d)\"");
        assertThat(root.get("notices").get(1).asText()).contains("does not require registration by the deployer")
                .contains("prohibited practice");
        assertThat(root.get("sectionC").size()).isEqualTo(5);

        FiledDocument minimal = Examples.DOCUMENTS.registration(Examples.report("hotspot-prediction"));
        assertThat(minimal.notices().get(1)).contains("does not require registration by the deployer").contains("minimal risk");
    }

    @Test
    void should_summarise_the_assessment_in_points_4_and_5_when_risks_are_high_before_measures() {
        RiskReport report = Examples.report("emergency-call-triage");
        FiledDocument registration = Examples.DOCUMENTS.registration(report);
        String fria = DpiaTest.statement(registration, "fria-summary", "Summary");
        String dpia = DpiaTest.statement(registration, "dpia-summary", "Summary");
        for (String summary : List.of(fria, dpia)) {
            assertThat(summary).contains("high-risk system", "Annex III point 5(d)", "False negatives", "ESCALATE")
                    .endsWith("before it is entered.").contains("check it against the agency's final");
        }
        assertThat(dpia).contains("Prior consultation of the supervisory authority is indicated");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("euExamples")
    void should_indicate_prior_consultation_exactly_when_the_dpia_does(String name, RiskReport report) {
        String dpia = DpiaTest.statement(Examples.DOCUMENTS.registration(report), "dpia-summary", "Summary");
        boolean required = DpiaTest.statement(Examples.DOCUMENTS.dpia(report), "prior-consultation", "Required").startsWith("Yes");
        assertThat(dpia.contains("Prior consultation of the supervisory authority is indicated")).isEqualTo(required);
    }

    @Test
    void should_reject_a_field_with_neither_value_nor_to_be_completed() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(json(Examples.DOCUMENTS.registration(Examples.report("emergency-call-triage"))));
        ObjectNode deployer = (ObjectNode) root.at("/sectionC/deployer");
        deployer.remove("toBeCompleted");
        deployer.remove("value");
        assertThat(Formats.schemaErrors("registration.schema.json", JSON.writeValueAsString(root))).isNotEmpty();
        deployer.put("value", "Agency").put("toBeCompleted", "both at once");
        assertThat(Formats.schemaErrors("registration.schema.json", JSON.writeValueAsString(root))).isNotEmpty();
    }

    @Test
    void should_fill_the_deployer_when_the_answers_give_it() throws Exception {
        // GIVEN the call-triage answers with the deployer's details in their euAiAct section
        String deployer = "Regional Police Service, 1 Harbour Street, Port Town; registration@police.example";
        RiskReport report = withDeployer(Examples.report("emergency-call-triage"), deployer);
        // WHEN the registration data is drafted
        FiledDocument registration = Examples.DOCUMENTS.registration(report);
        String json = json(registration);
        // THEN point 1 carries it, and the other gaps remain
        assertThat(DpiaTest.statement(registration, "deployer", "Deployer")).isEqualTo(deployer);
        assertThat(Formats.schemaErrors("registration.schema.json", json)).isEmpty();
        JsonNode field = JSON.readTree(json).at("/sectionC/deployer");
        assertThat(field.get("value").asText()).isEqualTo(deployer);
        assertThat(field.has("toBeCompleted")).isFalse();
        assertThat(JSON.readTree(json).at("/sectionC/submitter").has("toBeCompleted")).isTrue();
    }

    @Test
    void should_refuse_when_the_report_has_no_eu_ai_act_result() {
        RiskReport report = Examples.report("csam-victim-identification");
        assertThatThrownBy(() -> Examples.DOCUMENTS.registration(report)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EU AI Act rule set").hasMessageContaining("--jurisdiction EU");
        assertThatThrownBy(() -> Examples.DOCUMENTS.draft(DocumentKind.REGISTRATION, report))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_carry_the_section_titles_in_every_readable_format_when_rendered() {
        for (String example : List.of("emergency-call-triage", "retrospective-facial-recognition")) {
            FiledDocument registration = Examples.DOCUMENTS.draft(DocumentKind.REGISTRATION, Examples.report(example));
            String markdown = Examples.DOCUMENTS.render(registration, ReportFormat.MARKDOWN);
            String html = Examples.DOCUMENTS.render(registration, ReportFormat.HTML);
            String pdf = Formats.pdfText(Examples.DOCUMENTS.renderBytes(registration, ReportFormat.PDF));
            List<String> headings = Formats.docxParagraphs(Examples.DOCUMENTS.renderBytes(registration, ReportFormat.DOCX),
                    "Heading1");
            for (String title : SECTIONS) {
                assertThat(markdown).as(example).contains(title);
                assertThat(html).as(example).contains(title.replace("'", "&#39;"));
                assertThat(pdf).as(example).contains(title);
                assertThat(headings).as(example).anySatisfy(h -> assertThat(h).endsWith(title));
            }
            assertThat(markdown).contains("As this library reads Art. 49(4)(c); check against the official text");
        }
    }

    private static String json(FiledDocument document) {
        return new String(Examples.DOCUMENTS.renderBytes(document, ReportFormat.JSON), StandardCharsets.UTF_8);
    }

    /** The report of the same answers with {@code deployer} set in their euAiAct facts, assessed again. */
    private static RiskReport withDeployer(RiskReport report, String deployer) throws ReflectiveOperationException {
        RiskAnswers input = report.input();
        EuAiActProfile facts = input.system().extension(EuAiAct.SECTION).orElseThrow();
        // The profile has no copy builder: copy every component, with the deployer replaced.
        RecordComponent[] components = EuAiActProfile.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getName().equals("deployer") ? deployer : components[i].getAccessor().invoke(facts);
        }
        EuAiActProfile changed = EuAiActProfile.class.getDeclaredConstructor(types).newInstance(values);
        SystemProfile system = input.system().toBuilder().extension(EuAiAct.SECTION_KEY, changed).build();
        RiskAnswers answers = new RiskAnswers(system, input.ratings(), input.organisationalReadiness(), input.assessment());
        return Reports.of(Examples.ENGINE.content(), Examples.ENGINE.provenance(), Examples.CLOCK)
                .risk(answers, Examples.ENGINE.assessRisk(answers));
    }
}
