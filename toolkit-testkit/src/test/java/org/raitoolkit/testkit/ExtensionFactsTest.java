package org.raitoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.FactSection;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.rules.RuleResource;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.testkit.WarrantFacts.Warrant;

class ExtensionFactsTest {

    static final FactSection<WarrantFacts> SECTION = FactSection.builder("nationalWarrant", WarrantFacts.class)
            .title("National warrant")
            .field("warrant", "The state of the warrant for biometric processing.")
            .field("hoursSinceRequest", "Hours since the warrant was requested.")
            .requiredWhen("hoursSinceRequest", "warrant", "REQUESTED")
            .build();

    private static final String DRL = """
            package org.example.warrant;
            import org.raitoolkit.model.Finding;
            import org.raitoolkit.testkit.WarrantFacts;
            import org.raitoolkit.testkit.WarrantFacts.Warrant;
            global org.raitoolkit.rules.spi.Explanations why;
            rule "A warrant pending too long"
                @id("NW-PENDING") @description("A warrant requested over 24 hours ago without an answer.")
                ruleflow-group "risk-recommend"
            when
                WarrantFacts( warrant == Warrant.REQUESTED, hoursSinceRequest > 24 )
            then
                insert(new Finding("NATIONAL-WARRANT", "OBLIGATION", "NW-PENDING", "the warrant is overdue", "Example Act s.12",
                        java.util.List.of(why.because("warrant pending", "hours", 30))));
            end
            """;

    private static final ToolkitEngine ENGINE = ToolkitEngine.builder()
            .ruleSet(RuleSet.of("NATIONAL-WARRANT", "warrant rules", java.util.List.of(RuleResource.drl("warrant.drl", DRL)))
                    .withFacts(SECTION))
            .build();

    private static RiskAnswers lfr(WarrantFacts facts) {
        RiskAnswers answers = AnswerFiles.forPack(ENGINE.content()).readRisk(TestResources.path("scenarios/default/inputs/lfr-escalate.yaml"));
        return new RiskAnswers(answers.system().toBuilder().extension("nationalWarrant", facts).build(), answers.ratings(), null);
    }

    @Test
    void should_insert_a_rule_sets_typed_facts_for_its_rules_to_match() {
        // GIVEN an engine whose rule set declares typed facts, and a profile that gives them
        // WHEN assessed
        var result = ENGINE.assessRisk(lfr(new WarrantFacts(Warrant.REQUESTED, 30)));
        // THEN the rule set's rule matched the typed fact
        assertThat(ENGINE.factSections()).containsExactly(SECTION);
        assertThat(result.findings()).extracting(Finding::code).containsExactly("NW-PENDING");
        // AND a profile without them leaves the rule silent
        assertThat(ENGINE.assessRisk(lfr(new WarrantFacts(Warrant.GRANTED, null))).findings()).isEmpty();
    }

    @Test
    void should_refuse_typed_facts_that_break_a_constraint_or_miss_a_required_fact_with_pointers() {
        // GIVEN hours out of range, and a requested warrant with no hours
        // THEN each is refused at its pointer, saying what is allowed or why it is required
        assertThatThrownBy(() -> ENGINE.assessRisk(lfr(new WarrantFacts(Warrant.GRANTED, 500))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .anySatisfy(p -> assertThat(p.pointer()).isEqualTo("/system/nationalWarrant/hoursSinceRequest")));
        assertThatThrownBy(() -> ENGINE.assessRisk(lfr(new WarrantFacts(Warrant.REQUESTED, null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.pointer()).isEqualTo("/system/nationalWarrant/hoursSinceRequest");
                    assertThat(p.message()).isEqualTo("missing; required when warrant is REQUESTED");
                }));
    }

    @Test
    void should_refuse_two_rule_sets_that_declare_the_same_section() {
        // GIVEN two rule sets declaring the key nationalWarrant
        RuleSet a = RuleSet.of("A", "a", java.util.List.of(RuleResource.drl("a.drl", DRL))).withFacts(SECTION);
        RuleSet b = RuleSet.of("B", "b", java.util.List.of(RuleResource.drl("b.drl", "package org.example.b;\n"))).withFacts(SECTION);
        // THEN the engine is not built, naming the key
        assertThatThrownBy(() -> ToolkitEngine.builder().ruleSet(a).ruleSet(b).build())
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).contains("'nationalWarrant'", "another rule set declares too")));
    }
}
