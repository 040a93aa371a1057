package org.example.agency.exampleact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.ToolkitEngine;

/** What an application with this jar on its class path does: find the rule set, read its facts, assess. */
class ApplicationUseTest {

    private static final ToolkitEngine ENGINE = ToolkitEngine.builder().discoverRuleSets().build();

    @Test
    void should_find_the_rule_set_and_read_its_facts_when_the_jar_is_on_the_class_path() {
        // GIVEN an engine that discovers rule sets, and a reader that knows their fact sections
        ToolkitEngine engine = ENGINE;
        AnswerFiles reader = AnswerFiles.forPack(engine.content()).withFactSections(engine.factSections());
        // WHEN an answer file with an exampleAct section is read and assessed
        RiskAnswers answers = reader.readRisk(Path.of("src/test/resources/scenarios/inputs/not-registered.yaml"));
        RiskResult result = engine.assessRisk(answers);
        // THEN the rule set was found, its facts were read, and its rule made the decision stricter
        assertThat(engine.ruleSets()).contains("EXAMPLE-ACT");
        assertThat(answers.system().extension(ExampleActRuleSetProvider.SECTION))
                .hasValueSatisfying(f -> assertThat(f.registration()).isEqualTo(ExampleActFacts.Registration.NOT_REGISTERED));
        assertThat(result.decision()).isEqualTo(Decision.PROCEED_WITH_CONDITIONS);
        assertThat(result.findings()).extracting(Finding::code).contains("REGISTER-BEFORE-USE");
        assertThat(result.decisionReasons()).extracting(Reason::ruleId).contains("EXA-REGISTER");
    }

    @Test
    void should_refuse_an_answer_file_whose_facts_break_the_section() throws Exception {
        // GIVEN a registered system without its months since the audit, and one audited 200 months ago
        AnswerFiles reader = AnswerFiles.forPack(ENGINE.content()).withFactSections(ENGINE.factSections());
        String file = Files.readString(Path.of("src/test/resources/scenarios/inputs/audit-overdue.yaml"));
        byte[] missing = file.replace("    monthsSinceAudit: 30\n", "").getBytes(StandardCharsets.UTF_8);
        byte[] tooMany = file.replace("monthsSinceAudit: 30", "monthsSinceAudit: 200").getBytes(StandardCharsets.UTF_8);
        // WHEN they are read
        // THEN each is refused at the fact, saying why
        assertThatThrownBy(() -> reader.parseRisk("missing.yaml", missing))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::pointer).contains("/system/exampleAct/monthsSinceAudit"));
        assertThatThrownBy(() -> reader.parseRisk("too-many.yaml", tooMany))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::pointer).contains("/system/exampleAct/monthsSinceAudit"));
    }
}
