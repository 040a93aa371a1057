package org.raitoolkit.web.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.raitoolkit.content.BundledExamples;

/**
 * The example answer files bundled with the command line ({@code examples/<kind>/*.yaml} on the
 * class path), offered on each tool's page as a starting point. Read once; immutable.
 */
final class Examples {

    private final Map<String, Map<String, byte[]>> byKind = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    Examples() {
        for (String kind : new String[] {"readiness", "risk", "workbook"}) {
            Map<String, byte[]> examples = list(kind);
            byKind.put(kind, examples);
            examples.forEach((name, bytes) -> labels.put(kind + "/" + name, label(name, bytes)));
        }
    }

    /** The examples of one kind by name (file name without extension), sorted. */
    Map<String, byte[]> of(String kind) {
        return byKind.getOrDefault(kind, Map.of());
    }

    /** The bytes of example {@code name} of {@code kind}, or null. */
    byte[] get(String kind, String name) {
        return of(kind).get(name);
    }

    /** How to name an example in a list: the system or agency it describes, and a workbook's stage. */
    String label(String kind, String name) {
        return labels.getOrDefault(kind + "/" + name, name);
    }

    private static String label(String name, byte[] bytes) {
        com.fasterxml.jackson.databind.node.ObjectNode tree = Trees.read(name + ".yaml", bytes);
        if (tree == null) {
            return name;
        }
        com.fasterxml.jackson.databind.JsonNode system = tree.path("system");
        String label = system.isObject() ? system.path("name").asText(name)
                : system.isValueNode() ? system.asText() : tree.path("agency").asText(name);
        for (org.raitoolkit.model.LifecycleStage stage : org.raitoolkit.model.LifecycleStage.values()) {
            if (system.isValueNode() && name.endsWith("-" + stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))) {
                label += " (" + Words.stage(stage).toLowerCase(java.util.Locale.ROOT) + " stage)";
            }
        }
        return label;
    }

    private static Map<String, byte[]> list(String folder) {
        Map<String, byte[]> examples = new LinkedHashMap<>();
        for (BundledExamples.Example e : BundledExamples.list(folder)) {
            examples.put(e.base(), e.bytes());
        }
        return examples;
    }
}
