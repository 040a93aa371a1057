package org.raitoolkit.euaiact;

import org.raitoolkit.testkit.TestResources;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.Decision;
import org.raitoolkit.euaiact.EuAiActProfile;
import org.raitoolkit.euaiact.EuAiActProfile.Authorisation;
import org.raitoolkit.euaiact.EuAiActProfile.RbiObjective;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.RuleInfo;

/** The worked example of docs/eu-ai-act.md gives what the page says, and the page lists every rule. */
class WorkedExampleTest {

    private static final Path DOC = Path.of("..", "docs", "eu-ai-act.md");
    private static final Path EXAMPLE = TestResources.path("worked-example/festival-missing-child.yaml");

    private static RiskAnswers example() {
        return AnswerFiles.forPack(Assess.engine().content()).withFactSections(Assess.engine().factSections()).readRisk(EXAMPLE);
    }

    private static RiskAnswers with(java.util.function.UnaryOperator<EuAiActProfile> change) {
        RiskAnswers a = example();
        return new RiskAnswers(a.system().toBuilder().extension(EuAiAct.SECTION_KEY, change.apply(EuAiAct.facts(a.system()).orElse(null))).build(), a.ratings(), null);
    }

    private static String doc() throws IOException {
        return Files.readString(DOC);
    }

    @Test
    void should_give_the_findings_the_page_shows() {
        // GIVEN the worked example
        // WHEN assessed with the rule set
        RiskResult result = Assess.engine().assessRisk(example());
        // THEN the findings are those of the page's table
        assertThat(result.decision()).isEqualTo(Decision.PROCEED);
        assertThat(result.findings()).extracting(f -> f.kind() + " " + f.code()).containsExactlyInAnyOrder(
                "CATEGORY HIGH_RISK", "PATH ART-5-1-H-I", "PATH ANNEX-III-1A",
                "OBLIGATION ART-5-2", "OBLIGATION ART-5-2-REGISTER-WITHOUT-DELAY", "OBLIGATION ART-5-3",
                "OBLIGATION ART-5-3-URGENT-REQUEST", "OBLIGATION ART-5-4", "OBLIGATION ART-12-3", "OBLIGATION ART-14",
                "OBLIGATION ART-14-5", "OBLIGATION ART-26", "OBLIGATION ART-26-5", "OBLIGATION ART-26-6",
                "OBLIGATION ART-26-8", "OBLIGATION ART-27", "OBLIGATION ART-49-4",
                "NOTICE NOT-LEGAL-ADVICE");
        EuAiActResult eu = EuAiActResult.from(result).orElseThrow();
        assertThat(eu.reference()).isEqualTo("Art. 5(1)(h)(i); Art. 6(2); Annex III 1(a)");
        assertThat(eu.obligation("ART-5-3-URGENT-REQUEST").orElseThrow().text()).contains("(18 hours left)");
    }

    static Stream<Arguments> changes() {
        java.util.function.UnaryOperator<EuAiActProfile> late = e -> copy(e, "hoursSinceStart", 30);
        java.util.function.UnaryOperator<EuAiActProfile> lateNotRequested = e -> copy(late.apply(e), "urgentRequestWithin24Hours", false);
        java.util.function.UnaryOperator<EuAiActProfile> lateRequested = e -> copy(late.apply(e), "urgentRequestWithin24Hours", true);
        java.util.function.UnaryOperator<EuAiActProfile> refused = e -> copy(e, "authorisation", Authorisation.REFUSED);
        java.util.function.UnaryOperator<EuAiActProfile> noLaw = e -> copy(e, "nationalLawAuthorises", false);
        java.util.function.UnaryOperator<EuAiActProfile> other = e -> copy(e, "rbiObjective", RbiObjective.OTHER);
        java.util.function.UnaryOperator<EuAiActProfile> otherEarly = e -> copy(copy(e, "rbiObjective", RbiObjective.OTHER),
                "assessmentDate", LocalDate.of(2025, 1, 15));
        return Stream.of(
                Arguments.of("hoursSinceStart: 30", late, Category.HIGH_RISK, Decision.ESCALATE, "MISSING_PRECONDITION URGENCY-WINDOW-PASSED"),
                Arguments.of("hoursSinceStart: 30, urgentRequestWithin24Hours: false", lateNotRequested, Category.PROHIBITED,
                        Decision.DO_NOT_PROCEED, "OBLIGATION ART-5-3-STOP-AND-DELETE"),
                Arguments.of("hoursSinceStart: 30, urgentRequestWithin24Hours: true", lateRequested, Category.HIGH_RISK,
                        Decision.PROCEED, "OBLIGATION ART-5-3-AWAIT-DECISION"),
                Arguments.of("authorisation: REFUSED", refused, Category.PROHIBITED, Decision.DO_NOT_PROCEED, "OBLIGATION ART-5-3-STOP-AND-DELETE"),
                Arguments.of("nationalLawAuthorises: false", noLaw, Category.PROHIBITED, Decision.DO_NOT_PROCEED, "MISSING_PRECONDITION NO-NATIONAL-LAW"),
                Arguments.of("rbiObjective: OTHER", other, Category.PROHIBITED, Decision.DO_NOT_PROCEED, "MISSING_PRECONDITION OBJECTIVE-NOT-ALLOWED"),
                Arguments.of("rbiObjective: OTHER on 2025-01-15", otherEarly, Category.PROHIBITED, Decision.ESCALATE, "PATH ART-5-1-H"));
    }

    /** {@code e} with one field replaced, through the same mapping a profile file goes through. */
    private static EuAiActProfile copy(EuAiActProfile e, String field, Object value) {
        java.util.Map<String, Object> map = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .convertValue(e, new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() { });
        map.put(field, value instanceof Enum<?> en ? en.name() : value instanceof LocalDate d ? d.toString() : value);
        return Assess.facts(map.entrySet().stream().flatMap(x -> Stream.of(x.getKey(), x.getValue())).toArray());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void should_move_the_answer_as_the_page_says_when_one_fact_changes(String change,
            java.util.function.UnaryOperator<EuAiActProfile> apply, Category category, Decision decision, String finding) {
        // GIVEN the worked example with one fact changed
        RiskResult result = Assess.engine().assessRisk(with(apply));
        // THEN category, decision and the new finding are those of the page
        assertThat(EuAiActResult.from(result).orElseThrow().category()).isEqualTo(category);
        assertThat(result.decision()).isEqualTo(decision);
        assertThat(result.findings()).extracting(f -> f.kind() + " " + f.code()).contains(finding);
    }

    @Test
    void should_show_the_example_profile_on_the_page_as_it_is_in_the_test() throws IOException {
        // GIVEN the example file and the page
        String file = Files.readString(EXAMPLE);
        String section = file.substring(file.indexOf("system:"), file.indexOf("ratings:")).strip();
        // THEN the page shows the profile verbatim
        assertThat(doc()).contains(section);
    }

    @Test
    void should_list_every_rule_of_the_set_on_the_page() throws IOException {
        // GIVEN every rule of the set
        String doc = doc();
        // THEN each id is on the page, in a table row
        assertThat(Assess.engine().rules()).filteredOn(r -> r.ruleSet().equals(EuAiAct.RULE_SET_ID))
                .extracting(RuleInfo::id)
                .allSatisfy(id -> assertThat(doc).as("docs/eu-ai-act.md lists " + id).contains("| `" + id + "` |"));
    }
}
