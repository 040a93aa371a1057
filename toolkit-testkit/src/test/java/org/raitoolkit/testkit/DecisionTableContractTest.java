package org.raitoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * The CSV decision table that docs/extending.md shows raising a decision is this one, meets the
 * contract, and its scenarios pass: the documented table really fires.
 */
class DecisionTableContractTest implements RuleSetContract {

    private static final Path DOC = Path.of("..", "docs", "extending.md");

    @Override
    public RuleSet ruleSet() {
        return RuleSet.fromFolder("NATIONAL-OVERSIGHT", TestResources.path("decision-table"));
    }

    @Override
    public Path scenarios() {
        return TestResources.path("scenarios/decision-table");
    }

    @Test
    void should_document_the_table_as_it_is_tested() throws IOException {
        // GIVEN the guide and the table file the scenarios run
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String table = Files.readString(TestResources.path("decision-table/oversight.drl.csv"), StandardCharsets.UTF_8);
        // THEN the guide shows the file as it is, in a fenced block
        assertThat(doc).as("docs/extending.md shows decision-table/oversight.drl.csv as it is")
                .contains("```\n" + table + "```\n");
    }

    @Test
    void should_pass_every_scenario_of_the_table(ToolkitEngine engine) {
        // WHEN the table's scenarios run on the engine with the table
        // THEN each passes: the table raises the decisions it says it raises
        assertThat(Scenarios.runAll(engine, scenarios())).hasSize(2)
                .allSatisfy(o -> assertThat(o.mismatches()).as(o.toString()).isEmpty());
    }
}
