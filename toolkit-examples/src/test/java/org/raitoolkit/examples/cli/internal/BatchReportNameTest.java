package org.raitoolkit.examples.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BatchReportNameTest {

    @Test
    void should_keep_the_plain_name_when_the_input_is_a_safe_yaml_name() {
        // GIVEN / WHEN / THEN
        assertThat(BatchCommand.reportName("system-0001.yaml")).isEqualTo("system-0001");
    }

    @Test
    void should_give_names_that_differ_when_inputs_slug_alike() {
        // GIVEN names that make the same safe name
        List<String> inputs = List.of("a.yaml", "a.json", "a.yml", "A.yaml", "a .yaml", "a.YAML");
        // WHEN
        Set<String> names = inputs.stream().map(BatchCommand::reportName).collect(Collectors.toSet());
        // THEN every input has a name of its own, each a safe file name
        assertThat(names).hasSize(inputs.size());
        assertThat(names).allSatisfy(n -> assertThat(OutputFolder.slug(n)).isEqualTo(n));
    }

    @Test
    void should_give_the_same_name_when_asked_again_for_one_path() {
        // GIVEN / WHEN / THEN: a function of the path alone
        assertThat(BatchCommand.reportName("Hotspot Prediction.json")).isEqualTo(BatchCommand.reportName("Hotspot Prediction.json"))
                .startsWith("hotspot-prediction-");
    }
}
