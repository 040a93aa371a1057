package org.raitoolkit.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** The shortcut of {@link TextFirstYamlFactory} gives what Jackson and SnakeYAML give without it. */
class TextFirstYamlFactoryTest {

    private static final List<String> SUFFIXES = List.of("", "1", "0", "_", ".", ":5", "x1F", "b1", "es", "o", "ull", "ULL",
            "rue", "alse", "ff", "n", "<", " ", "-01-01", "023-01-01", "inf", "nan", "e5", "ALMOST_CERTAIN", "é");

    @Test
    void should_be_on_with_the_snakeyaml_the_build_uses() {
        // GIVEN / WHEN / THEN
        assertThat(TextFirstYamlFactory.shortcutOn()).isTrue();
    }

    @Test
    void should_call_text_only_values_that_snakeyaml_resolves_to_text() {
        // GIVEN
        Resolver resolver = new Resolver();
        List<String> wrong = new ArrayList<>();
        // WHEN: every first character of the Basic Multilingual Plane, with endings that make typed values
        for (char first = 0; first < Character.MAX_VALUE; first++) {
            for (String suffix : SUFFIXES) {
                String value = first + suffix;
                if (TextFirstYamlFactory.plainIsText(value) && resolver.resolve(NodeId.scalar, value, true) != Tag.STR) {
                    wrong.add(value);
                }
                if (TextFirstYamlFactory.plainIsWholeNumber(value) && resolver.resolve(NodeId.scalar, value, true) != Tag.INT) {
                    wrong.add(value);
                }
            }
        }
        // THEN
        assertThat(wrong).isEmpty();
    }

    @Test
    void should_call_whole_numbers_only_digits_that_snakeyaml_resolves_to_integers() {
        // GIVEN
        Resolver resolver = new Resolver();
        List<String> values = new ArrayList<>(List.of("1", "9", "10", "42", "123456789012345678", "1234567890123456789",
                "0", "01", "-1", "+1", "1_0", "1.0", "1e3", "1:20", "1 ", "٣"));
        for (int i = 0; i < 100_000; i += 7) {
            values.add(Integer.toString(i));
        }
        // WHEN
        List<String> wrong = values.stream()
                .filter(v -> TextFirstYamlFactory.plainIsWholeNumber(v) && resolver.resolve(NodeId.scalar, v, true) != Tag.INT)
                .toList();
        List<String> taken = values.stream().filter(TextFirstYamlFactory::plainIsWholeNumber).limit(5).toList();
        // THEN
        assertThat(wrong).isEmpty();
        assertThat(taken).containsExactly("1", "9", "10", "42", "123456789012345678");
    }

    @Test
    void should_give_the_same_tokens_texts_and_places_as_jacksons_parser() throws IOException {
        // GIVEN
        String yaml = """
                words: ALMOST_CERTAIN
                sentence: Generated for a test, with a comma
                quoted: "YES"
                single: '0x1F'
                empty: ""
                nothing:
                tilde: ~
                booleans: [yes, No, on, OFF, y, n, true, False, false, TRUE, "true", !!str true, truer]
                numbers: [0, 7, 42, 2147483648, 123456789012345678, 1234567890123456789012, -1, +2, 1_000, 0x1F, 0o17, 017, 0b101, 1.5, .5, -.inf, .NaN, 1e3, 190:20:30]
                dates: [2024-01-01, 2024-01-01T10:00:00Z]
                special: ["<<", <<, "!", é, ünïcode, "  spaced  "]
                tagged: [!!str 12, !!int "12", !!float "1.5", !!bool "yes", !!null "", ! 12, !custom x]
                block: |
                  two
                  lines
                folded: >
                  one
                  line
                MIT-X: [MIT-A, MIT-B]
                anchored: &a yes
                alias: *a
                """;
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        // WHEN
        List<String> jackson = tokens(YAMLFactory.builder().build(), bytes);
        List<String> ours = tokens(new TextFirstYamlFactory(), bytes);
        // THEN
        assertThat(ours).isEqualTo(jackson).hasSizeGreaterThan(80);
    }

    private static List<String> tokens(JsonFactory factory, byte[] bytes) throws IOException {
        List<String> out = new ArrayList<>();
        try (JsonParser parser = factory.createParser(bytes)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                String number = t.isNumeric() ? number(parser) : "";
                out.add(t + " " + parser.getText() + " " + number + " " + ((YAMLParser) parser).isCurrentAlias() + " "
                        + parser.currentTokenLocation().getLineNr() + ":" + parser.currentTokenLocation().getColumnNr());
            }
        }
        return out;
    }

    /** The number as Jackson reads it, or why it cannot (such as for {@code .inf}). */
    private static String number(JsonParser parser) throws IOException {
        try {
            return parser.getNumberType() + " " + parser.getNumberValue();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return e.getClass().getSimpleName() + " " + e.getOriginalMessage();
        }
    }
}
