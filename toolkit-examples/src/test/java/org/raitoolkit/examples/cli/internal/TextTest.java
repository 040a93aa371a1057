package org.raitoolkit.examples.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text shown on a terminal or in a summary cannot carry control or invisible format characters. */
class TextTest {

    @Test
    void should_keep_text_as_it_is_when_it_is_printable_and_short_enough() {
        // GIVEN / WHEN / THEN
        assertThat(Text.printable("system-00001.yaml \u00e9\u4e2d", 500)).isEqualTo("system-00001.yaml \u00e9\u4e2d");
        assertThat(Text.printable("abc", 3)).isEqualTo("abc");
    }

    @Test
    void should_escape_control_and_format_characters_when_text_holds_them() {
        // GIVEN an escape sequence and a right-to-left override
        // WHEN / THEN
        assertThat(Text.printable("a\u001b[31mb\u202Ec", 500)).isEqualTo("a\\u001b[31mb\\u202ec");
    }

    @Test
    void should_cut_text_when_it_is_longer_than_allowed() {
        // GIVEN / WHEN / THEN
        assertThat(Text.printable("abcdef", 3)).isEqualTo("abc...");
        assertThat(Text.printable("ab\u0001", 3)).isEqualTo("ab\\...");
    }
}
