package org.raitoolkit.euaiact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.raitoolkit.euaiact.internal.Timeline;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;

/** The dates are data: the shipped timeline, and what the reader says about a broken one. */
class TimelineTest {

    @Test
    void should_ship_the_dates_of_the_act_and_its_amendment_with_their_status() {
        // GIVEN the timeline in the jar
        Timeline timeline = Timeline.shipped();
        // THEN it holds the dates of the legal reference, CONFIRMED only where read in the official text
        assertThat(timeline.entries()).extracting(Timeline.Entry::key, e -> e.applicableFrom().toString(), Timeline.Entry::status)
                .containsExactly(
                        tuple("ENTRY-INTO-FORCE", "2024-08-01", DateStatus.CONFIRMED),
                        tuple("PROHIBITIONS", "2025-02-02", DateStatus.CONFIRMED),
                        tuple("GPAI-GOVERNANCE-PENALTIES", "2025-08-02", DateStatus.CONFIRMED),
                        tuple("TRANSPARENCY", "2026-08-02", DateStatus.CONFIRMED),
                        tuple("ART-50-2-TRANSITION", "2026-12-02", DateStatus.UNVERIFIED),
                        tuple("ARTS-40-49", "2026-08-02", DateStatus.CONFIRMED),
                        tuple("NEW-PROHIBITIONS", "2026-12-02", DateStatus.UNVERIFIED),
                        tuple("ANNEX-III-HIGH-RISK", "2027-12-02", DateStatus.UNVERIFIED),
                        tuple("ANNEX-I-HIGH-RISK", "2028-08-02", DateStatus.UNVERIFIED),
                        tuple("ART-111-2-CUT-OFF", "2026-08-02", DateStatus.CONFIRMED),
                        tuple("PUBLIC-AUTHORITY-LEGACY", "2030-08-02", DateStatus.CONFIRMED),
                        tuple("ART-111-1-CUT-OFF", "2027-08-02", DateStatus.CONFIRMED),
                        tuple("ANNEX-X-LEGACY", "2030-12-31", DateStatus.CONFIRMED));
        assertThat(timeline.entry("ANNEX-III-HIGH-RISK").note()).contains("2026-08-02 in the original text");
        assertThat(timeline.entry("ANNEX-I-HIGH-RISK").note()).contains("2027-08-02 in the original text");
        // AND the Art. 111 dates are the original Regulation's, not the amendment's
        assertThat(timeline.entry("PUBLIC-AUTHORITY-LEGACY").covers()).contains("Art. 111(2)").doesNotContain("2026/1744");
        assertThat(timeline.entry("PUBLIC-AUTHORITY-LEGACY").note()).isNull();
        assertThat(timeline.entry("ANNEX-X-LEGACY").covers()).contains("Art. 111(1)");
    }

    @Test
    void should_apply_on_and_after_the_date_and_not_before() {
        Timeline timeline = Timeline.shipped();
        assertThat(timeline.effective("PROHIBITIONS", LocalDate.of(2025, 2, 1)).appliesOnAssessmentDate()).isFalse();
        assertThat(timeline.effective("PROHIBITIONS", LocalDate.of(2025, 2, 2)).appliesOnAssessmentDate()).isTrue();
        assertThat(timeline.effective("PROHIBITIONS", LocalDate.of(2031, 1, 1)).appliesOnAssessmentDate()).isTrue();
    }

    @Test
    void should_name_the_known_keys_when_a_key_is_unknown() {
        assertThatThrownBy(() -> Timeline.shipped().entry("ART-999"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ART-999").hasMessageContaining("PROHIBITIONS");
    }

    @Test
    void should_report_every_problem_of_a_broken_timeline_with_its_pointer() {
        // GIVEN a timeline with a missing status, a bad date, an unknown field and a repeated key
        String yaml = """
                entries:
                  - key: A
                    applicableFrom: 2025-02-02
                    covers: first
                  - key: B
                    applicableFrom: 2 Feb 2025
                    status: CONFIRMED
                    covers: second
                    source: somewhere
                  - key: C
                    applicableFrom: 2025-02-02
                    status: MAYBE
                    covers: third
                  - key: C
                    applicableFrom: 2025-02-02
                    status: CONFIRMED
                    covers: fourth
                  - key: D
                    applicableFrom: 2025-02-02
                    status: CONFIRMED
                    covers: fifth
                """;
        // WHEN read THEN each problem is named, where it is, with what is allowed
        assertThatThrownBy(() -> Timeline.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "t.yaml"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(Problem::pointer, Problem::message)
                        .containsExactly(
                                tuple("/entries/0/status", "missing field 'status'"),
                                tuple("/entries/1/source", "unknown field 'source'; allowed: key, applicableFrom, status, covers, note"),
                                tuple("/entries/1/applicableFrom", "'2 Feb 2025' is not a date; write it as YYYY-MM-DD"),
                                tuple("/entries/2/status", "'MAYBE' is not a status; allowed: [CONFIRMED, UNVERIFIED]"),
                                tuple("/entries/3/key", "key 'C' is used twice; keys must be unique")));
    }

    @Test
    void should_say_entries_are_missing_when_the_file_has_none() {
        assertThatThrownBy(() -> Timeline.read(new ByteArrayInputStream("other: 1\n".getBytes(StandardCharsets.UTF_8)), "t.yaml"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("t.yaml: /entries: missing field 'entries'");
    }
}
