package org.raitoolkit.euled;

import org.raitoolkit.testkit.TestResources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.euled.LedFacts.LoggedOperation;
import org.raitoolkit.euled.LedFacts.SpecialCategory;
import org.raitoolkit.model.FactField;
import org.raitoolkit.model.FactKind;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.rules.ToolkitEngine;

/** The euLed section: what it declares, how answer files give it, and what it refuses. */
class LedFactsTest {

    private static final class Holder {
        static final ToolkitEngine ENGINE = ToolkitEngine.builder().ruleSet(EuLed.ruleSet()).build();
    }

    @Test
    void should_declare_every_fact_with_a_help_text_citing_its_article() {
        // GIVEN the section
        List<FactField> fields = EuLed.FACTS.fields();
        // THEN it covers every component of the record, answerable with yes/no or a choice, each citing the Directive
        assertThat(EuLed.FACTS.key()).isEqualTo("euLed");
        assertThat(EuLed.FACTS.title()).isEqualTo("EU Law Enforcement Directive");
        assertThat(fields).hasSize(LedFacts.class.getRecordComponents().length);
        assertThat(fields).allSatisfy(f -> {
            assertThat(f.help()).as("help of %s", f.name()).containsPattern("Art\\. \\d+");
            assertThat(f.kind()).as("kind of %s", f.name()).isIn(FactKind.YES_NO, FactKind.ONE_OF, FactKind.SOME_OF);
        });
        assertThat(EuLed.FACTS.field("specialCategoryGround").requiredWhen()).hasSize(1);
    }

    @Test
    void should_keep_the_sets_in_declaration_order_whatever_order_they_are_given_in() {
        // GIVEN facts whose sets are given out of order
        LedFacts facts = new LedFacts(null, null, null, null, null,
                Set.of(SpecialCategory.HEALTH, SpecialCategory.RACIAL_OR_ETHNIC_ORIGIN), null, null, null, null, null, null, null,
                null, null, null, null, null, null, Set.of(LoggedOperation.ERASURE, LoggedOperation.COLLECTION), null, null, null,
                null, null, null, null, null);
        // THEN they list in the order of the enums, and absent sets are empty
        assertThat(facts.specialCategories()).containsExactly(SpecialCategory.RACIAL_OR_ETHNIC_ORIGIN, SpecialCategory.HEALTH);
        assertThat(facts.loggedOperations()).containsExactly(LoggedOperation.COLLECTION, LoggedOperation.ERASURE);
        assertThat(facts.purposes()).isEmpty();
    }

    @Test
    void should_write_choices_in_plain_words_for_the_texts_of_findings() {
        // GIVEN choices as the facts hold them
        LedFacts facts = new LedFacts(null, null, null, null, null,
                Set.of(SpecialCategory.HEALTH, SpecialCategory.BIOMETRIC_FOR_IDENTIFICATION), null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        // THEN findings name them in lower-case words, in declaration order
        assertThat(LedAssessment.words(facts.specialCategories())).isEqualTo("biometric for identification, health");
        assertThat(LedAssessment.words(LedFacts.TransferGround.ADEQUACY_DECISION)).isEqualTo("adequacy decision");
    }

    @Test
    void should_refuse_a_special_category_without_the_facts_article_10_needs() throws Exception {
        // GIVEN a scenario input whose euLed section lists a special category but not its ground, necessity or safeguards
        String text = Files.readString(TestResources.path("scenarios/inputs/01-live-facial-recognition-in-order.yaml"))
                .replace("    specialCategoryGround: AUTHORISED_BY_LAW\n", "")
                .replace("    strictlyNecessary: true\n", "");
        AnswerFiles reader = AnswerFiles.forPack(Holder.ENGINE.content()).withFactSections(Holder.ENGINE.factSections());
        // WHEN it is read
        // THEN each missing fact is named with its place and the condition that requires it
        assertThatThrownBy(() -> reader.parseRisk("lfr.yaml", text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("/system/euLed/specialCategoryGround")
                .hasMessageContaining("/system/euLed/strictlyNecessary")
                .hasMessageContaining("specialCategories is");
    }

    @Test
    void should_carry_the_facts_of_an_answer_file_into_the_profile() throws Exception {
        // GIVEN a scenario input with a euLed section
        RiskAnswers answers = AnswerFiles.forPack(Holder.ENGINE.content()).withFactSections(Holder.ENGINE.factSections())
                .readRisk(TestResources.path("scenarios/inputs/01-live-facial-recognition-in-order.yaml"));
        // THEN the profile holds them as the section's record
        LedFacts facts = answers.system().extension(EuLed.FACTS).orElseThrow();
        assertThat(facts.specialCategories()).containsExactly(SpecialCategory.BIOMETRIC_FOR_IDENTIFICATION);
        assertThat(facts.loggedOperations()).containsExactlyElementsOf(List.of(LoggedOperation.values()));
    }
}
