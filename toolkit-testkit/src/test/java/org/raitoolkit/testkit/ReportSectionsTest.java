package org.raitoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.ReportSection;
import org.raitoolkit.rules.RuleResource;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;

/** A rule set's report section reaches the reports through the engine's provenance. */
class ReportSectionsTest {

    private static final ReportSection SECTION = ReportSection.builder("nationalWarrant", "National warrant", "NATIONAL-WARRANT")
            .list("duties", "OBLIGATION", "code", "text", "article", "applicableFrom")
            .build();

    private static RuleSet warrant() {
        return RuleSet.of("NATIONAL-WARRANT", "warrant rules", List.of(RuleResource.drl("w.drl", "package org.example.w;\n")));
    }

    @Test
    void should_pass_a_declared_section_on_in_the_provenance() {
        // GIVEN an engine with a rule set that declares a report section
        ToolkitEngine engine = ToolkitEngine.builder().ruleSet(warrant().withReportSection(SECTION)).build();
        // THEN the engine and its provenance carry it; an engine without it carries none
        assertThat(engine.reportSections()).containsExactly(SECTION);
        assertThat(engine.provenance().reportSections()).containsExactly(SECTION);
        assertThat(ToolkitEngine.withDefaults().provenance().reportSections()).isEmpty();
    }

    @Test
    void should_refuse_a_section_of_another_rule_sets_findings_and_a_key_that_is_no_name() {
        ReportSection other = ReportSection.builder("other", "Other", "OTHER-SET").single("CATEGORY", "category", null, null).build();
        assertThatIllegalArgumentException().isThrownBy(() -> warrant().withReportSection(other))
                .withMessageContaining("NATIONAL-WARRANT").withMessageContaining("OTHER-SET");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportSection.builder("Bad key", "t", "X").build())
                .withMessageContaining("'Bad key'");
    }
}
