package org.raitoolkit.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * Answer documents as trees: what the forms build and send to the content module's reader, and
 * what an uploaded file holds before it is checked. Reading a tree here never decides whether
 * answers are valid; {@code AnswerFiles} does, with the CLI's messages.
 */
final class Trees {

    /** The name under which form answers are checked; the {@code .json} ending selects JSON. */
    static final String FORM_SOURCE = "form.json";

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder().build())
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .addModule(new JavaTimeModule())
            .build();

    private Trees() {
    }

    /** A new empty object. */
    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** {@code tree} as JSON bytes, for {@code AnswerFiles.parse*(FORM_SOURCE, bytes)}. */
    static byte[] json(JsonNode tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree built from a form always writes", e);
        }
    }

    /** {@code tree} as YAML text, for answers saved before they are complete. */
    static String yaml(JsonNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree built from a form always writes", e);
        }
    }

    /**
     * The tree in a file, YAML or JSON by its name as {@code AnswerFiles} decides, or null when it
     * does not read as either (the reader has already said why) or is not a mapping.
     */
    static ObjectNode read(String name, byte[] bytes) {
        try {
            ObjectMapper mapper = name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
            JsonNode tree = mapper.readTree(new String(bytes, StandardCharsets.UTF_8));
            return tree instanceof ObjectNode o ? o : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Answers the content module wrote as YAML, read back as a tree, to fill a form from. */
    static ObjectNode ofYaml(String yaml) {
        ObjectNode tree = read("answers.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        if (tree == null) {
            throw new IllegalStateException("answers written as YAML did not read back");
        }
        return tree;
    }

    /** A model object bound from a tree the content module has already checked. */
    static <T> T bind(JsonNode tree, Class<T> type) {
        try {
            return JSON.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("checked answers did not bind to " + type.getSimpleName(), e);
        }
    }

    /**
     * A scalar as the name of a constant of an enum, when {@code parse} reads it (for example
     * "4" or "likely" as {@code LIKELY}); otherwise the text as given, so that the form shows the
     * problem instead of silently dropping the value.
     */
    static String constant(JsonNode value, Function<String, ? extends Enum<?>> parse) {
        if (value == null || value.isNull() || value.isMissingNode() || !value.isValueNode()) {
            return "";
        }
        String text = value.asText();
        try {
            return parse.apply(text).name();
        } catch (RuntimeException e) {
            return text;
        }
    }

    /**
     * An answers document from a form: {@code nameKey} (the agency or system) if given, and under
     * {@code answers} the value of every item's field that was filled in, in content order.
     */
    static <T> ObjectNode answersDocument(Params params, String nameKey, java.util.List<T> items,
                                          java.util.function.Function<T, String> id,
                                          java.util.function.Function<T, String> field) {
        ObjectNode tree = object();
        if (params.has(nameKey)) {
            tree.put(nameKey, params.get(nameKey));
        }
        ObjectNode answers = tree.putObject("answers");
        for (T item : items) {
            String value = params.get(field.apply(item));
            if (!value.isEmpty()) {
                answers.put(id.apply(item), value);
            }
        }
        return tree;
    }
}
