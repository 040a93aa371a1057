package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void should_count_the_edits_between_two_words_up_to_the_limit() {
        // GIVEN words one, two and many edits apart
        // THEN the distance is the number of edits, capped at the limit
        assertThat(Spelling.distance("realtime", "realTime", 10)).isEqualTo(1);
        assertThat(Spelling.distance("risk-decid", "risk-decide", 10)).isEqualTo(1);
        assertThat(Spelling.distance("purpse", "purpose", 10)).isEqualTo(1);
        assertThat(Spelling.distance("kitten", "sitting", 10)).isEqualTo(3);
        assertThat(Spelling.distance("kitten", "sitting", 2)).isEqualTo(2);
        assertThat(Spelling.distance("", "abc", 10)).isEqualTo(3);
        // AND a word over 100 characters is never close: refused without the quadratic work
        assertThat(Spelling.distance("a".repeat(101), "a".repeat(101), 5)).isEqualTo(5);
    }
}
