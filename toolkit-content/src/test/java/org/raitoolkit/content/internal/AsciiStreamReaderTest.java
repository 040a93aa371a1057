package org.raitoolkit.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;

/** {@link AsciiStreamReader} reads as SnakeYAML's own reader does, and YAML parsed through it is parsed the same. */
class AsciiStreamReaderTest {

    /** Line breaks of every kind, tabs, a text longer than SnakeYAML's window of 1,024 characters, and the empty file. */
    private static final List<String> TEXTS = List.of(
            "",
            "a",
            "system:\n  name: x\n",
            "a: 1\r\nb: 2\r\n\r\nc:\r",
            "a\rb\r\rc\n\rd\r\n",
            "\tkey:\tvalue \t\n",
            "word ".repeat(700) + "\n" + "line\n".repeat(300),
            "~!@#$%^&*()_+`-={}[]|\\:;\"'<>,.?/ \n");

    @Test
    void should_take_as_ascii_exactly_the_bytes_snakeyaml_calls_printable() {
        // GIVEN / WHEN / THEN
        for (int b = Byte.MIN_VALUE; b <= Byte.MAX_VALUE; b++) {
            boolean snakeYaml = b >= 0 && StreamReader.isPrintable(b);
            boolean visibleOrSpace = b >= ' ' && b <= '~' || b == '\t' || b == '\n' || b == '\r';
            assertThat(AsciiStreamReader.printable(b)).as("byte %d", b).isEqualTo(snakeYaml).isEqualTo(visibleOrSpace);
            assertThat(AsciiStreamReader.of(new byte[] {'a', (byte) b}, 0, 2) != null).as("byte %d", b).isEqualTo(snakeYaml);
        }
    }

    @Test
    void should_read_only_the_given_part_of_the_bytes() {
        // GIVEN
        byte[] bytes = "\u0001ab: c\u0001".getBytes(StandardCharsets.US_ASCII);
        // WHEN
        AsciiStreamReader reader = AsciiStreamReader.of(bytes, 1, bytes.length - 2);
        // THEN
        assertThat(reader).isNotNull();
        assertThat(reader.prefix(10)).isEqualTo("ab: c");
        assertThat(reader.peek(5)).isZero();
    }

    @Test
    void should_give_the_characters_places_and_marks_of_snakeyamls_reader_whatever_it_is_asked() {
        // GIVEN
        Random random = new Random(7);
        for (String text : TEXTS) {
            for (int run = 0; run < 20; run++) {
                StreamReader theirs = new StreamReader(new StringReader(text));
                AsciiStreamReader ours = AsciiStreamReader.of(text.getBytes(StandardCharsets.US_ASCII), 0, text.length());
                List<String> expected = new ArrayList<>();
                List<String> actual = new ArrayList<>();
                // WHEN: the same calls on both, as a scanner makes them: forward and prefixForward within the text
                for (int step = 0; step < 400; step++) {
                    int remaining = text.length() - theirs.getIndex();
                    int n = random.nextInt(6);
                    int call = random.nextInt(7);
                    expected.add(step(theirs, call, n, remaining));
                    actual.add(step(ours, call, n, remaining));
                }
                // THEN
                assertThat(actual).as("%s, run %d", text, run).isEqualTo(expected);
            }
        }
    }

    /**
     * One call on {@code reader}, and what it then says of itself. Not the text its marks hold:
     * SnakeYAML's holds its current window, ours the whole file (see AsciiStreamReader).
     */
    private static String step(StreamReader reader, int call, int n, int remaining) {
        String result = switch (call) {
            case 0 -> "peek " + reader.peek();
            case 1 -> "peek(" + n + ") " + reader.peek(n);
            case 2 -> "prefix(" + n + ") " + reader.prefix(n);
            case 3 -> {
                reader.forward();
                yield "forward";
            }
            case 4 -> {
                reader.forward(n);
                yield "forward(" + n + ")";
            }
            case 5 -> "prefixForward " + reader.prefixForward(Math.min(n, remaining));
            default -> {
                reader.resetDocumentIndex();
                yield "reset";
            }
        };
        Mark mark = reader.getMark();
        return result + " at " + reader.getIndex() + " " + reader.getLine() + ":" + reader.getColumn() + " document "
                + reader.getDocumentIndex() + " mark " + mark.getName() + " " + mark.getIndex() + " " + mark.getLine() + ":"
                + mark.getColumn();
    }

    @Test
    void should_give_the_same_tokens_texts_and_places_as_jacksons_parser_for_ascii() throws IOException {
        // GIVEN: all of it ASCII, so read through AsciiStreamReader
        String yaml = """
                words: ALMOST_CERTAIN
                sentence: Generated for a test, with a comma
                quoted: "YES"
                single: '0x1F'
                escaped: "tab\\there \\u00e9"
                nothing:
                booleans: [yes, No, true, "true", !!str true]
                numbers: [0, 42, 2147483648, -1, 0x1F, 1.5, 1e3]
                dates: [2024-01-01]
                block: |
                  two
                  lines
                folded: >-
                  one
                  line
                flow: {a: 1, b: [x, y]}
                ? complex
                : key
                MIT-X:
                - MIT-A   # comment
                - MIT-B
                anchored: &a yes
                alias: *a
                """;
        for (String text : List.of(yaml, yaml.replace("\n", "\r\n"), yaml.replace("\n", "\r"))) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            assertThat(AsciiStreamReader.of(bytes, 0, bytes.length)).isNotNull();
            // WHEN
            List<String> jackson = tokens(YAMLFactory.builder().build(), bytes);
            List<String> ours = tokens(new TextFirstYamlFactory(), bytes);
            // THEN
            assertThat(ours).isEqualTo(jackson).hasSizeGreaterThan(60);
        }
    }

    @Test
    void should_report_malformed_ascii_yaml_as_jacksons_parser_does() throws IOException {
        // GIVEN: the kinds of syntax error SnakeYAML reports, some past its first window of 1,024 characters
        String filler = "filler: " + "x".repeat(60) + "\n";
        List<String> broken = List.of("a: b: c", "a:\n  - x\n  y: z", "\"open", "a: [1, 2", "- a\nb: c", "a: 'x' y",
                "key: |\n  ok\n bad", "%YAML 1.1\n%YAML 1.1\n---\na: b", "a: !<tag b", "{a: 1}}", "a:\n\tb: c", "? a\n? b\n: c\n:\n: d",
                filler.repeat(30) + "a: b: c", filler.repeat(16) + "x: \"unterminated\n", "a: @b", "a: `b`", "--- a\n--- b");
        for (String text : broken) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            // WHEN
            String jackson = failure(YAMLFactory.builder().build(), bytes);
            String ours = failure(new TextFirstYamlFactory(), bytes);
            // THEN
            assertThat(ours).as(text).isEqualTo(jackson);
        }
    }

    /** Every token with its text, number and place: the tokens a reader of the file would see. */
    private static List<String> tokens(com.fasterxml.jackson.core.JsonFactory factory, byte[] bytes) throws IOException {
        List<String> out = new ArrayList<>();
        try (JsonParser parser = factory.createParser(bytes)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                out.add(t + " " + parser.getText() + " " + (t.isNumeric() ? parser.getNumberValue() : "") + " "
                        + parser.currentTokenLocation().getLineNr() + ":" + parser.currentTokenLocation().getColumnNr() + " "
                        + parser.currentTokenLocation().getCharOffset());
            }
        }
        return out;
    }

    /**
     * The tokens up to the error, and the error as the reader of answer files reports it: its
     * place and its message on one line (which leaves out the quoted snippet of the file).
     */
    private static String failure(com.fasterxml.jackson.core.JsonFactory factory, byte[] bytes) throws IOException {
        List<String> seen = new ArrayList<>();
        try (JsonParser parser = factory.createParser(bytes)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                seen.add(t + " " + parser.getText());
            }
            return "no error after " + seen;
        } catch (JsonProcessingException e) {
            return seen + " " + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + " "
                    + e.getLocation().getCharOffset() + " " + TreeReader.oneLine(e.getOriginalMessage());
        }
    }
}
