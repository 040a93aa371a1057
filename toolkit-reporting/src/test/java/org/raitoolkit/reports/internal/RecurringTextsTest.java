package org.raitoolkit.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text written from the cache is the same bytes as the text written plainly, with the report
 * factory's own escapes, and the cache stays within its bound.
 */
class RecurringTextsTest {

    /** The reports' own factory: it escapes {@code < > & '} too, which Jackson's SerializedString would not. */
    private static final JsonFactory FACTORY = JsonReports.FACTORY;

    /** Text of every kind the escaping and the Latin-1 keys treat differently. */
    static Stream<String> characterMixes() {
        return Stream.of(
                "plain ASCII",
                "a dash \u2013 and \u201Cquotes\u201D",
                "<script>alert('x')</script> & more",
                "tab\there, bell \u0007, newline\n, \"quoted\" and \\backslash",
                "an emoji \uD83D\uDE00 and a rare script \uD840\uDC00",
                "Latin-1 \u00E9\u00E8\u00FC and Greek \u03B1\u03B2",
                "a question?",
                "");
    }

    private interface Writing {
        void write(JsonGenerator g, String name, String value) throws IOException;
    }

    private static byte[] document(Writing writing, List<String> values) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder();
        try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            for (int i = 0; i < values.size(); i++) {
                writing.write(g, "field-" + i + values.get(i), values.get(i));
            }
            g.writeEndObject();
        }
        return bytes.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("characterMixes")
    void should_write_the_same_bytes_as_plain_text_whatever_the_characters(String text) throws IOException {
        // GIVEN a cache for the factory
        RecurringTexts texts = new RecurringTexts(FACTORY, 100);
        List<String> values = List.of(text, text, text);
        // WHEN the same fields are written through the cache and plainly
        byte[] cached = document((g, name, value) -> {
            texts.writeName(g, name);
            texts.writeValue(g, value);
        }, values);
        byte[] plain = document(JsonGenerator::writeStringField, values);
        // THEN
        assertThat(cached).isEqualTo(plain);
    }

    @ParameterizedTest
    @MethodSource("characterMixes")
    void should_write_built_text_as_the_same_bytes_as_plain_text_whatever_the_characters(String text) throws IOException {
        // GIVEN a cache, and the text as three separate instances, as the rules build it
        RecurringTexts texts = new RecurringTexts(FACTORY, 100);
        List<String> values = List.of(new String(text), new String(text), new String(text));
        // WHEN the same fields are written through the cache as built text and plainly
        byte[] cached = document((g, name, value) -> texts.writeBuiltValue(fieldNamed(g, name), value), values);
        byte[] plain = document(JsonGenerator::writeStringField, values);
        // THEN
        assertThat(cached).isEqualTo(plain);
    }

    @Test
    void should_not_take_built_text_outside_latin_1_for_text_with_question_marks_in_their_place() throws IOException {
        // GIVEN texts whose Latin-1 bytes are the same: characters outside Latin-1 become '?'
        RecurringTexts texts = new RecurringTexts(FACTORY, 100);
        List<String> values = List.of("why?", "why\u2013", "why?", "why\uD83D\uDE00", "why\u2013", "why\u2014");
        // WHEN they are written as built text
        byte[] cached = document((g, name, value) -> texts.writeBuiltValue(fieldNamed(g, name), value), values);
        // THEN each is itself
        assertThat(cached).isEqualTo(document(JsonGenerator::writeStringField, values));
    }

    @Test
    void should_count_built_text_within_the_same_capacity() throws IOException {
        // GIVEN a cache for three texts that already holds two
        RecurringTexts texts = new RecurringTexts(FACTORY, 3);
        List<String> values = IntStream.range(0, 50).mapToObj(i -> "sentence \u2013 " + i).toList();
        document((g, name, value) -> texts.writeValue(fieldNamed(g, name), value), values.subList(0, 2));
        // WHEN fifty different texts are written as built text
        byte[] cached = document((g, name, value) -> texts.writeBuiltValue(fieldNamed(g, name), value), values);
        // THEN one more is kept, and all fifty are in the document as if written plainly
        assertThat(texts.size()).isEqualTo(3);
        assertThat(cached).isEqualTo(document(JsonGenerator::writeStringField, values));
    }

    @Test
    void should_write_the_same_bytes_when_a_text_does_not_fit_the_rest_of_the_buffer() throws IOException {
        // GIVEN texts long enough to cross the generator's buffer boundary at some point
        RecurringTexts texts = new RecurringTexts(FACTORY, 100);
        String longText = "\u2013 a long recommendation <with markup> & 'quotes' ".repeat(300);
        List<String> values = IntStream.range(0, 20).mapToObj(i -> longText).toList();
        // WHEN
        byte[] cached = document((g, name, value) -> {
            texts.writeName(g, name);
            texts.writeValue(g, value);
        }, values);
        byte[] plain = document(JsonGenerator::writeStringField, values);
        // THEN
        assertThat(cached).isEqualTo(plain);
    }

    @Test
    void should_keep_no_more_than_its_capacity_and_still_write_every_text_when_full() throws IOException {
        // GIVEN a cache for three texts
        RecurringTexts texts = new RecurringTexts(FACTORY, 3);
        List<String> values = IntStream.range(0, 50).mapToObj(i -> "text \u2013 " + i).toList();
        // WHEN fifty different texts are written
        byte[] cached = document((g, name, value) -> texts.writeValue(fieldNamed(g, name), value), values);
        // THEN three are kept, and all fifty are in the document as if written plainly
        assertThat(texts.size()).isEqualTo(3);
        assertThat(cached).isEqualTo(document(JsonGenerator::writeStringField, values));
    }

    private static JsonGenerator fieldNamed(JsonGenerator g, String name) throws IOException {
        g.writeFieldName(name);
        return g;
    }
}
