package org.raitoolkit.rules.extension;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.rules.RuleResource;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;

/** Small rule sets written in the tests, and the bundled examples they run on. */
final class Drl {

    /** The imports and global every test rule file starts with. */
    static final String HEADER = """
            import java.util.List;
            import org.raitoolkit.model.*;
            import org.raitoolkit.rules.spi.*;

            global org.raitoolkit.rules.spi.Explanations why;

            """;

    private Drl() {
    }

    /** A rule set {@code id} of one DRL file {@code file} in package {@code pkg} holding {@code rules}. */
    static RuleSet ruleSet(String id, String file, String pkg, String rules) {
        return RuleSet.of(id, "a rule set written in a test", List.of(RuleResource.drl(file, "package " + pkg + ";\n" + HEADER + rules)));
    }

    /** An engine with the default rules and {@code sets}. */
    static ToolkitEngine engine(RuleSet... sets) {
        ToolkitEngine.Builder b = ToolkitEngine.builder();
        for (RuleSet s : sets) {
            b.ruleSet(s);
        }
        return b.build();
    }

    /**
     * A bundled risk example of toolkit-content, such as {@code reoffending-risk-score.yaml},
     * without the typed fact sections of rule sets this module cannot see (a reader refuses a
     * section no rule set declares).
     */
    static RiskAnswers example(ToolkitEngine engine, String name) {
        return AnswerFiles.forPack(engine.content()).parseRisk(name, withoutSections(bytes("risk/" + name)));
    }

    /** The YAML {@code yaml} with every mapping under {@code system} left out except {@code attributes}. */
    private static byte[] withoutSections(byte[] yaml) {
        try {
            com.fasterxml.jackson.dataformat.yaml.YAMLMapper mapper = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();
            com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(yaml);
            com.fasterxml.jackson.databind.node.ObjectNode system = (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("system");
            List<String> sections = new java.util.ArrayList<>();
            system.fieldNames().forEachRemaining(k -> {
                if (system.get(k).isObject() && !k.equals("attributes")) {
                    sections.add(k);
                }
            });
            system.remove(sections);
            return mapper.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled readiness example of toolkit-content. */
    static ReadinessAnswers readinessExample(ToolkitEngine engine) {
        return AnswerFiles.forPack(engine.content()).parseReadiness("example-agency.yaml", bytes("readiness/example-agency.yaml"));
    }

    /** A bundled workbook example of toolkit-content. */
    static WorkbookAnswers workbookExample(ToolkitEngine engine, String name) {
        return AnswerFiles.forPack(engine.content()).parseWorkbook(name, bytes("workbook/" + name));
    }

    private static byte[] bytes(String example) {
        String resource = "org/raitoolkit/content/examples/" + example;
        try (InputStream in = Drl.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no bundled example " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
