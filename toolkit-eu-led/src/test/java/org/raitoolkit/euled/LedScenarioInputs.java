package org.raitoolkit.euled;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Reads a scenario input whose system section carries a euLed section. The answer-file reader
 * does not yet read typed fact sections (that work is under way on another branch), so this
 * takes the section out, reads the rest with the reader and adds the facts to the profile, as an
 * embedding application would.
 */
final class LedScenarioInputs {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private LedScenarioInputs() {
    }

    static RiskAnswers read(ToolkitEngine engine, Path file) {
        try {
            ObjectNode root = (ObjectNode) YAML.readTree(file.toFile());
            JsonNode led = ((ObjectNode) root.get("system")).remove(EuLed.FACTS.key());
            RiskAnswers answers = AnswerFiles.forPack(engine.content())
                    .parseRisk(file.getFileName().toString(), YAML.writeValueAsBytes(root));
            if (led == null) {
                return answers;
            }
            LedFacts facts = YAML.treeToValue(led, LedFacts.class);
            return new RiskAnswers(answers.system().toBuilder().extension(EuLed.FACTS.key(), facts).build(), answers.ratings(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
