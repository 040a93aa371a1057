package org.raitoolkit.rules.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.rules.RuleFailureException;
import org.raitoolkit.rules.RuleResource;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;

/** Build errors and failures at run time name the author's own file, line, rule and rule set. */
class ErrorsPointHomeTest {

    private static InvalidInputException buildFails(RuleSet set) {
        return catchThrowableOfType(InvalidInputException.class, () -> ToolkitEngine.builder().ruleSet(set).build());
    }

    @Test
    void should_name_the_file_as_the_rule_set_gave_it_with_line_and_column_for_a_syntax_error() {
        // GIVEN a rule set NATIONAL whose file our-national-rules/broken.drl has a constraint with nothing after ==
        RuleSet set = RuleSet.of("NATIONAL", "national rules", List.of(RuleResource.drl("our-national-rules/broken.drl", """
                package org.example.bad;

                import org.raitoolkit.model.SystemProfile;

                global org.raitoolkit.rules.spi.Explanations why;

                rule "Broken"
                    @id("NAT-BROKEN")
                    @description("A rule with a syntax error.")
                    ruleflow-group "risk-decide"
                when
                    SystemProfile( legalBasis == )
                then
                end
                """)));
        // WHEN built THEN the one problem names that path, line 12 and the column of the ')'
        InvalidInputException e = buildFails(set);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("our-national-rules/broken.drl");
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.column()).isEqualTo(34);
        });
        assertThat(e).hasMessageNotContaining("org/example/bad");
    }

    @Test
    void should_give_the_line_and_the_nearest_property_for_a_misspelt_one() {
        // GIVEN a rule that writes realtime for SystemProfile's realTime
        RuleSet set = Drl.ruleSet("NATIONAL", "our-national-rules/typo.drl", "org.example.typo", """
                rule "Real-time systems"
                    @id("NAT-TYPO")
                    @description("A rule with a misspelt property.")
                    ruleflow-group "risk-decide"
                when
                    SystemProfile( legalBasis == LegalBasis.YES,
                                   realtime == true )
                then
                end
                """);
        // WHEN built THEN the problem points at the line of the constraint and suggests realTime
        InvalidInputException e = buildFails(set);
        int header = Drl.HEADER.split("\n", -1).length; // the package line, then the header
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("our-national-rules/typo.drl");
            assertThat(p.line()).isEqualTo(header + 7);
            assertThat(p.message()).contains("did you mean `realTime`?");
        });
    }

    @Test
    void should_refuse_a_rule_in_a_phase_that_never_runs_naming_file_and_rule() {
        // GIVEN a rule in ruleflow-group "risk-decid", a phase no assessment runs
        RuleSet set = Drl.ruleSet("NATIONAL", "phases.drl", "org.example.phase", """
                rule "Misspelt phase"
                    @id("NAT-PHASE")
                    @description("A rule in a phase that does not exist.")
                    ruleflow-group "risk-decid"
                when
                    SystemProfile()
                then
                end
                """);
        // WHEN built THEN the build fails naming the file, the rule and the phase it meant
        InvalidInputException e = buildFails(set);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("phases.drl");
            assertThat(p.line()).isEqualTo(Drl.HEADER.split("\n", -1).length + 1);
            assertThat(p.message()).contains("NAT-PHASE", "'risk-decid'", "never fire", "did you mean `risk-decide`?");
        });
    }

    @Test
    void should_refuse_a_rule_without_a_description_naming_file_and_rule() {
        // GIVEN a rule with an @id and no @description
        RuleSet set = Drl.ruleSet("NATIONAL", "undescribed.drl", "org.example.undescribed", """
                rule "Undescribed"
                    @id("NAT-NO-DESCRIPTION")
                    ruleflow-group "risk-decide"
                when
                    SystemProfile()
                then
                end
                """);
        // WHEN built THEN the build fails naming the file and the rule
        InvalidInputException e = buildFails(set);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("undescribed.drl");
            assertThat(p.message()).contains("NAT-NO-DESCRIPTION", "@description");
        });
    }

    @Test
    void should_stop_a_rule_that_throws_naming_it_and_keep_serving_other_assessments() {
        // GIVEN a rule that throws for systems without a legal basis
        ToolkitEngine engine = Drl.engine(Drl.ruleSet("NATIONAL", "our-national-rules/throws.drl", "org.example.throwing", """
                rule "Fails on a missing legal basis"
                    @id("NAT-THROWS")
                    @description("Divides by zero for systems without a legal basis.")
                    ruleflow-group "risk-decide"
                when
                    $p : SystemProfile( legalBasis == LegalBasis.NO )
                then
                    throw new IllegalStateException("the register of warrants is not available");
                end
                """));
        RiskAnswers reoffending = Drl.example(engine, "reoffending-risk-score.yaml");
        // WHEN a system without a legal basis is assessed
        RuleFailureException e = catchThrowableOfType(RuleFailureException.class, () -> engine.assessRisk(reoffending));
        // THEN the failure names the rule's @id, rule set and file, and what it threw, in words
        assertThat(e).isNotNull();
        assertThat(e.ruleId()).isEqualTo("NAT-THROWS");
        assertThat(e.ruleSet()).isEqualTo("NATIONAL");
        assertThat(e.file()).isEqualTo("our-national-rules/throws.drl");
        assertThat(e).hasMessageContaining("NAT-THROWS").hasMessageContaining("NATIONAL")
                .hasMessageContaining("our-national-rules/throws.drl").hasMessageContaining("the register of warrants is not available")
                .hasMessageNotContaining("Exception");
        // AND the same engine goes on assessing
        assertThat(engine.assessRisk(Drl.example(engine, "patrol-route-optimisation.yaml")).decision()).isEqualTo(Decision.PROCEED);
    }

    @Test
    void should_stop_a_condition_that_throws_without_blaming_a_rule_that_did_not() {
        // GIVEN a rule whose condition divides by zero for every system
        ToolkitEngine engine = Drl.engine(Drl.ruleSet("NATIONAL", "divides.drl", "org.example.divides", """
                rule "Divides by the number of data sources"
                    @id("NAT-DIVIDES")
                    @description("A condition that throws for a system with two data sources.")
                    ruleflow-group "risk-decide"
                when
                    $p : SystemProfile( 10 / (dataSources.size() - 2) > 1 )
                then
                end
                """));
        // WHEN a system with two data sources is assessed
        RiskAnswers answers = Drl.example(engine, "patrol-route-optimisation.yaml");
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> engine.assessRisk(answers));
        // THEN the assessment stops with the toolkit's failure, in words
        assertThat(thrown).isInstanceOf(RuleFailureException.class).hasMessageContaining("/ by zero")
                .hasMessageContaining("a condition of rule NAT-DIVIDES (rule set NATIONAL, file divides.drl) failed")
                .hasMessageNotContaining("Exception");
    }

    private static final String GROWS_FOREVER = """
            rule "Start"
                @id("RUN-START")
                @description("Inserts the first finding.")
                ruleflow-group "risk-decide"
            when
                SystemProfile()
            then
                insert(new Finding("RUNAWAY", "NOTE", "N-0", "first", "none", List.of()));
            end

            rule "Grow"
                @id("RUN-GROW")
                @description("Inserts a new finding for every finding: never settles.")
                ruleflow-group "risk-decide"
            when
                $f : Finding( ruleSet == "RUNAWAY" )
            then
                insert(new Finding("RUNAWAY", "NOTE", "N-" + System.nanoTime(), "again", "none", List.of()));
            end
            """;

    @Test
    void should_stop_a_rule_that_inserts_facts_forever_quickly_naming_it() {
        // GIVEN a rule that inserts a new fact for every fact it inserted, with the default limits
        ToolkitEngine engine = Drl.engine(Drl.ruleSet("RUNAWAY", "runaway.drl", "org.example.runaway", GROWS_FOREVER));
        RiskAnswers answers = Drl.example(engine, "patrol-route-optimisation.yaml");
        long start = System.nanoTime();
        // WHEN assessed (with the default test heap)
        RuleFailureException e = catchThrowableOfType(RuleFailureException.class, () -> engine.assessRisk(answers));
        // THEN it stops at the limit on facts, in seconds, naming the rule
        assertThat(e).isNotNull().hasMessageContaining("more than 100000 facts were inserted")
                .hasMessageContaining("RUN-GROW (rule set RUNAWAY, file runaway.drl)");
        assertThat(e.ruleId()).isEqualTo("RUN-GROW");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        // AND the engine still assesses a system
        assertThat(ToolkitEngine.withDefaults().assessRisk(answers).decision()).isEqualTo(Decision.PROCEED);
    }

    @Test
    void should_stop_at_the_limits_given_to_the_builder() {
        // GIVEN the same runaway rules, with limits set low on the builder
        RuleSet set = Drl.ruleSet("RUNAWAY", "runaway.drl", "org.example.runaway", GROWS_FOREVER);
        ToolkitEngine fewFirings = ToolkitEngine.builder().ruleSet(set).runLimits(500, 100_000, Duration.ofSeconds(10)).build();
        ToolkitEngine shortTime = ToolkitEngine.builder().ruleSet(set)
                .runLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Duration.ofMillis(300)).build();
        RiskAnswers answers = Drl.example(fewFirings, "patrol-route-optimisation.yaml");
        // WHEN assessed THEN each stops at its own limit, naming the rule
        assertThatThrownBy(() -> fewFirings.assessRisk(answers)).isInstanceOf(RuleFailureException.class)
                .hasMessageContaining("did not settle after 500 firings").hasMessageContaining("RUN-GROW");
        assertThatThrownBy(() -> shortTime.assessRisk(answers)).isInstanceOf(RuleFailureException.class)
                .hasMessageContaining("the rules ran for more than 300 ms").hasMessageContaining("RUN-GROW");
        assertThatThrownBy(() -> ToolkitEngine.builder().runLimits(0, 1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
