package org.raitoolkit.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.RiskReport;

/** The data protection impact assessment, for every bundled example, in all five formats. */
class DpiaTest {

    static final List<String> SECTIONS = List.of("Description of the processing and its purposes",
            "Necessity and proportionality of the processing", "Risks to the rights and freedoms of data subjects",
            "Measures, safeguards and security measures envisaged", "Prior consultation of the supervisory authority",
            "Advice of the data-protection officer", "Decision, sign-off and review");

    static Stream<Arguments> examples() {
        List<String> names = Examples.names();
        return IntStream.range(0, names.size()).mapToObj(i -> Arguments.of(names.get(i), Examples.reports().get(i)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_number_and_cite_every_required_section_when_an_example_is_drafted(String name, RiskReport report) {
        FiledDocument dpia = Examples.DOCUMENTS.dpia(report);
        assertThat(dpia.sections()).extracting(Section::title).containsExactlyElementsOf(SECTIONS);
        assertThat(dpia.sections()).extracting(Section::number).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(dpia.sections()).allSatisfy(s -> assertThat(s.cites()).as(s.title()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.instrument()).isEqualTo("LED")));
        assertThat(dpia.notices().get(0)).contains("draft").contains("not legal advice");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_fill_the_sections_from_the_answers_when_an_example_is_drafted(String name, RiskReport report) {
        FiledDocument dpia = Examples.DOCUMENTS.dpia(report);
        assertThat(statement(dpia, "description", "Purpose")).isEqualTo(report.input().system().purpose().strip());
        Part.Grid risks = grid(dpia, "risks");
        assertThat(risks.rows()).hasSize(report.result().factors().size());
        for (FactorResult f : report.result().factors()) {
            assertThat(risks.rows()).anySatisfy(row -> assertThat(row.get(0)).isEqualTo(f.title()));
        }
        long claims = report.result().factors().stream().mapToLong(f -> f.mitigations().size()).sum();
        assertThat(grid(dpia, "measures").rows()).hasSize((int) claims);
        AssessmentRecord record = report.input().assessment();
        if (record != null && record.dataProtectionOfficer() != null && record.dataProtectionOfficer().advice() != null) {
            assertThat(statement(dpia, "dpo-advice", "Advice")).isEqualTo(record.dataProtectionOfficer().advice().strip());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_name_what_is_missing_in_every_marker_when_an_example_is_drafted(String name, RiskReport report) {
        FiledDocument dpia = Examples.DOCUMENTS.dpia(report);
        assertThat(dpia.toBeCompleted()).isNotEmpty();
        Formats.assertEveryMarkerNamesWhatIsMissing(dpia);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_carry_the_sections_and_the_system_in_every_format_when_an_example_is_rendered(String name, RiskReport report) {
        Formats.assertRendersEverywhere(Examples.DOCUMENTS.dpia(report), SECTIONS, report.metadata().answersDigest());
    }

    @Test
    void should_require_prior_consultation_and_name_the_high_risks_when_risks_are_high_before_measures() {
        FiledDocument dpia = Examples.DOCUMENTS.dpia(Examples.report("emergency-call-triage"));
        assertThat(statement(dpia, "prior-consultation", "Required")).startsWith("Yes").contains("Art. 28(1)(a)")
                .contains("False negatives");
    }

    @Test
    void should_name_where_the_answers_were_read_from_when_a_name_is_given() {
        // GIVEN a draft, without and with the name of its answer file
        FiledDocument unnamed = Examples.DOCUMENTS.dpia(Examples.report("patrol-robot"));
        FiledDocument named = unnamed.withAnswersName("answers/patrol-robot.yaml");
        // THEN the name is printed beside the digest, and is null in the JSON when not given
        assertThat(Examples.DOCUMENTS.render(named, ReportFormat.MARKDOWN)).contains("| Answers read from | answers/patrol-robot.yaml |");
        assertThat(Examples.DOCUMENTS.render(unnamed, ReportFormat.MARKDOWN)).doesNotContain("Answers read from");
        assertThat(Examples.DOCUMENTS.render(named, ReportFormat.JSON)).contains("\"answersName\": \"answers/patrol-robot.yaml\"");
        assertThat(Examples.DOCUMENTS.render(unnamed, ReportFormat.JSON)).contains("\"answersName\": null");
        assertThat(Formats.schemaErrors("filed-document.schema.json", Examples.DOCUMENTS.render(named, ReportFormat.JSON))).isEmpty();
        assertThat(named.sections()).isEqualTo(unnamed.sections());
    }

    @Test
    void should_be_the_same_bytes_when_drafted_twice() {
        RiskReport report = Examples.report("live-facial");
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(Examples.DOCUMENTS.renderBytes(Examples.DOCUMENTS.dpia(report), f))
                    .as(f.name()).isEqualTo(Examples.DOCUMENTS.renderBytes(Examples.DOCUMENTS.dpia(report), f));
        }
    }

    static String statement(FiledDocument doc, String section, String label) {
        return doc.section(section).orElseThrow().parts().stream().filter(p -> p.label().equals(label))
                .map(p -> p instanceof Part.Statement s ? s.text() : "to be completed: " + ((Part.ToBeCompleted) p).needed())
                .findFirst().orElseThrow(() -> new AssertionError("no part '" + label + "' in " + section));
    }

    static Part.Grid grid(FiledDocument doc, String section) {
        return doc.section(section).orElseThrow().parts().stream().filter(Part.Grid.class::isInstance).map(Part.Grid.class::cast)
                .findFirst().orElseThrow();
    }
}
