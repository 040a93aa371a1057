package org.raitoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The error format users read: {@code file:line:column: /pointer: message}. */
class ProblemTest {

    @Test
    void should_read_file_line_column_pointer_message_when_everything_is_known() {
        // GIVEN
        Problem p = new Problem("pack.yaml", 12, 13, "/maintainer", "unknown property 'maintainer'");
        // WHEN / THEN
        assertThat(p).hasToString("pack.yaml:12:13: /maintainer: unknown property 'maintainer'");
    }

    @Test
    void should_leave_out_what_is_unknown_when_there_is_no_position_or_pointer() {
        // GIVEN / WHEN / THEN
        assertThat(new Problem("glossary.yaml", 0, 0, "", "missing file")).hasToString("glossary.yaml: missing file");
        assertThat(new Problem("a.yaml", 3, 0, "", "bad")).hasToString("a.yaml:3: bad");
        assertThat(Problem.at("/ratings/RF-X", "unknown")).hasToString("<input>: /ratings/RF-X: unknown");
    }

    @Test
    void should_list_every_problem_one_per_line_when_input_is_invalid() {
        // GIVEN
        List<Problem> problems = List.of(Problem.at("/a", "first"), Problem.at("/b", "second"));
        // WHEN
        InvalidInputException e = new InvalidInputException("answers.yaml is not valid", problems);
        // THEN
        assertThat(e.getMessage()).isEqualTo("answers.yaml is not valid: 2 problems\n  - <input>: /a: first\n  - <input>: /b: second");
        assertThat(e.problems()).isEqualTo(problems);
    }

    @Test
    void should_refuse_to_be_thrown_when_there_is_no_problem() {
        // GIVEN / WHEN / THEN
        assertThatIllegalArgumentException().isThrownBy(() -> new InvalidInputException("x", List.of()));
    }
}
