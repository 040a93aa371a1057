package org.raitoolkit.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.raitoolkit.documents.DpiaTest.grid;
import static org.raitoolkit.documents.DpiaTest.statement;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.euaiact.EuAiAct;
import org.raitoolkit.euaiact.EuAiActProfile;
import org.raitoolkit.euaiact.EuAiActResult;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.MitigationStatus;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;

/** The fundamental rights impact assessment, for every bundled example the EU AI Act rule set classified, in all five formats. */
class FriaTest {

    static final List<String> SECTIONS = List.of("The deployer's processes in which the system is used",
            "Period and frequency of use", "Categories of natural persons and groups likely to be affected",
            "Specific risks of harm to those persons", "Human oversight measures",
            "Measures if the risks materialise, internal governance and complaints",
            "Relation to the data protection impact assessment", "Notification to the market surveillance authority");

    static Stream<Arguments> examples() {
        List<String> names = Examples.names();
        return IntStream.range(0, names.size())
                .filter(i -> EuAiActResult.from(Examples.reports().get(i).result()).isPresent())
                .mapToObj(i -> Arguments.of(names.get(i), Examples.reports().get(i)));
    }

    @Test
    void should_find_the_examples_with_an_eu_ai_act_result_when_the_bundled_examples_are_assessed() {
        assertThat(examples()).hasSize(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_number_and_cite_every_required_section_when_an_example_is_drafted(String name, RiskReport report) {
        FiledDocument fria = Examples.DOCUMENTS.fria(report);
        assertThat(fria.kind()).isEqualTo(DocumentKind.FRIA);
        assertThat(fria.sections()).extracting(Section::title).containsExactlyElementsOf(SECTIONS);
        assertThat(fria.sections()).extracting(Section::number).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(fria.sections()).allSatisfy(s -> assertThat(s.cites()).as(s.title())
                .anySatisfy(c -> assertThat(c.instrument()).isEqualTo("EU AI Act")));
        assertThat(fria.sections()).extracting(s -> s.cites().get(0).article()).containsExactly("Art. 27(1)(a)",
                "Art. 27(1)(b)", "Art. 27(1)(c)", "Art. 27(1)(d)", "Art. 27(1)(e)", "Art. 27(1)(f)", "Art. 27(4)", "Art. 27(3)");
        assertThat(fria.notices().get(0)).contains("draft").contains("not legal advice");
        assertThat(fria.notices()).hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_fill_the_sections_from_the_answers_when_an_example_is_drafted(String name, RiskReport report) {
        FiledDocument fria = Examples.DOCUMENTS.fria(report);
        EuAiActResult eu = EuAiActResult.from(report.result()).orElseThrow();
        assertThat(statement(fria, "processes", "Purpose")).isEqualTo(report.input().system().purpose().strip());
        assertThat(statement(fria, "processes", "EU AI Act category")).startsWith(eu.category().name().replace('_', ' '));
        List<String> high = report.result().factors().stream()
                .filter(f -> f.inherentLevel().compareTo(RiskLevel.HIGH) >= 0).map(FactorResult::title).toList();
        if (high.isEmpty()) {
            assertThat(statement(fria, "risks", "Risks rated high")).contains("no risk high");
        } else {
            assertThat(grid(fria, "risks").rows()).extracting(row -> row.get(0)).containsExactlyInAnyOrderElementsOf(high);
        }
        // Each is the answer when the file gives one (the emergency-call example does), else a gap naming its field.
        EuAiActProfile facts = report.input().system().extension(EuAiAct.SECTION).orElseThrow();
        assertThat(statement(fria, "period", "Period of use") + statement(fria, "period", "Frequency of use"))
                .contains(facts.usePeriod() == null ? "system.euAiAct.usePeriod" : facts.usePeriod())
                .contains(facts.useFrequency() == null ? "system.euAiAct.useFrequency" : facts.useFrequency());
        AssessmentRecord record = report.input().assessment();
        if (record != null && !record.conditions().isEmpty()) {
            assertThat(grid(fria, "governance").label()).isEqualTo("Conditions the agency accepted");
            assertThat(grid(fria, "governance").rows()).hasSize(record.conditions().size());
        }
        report.result().factors().stream().filter(f -> f.factorId().equals("RF-AUTOMATION-BIAS")).findFirst()
                .filter(f -> !f.mitigations().isEmpty())
                .ifPresent(f -> assertThat(grid(fria, "human-oversight").rows()).filteredOn(row -> row.get(0).equals(f.title()))
                        .hasSize(f.mitigations().size()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_name_what_is_missing_in_every_marker_when_an_example_is_drafted(String name, RiskReport report) {
        FiledDocument fria = Examples.DOCUMENTS.fria(report);
        assertThat(fria.toBeCompleted()).isNotEmpty();
        Formats.assertEveryMarkerNamesWhatIsMissing(fria);
        assertThat(fria.section("risks").orElseThrow().toBeCompleted())
                .anySatisfy(t -> assertThat(t.needed()).contains("instructions for use").contains("Art. 13"));
        assertThat(fria.section("affected-persons").orElseThrow().toBeCompleted())
                .anySatisfy(t -> assertThat(t.needed()).contains("how many people"));
        assertThat(fria.section("notification").orElseThrow().toBeCompleted())
                .anySatisfy(t -> assertThat(t.label()).isEqualTo("Date notified"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_carry_the_sections_and_the_system_in_every_format_when_an_example_is_rendered(String name, RiskReport report) {
        Formats.assertRendersEverywhere(Examples.DOCUMENTS.fria(report), SECTIONS, report.metadata().answersDigest());
    }

    @Test
    void should_refuse_with_the_reason_when_the_report_has_no_eu_ai_act_result() {
        RiskReport report = Examples.report("number-plate-recognition");
        assertThat(EuAiActResult.from(report.result())).isEmpty();
        String message = "the fundamental rights impact assessment needs the EU AI Act rule set: assess with it"
                + " (--jurisdiction EU) and give the system's euAiAct facts";
        assertThatThrownBy(() -> Examples.DOCUMENTS.fria(report)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> Examples.DOCUMENTS.draft(DocumentKind.FRIA, report)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void should_state_the_period_and_frequency_when_the_answers_give_them() {
        // GIVEN the emergency-call example with the period and frequency of use added to its euAiAct facts
        RiskReport report = reassess(Examples.report("emergency-call-triage"), system -> system.toBuilder()
                .extension(EuAiAct.SECTION_KEY, EuAiActProfile.builder()
                        .annexIIIPurposes(java.util.Set.of(EuAiActProfile.AnnexIIIPurpose.EMERGENCY_CALL_TRIAGE))
                        .profilesNaturalPersons(false).assessmentDate(java.time.LocalDate.of(2026, 11, 27))
                        .usePeriod("From 1 May 2027 for three years").useFrequency("Every emergency call, day and night")
                        .build())
                .build(), Map.of());
        // WHEN it is drafted
        FiledDocument fria = Examples.DOCUMENTS.fria(report);
        // THEN section 2 states both, and no marker is left in it
        assertThat(statement(fria, "period", "Period of use")).isEqualTo("From 1 May 2027 for three years");
        assertThat(statement(fria, "period", "Frequency of use")).isEqualTo("Every emergency call, day and night");
        assertThat(fria.section("period").orElseThrow().toBeCompleted()).isEmpty();
    }

    @Test
    void should_require_the_assessment_before_first_use_when_the_system_is_high_risk_under_annex_iii() {
        FiledDocument fria = Examples.DOCUMENTS.fria(Examples.report("emergency-call-triage"));
        assertThat(fria.notices().get(1)).startsWith("Required before first use").contains("Art. 27(1)")
                .contains("body governed by public law").contains("Annex III point 5(d)");
        assertThat(statement(fria, "processes", "What a person does with the output")).contains("reviews each output");
    }

    @Test
    void should_say_the_draft_is_voluntary_when_the_category_needs_no_assessment() {
        RiskReport report = Examples.report("hotspot-prediction");
        String category = EuAiActResult.from(report.result()).orElseThrow().category().name().replace('_', ' ');
        FiledDocument fria = Examples.DOCUMENTS.fria(report);
        assertThat(fria.notices().get(1)).contains(category).contains("does not require").contains("voluntary");
        // The answers say no personal data: the draft does not name people in the data sources.
        assertThat(fria.section("affected-persons").orElseThrow().parts()).filteredOn(Part.Items.class::isInstance)
                .allSatisfy(p -> assertThat(((Part.Items) p).items()).noneMatch(i -> i.contains("sources used"))
                        .anyMatch(i -> i.contains("no personal data")));
    }

    @Test
    void should_say_a_prohibited_practice_may_not_be_used_when_the_category_is_prohibited() {
        FiledDocument fria = Examples.DOCUMENTS.fria(Examples.report("reoffending"));
        assertThat(fria.notices().get(1)).contains("PROHIBITED").contains("Art. 5(1)(d)").contains("may not be put into use")
                .doesNotContain("voluntary");
    }

    @Test
    void should_note_the_completed_assessment_and_the_dpia_when_the_answers_state_them() {
        FiledDocument fria = Examples.DOCUMENTS.fria(Examples.report("live-facial"));
        assertThat(fria.notices()).anySatisfy(n -> assertThat(n).contains("system.euAiAct.friaCompleted"));
        assertThat(fria.notices().get(1)).contains("Art. 5(2)");
        assertThat(statement(fria, "dpia", "Data protection impact assessment")).contains("exists").contains("complements");
        assertThat(fria.section("affected-persons").orElseThrow().parts())
                .anySatisfy(p -> assertThat(p.label()).isEqualTo("What the Directive's facts add"));
    }

    @Test
    void should_point_to_the_dpia_draft_when_the_answers_do_not_state_a_dpia() {
        FiledDocument fria = Examples.DOCUMENTS.fria(Examples.report("emergency-call-triage"));
        assertThat(statement(fria, "dpia", "Data protection impact assessment")).contains("\"toolkit dpia\" drafts one");
    }

    @Test
    void should_ask_for_the_complaint_route_until_a_redress_measure_is_in_place_with_evidence() {
        // GIVEN an example whose complaint route is stated in place without evidence
        RiskReport without = Examples.report("retrospective-facial");
        assertThat(Examples.DOCUMENTS.fria(without).section("governance").orElseThrow().toBeCompleted())
                .anySatisfy(t -> assertThat(t.label()).isEqualTo("Complaint route"));
        // WHEN the same measure is given evidence
        FactorRating redress = without.input().ratings().get("RF-NO-REDRESS");
        FactorRating evidenced = new FactorRating(redress.likelihood(), redress.severity(), redress.severityCriteria(),
                List.of(new MitigationClaim("MIT-REDRESS-COMPLAINTS-ROUTE", MitigationStatus.IMPLEMENTED,
                        "public notice on the agency's website, version 3")), redress.rationale());
        FiledDocument fria = Examples.DOCUMENTS.fria(reassess(without, UnaryOperator.identity(),
                Map.of("RF-NO-REDRESS", evidenced)));
        // THEN the marker goes, and the measure is shown with its evidence
        assertThat(fria.section("governance").orElseThrow().toBeCompleted())
                .noneSatisfy(t -> assertThat(t.label()).isEqualTo("Complaint route"));
        assertThat(fria.section("governance").orElseThrow().parts()).filteredOn(Part.Grid.class::isInstance)
                .anySatisfy(p -> assertThat(((Part.Grid) p).rows())
                        .anySatisfy(row -> assertThat(row).contains("public notice on the agency's website, version 3")));
    }

    @Test
    void should_be_the_same_bytes_when_drafted_twice() {
        RiskReport report = Examples.report("live-facial");
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(Examples.DOCUMENTS.renderBytes(Examples.DOCUMENTS.fria(report), f))
                    .as(f.name()).isEqualTo(Examples.DOCUMENTS.renderBytes(Examples.DOCUMENTS.fria(report), f));
        }
    }

    /** The report of {@code report}'s answers with the system changed and some ratings replaced, assessed afresh. */
    private static RiskReport reassess(RiskReport report, UnaryOperator<SystemProfile> system, Map<String, FactorRating> ratings) {
        RiskAnswers in = report.input();
        Map<String, FactorRating> all = new LinkedHashMap<>(in.ratings());
        all.putAll(ratings);
        RiskAnswers answers = new RiskAnswers(system.apply(in.system()), all, in.organisationalReadiness(), in.assessment());
        return Reports.of(Examples.ENGINE.content(), Examples.ENGINE.provenance(), Examples.CLOCK)
                .risk(answers, Examples.ENGINE.assessRisk(answers));
    }
}
