package org.raitoolkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.BundledExamples;
import org.raitoolkit.content.BundledExamples.Example;
import org.raitoolkit.euaiact.EuAiAct;
import org.raitoolkit.euaiact.EuAiActResult;
import org.raitoolkit.euled.EuLed;
import org.raitoolkit.model.Citation;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.Instrument;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Every obligation the EU rule sets make for a bundled example cites at least one provision of its
 * law, as a citation the content pack's list of instruments knows; so do the recommendations made
 * from them and every recommendation of the catalogue.
 */
class ObligationCitationsTest {

    private static ToolkitEngine engine;
    private static AnswerFiles files;
    private static Map<String, String> jurisdictions;

    @BeforeAll
    static void engine() {
        engine = ToolkitEngine.builder().ruleSet(EuAiAct.ruleSet()).ruleSet(EuLed.ruleSet()).build();
        files = AnswerFiles.forPack(engine.content()).withFactSections(engine.factSections());
        jurisdictions = engine.content().instruments().instruments().stream()
                .collect(Collectors.toMap(Instrument::id, Instrument::jurisdiction));
    }

    static Stream<String> riskExamples() {
        return BundledExamples.list("risk").stream().map(Example::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("riskExamples")
    void should_cite_its_law_for_every_obligation_when_an_example_is_assessed_with_the_eu_rule_sets(String name) {
        // GIVEN
        Example example = BundledExamples.list("risk").stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        RiskAnswers answers = files.parseRisk(example.name(), example.bytes());
        // WHEN
        RiskResult result = engine.assessRisk(answers);
        // THEN every obligation finding cites its own law
        for (Finding f : result.findings()) {
            if (f.kind().equals(EuAiAct.KIND_OBLIGATION) && f.ruleSet().equals(EuAiAct.RULE_SET_ID)) {
                assertThat(f.citations()).as("citations of %s", f.code()).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.instrument()).isEqualTo("EU AI Act"))
                        .anySatisfy(c -> assertThat(f.reference()).contains(c.article()));
            }
            if (f.kind().equals(EuLed.KIND_OBLIGATION) && f.ruleSet().equals(EuLed.RULE_SET_ID)) {
                assertThat(f.citations()).as("citations of %s", f.code()).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.instrument()).isEqualTo("LED"))
                        .anySatisfy(c -> assertThat(f.reference()).contains(c.article()));
            }
            f.citations().forEach(c -> known(c, f.code()));
        }
        EuAiActResult.from(result).ifPresent(eu -> eu.obligations().forEach(o ->
                assertThat(o.citations()).as("citations of obligation %s", o.code()).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.article()).isNotBlank())));
        // and every recommendation but a mitigation's cites what the pack lists
        for (Recommendation r : result.recommendations()) {
            if (!r.id().startsWith("MIT:")) {
                assertThat(r.citations()).as("citations of %s", r.id()).isNotEmpty();
            }
            r.citations().forEach(c -> known(c, r.id()));
        }
    }

    private static void known(Citation c, String of) {
        assertThat(jurisdictions).as("instrument of %s in %s", c, of).containsEntry(c.instrument(), c.jurisdiction());
    }
}
