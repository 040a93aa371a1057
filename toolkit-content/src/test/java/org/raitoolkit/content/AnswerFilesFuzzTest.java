package org.raitoolkit.content;

import static org.raitoolkit.content.Rejections.onlyInvalidInput;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes every answer and profile reader: whatever the bytes, each either reads them or rejects
 * them with {@link org.raitoolkit.model.InvalidInputException} and problems placed in the file.
 * Every input is read twice, under a YAML name and under a JSON name, since the name picks the
 * parser.
 *
 * <p>A normal build replays the seed corpus in
 * {@code src/test/resources/org/raitoolkit/content/AnswerFilesFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} one method is fuzzed (see docs/fuzzing.md).
 */
class AnswerFilesFuzzTest {

    private static final AnswerFiles FILES = AnswerFiles.forPack(ContentPacks.defaults());

    /** The names each input is read under: YAML and JSON. */
    private static final List<String> NAMES = List.of("answers.yaml", "answers.json");

    @TempDir
    static Path dir;

    @FuzzTest
    void should_read_or_reject_with_located_problems_when_given_any_risk_file(byte[] input) {
        for (String name : NAMES) {
            onlyInvalidInput(List.of(name), () -> FILES.parseRisk(name, input));
        }
    }

    @FuzzTest
    void should_read_or_reject_with_located_problems_when_given_any_readiness_file(byte[] input) {
        for (String name : NAMES) {
            onlyInvalidInput(List.of(name), () -> FILES.parseReadiness(name, input));
        }
    }

    @FuzzTest
    void should_read_or_reject_with_located_problems_when_given_any_workbook_file(byte[] input) {
        for (String name : NAMES) {
            onlyInvalidInput(List.of(name), () -> FILES.parseWorkbook(name, input));
        }
    }

    /** The system section of a file, and the file as a profile on its own: both read from disk. */
    @FuzzTest
    void should_read_or_reject_with_located_problems_when_given_any_profile_file(byte[] input) throws IOException {
        for (String name : NAMES) {
            Path file = Files.write(dir.resolve(name), input);
            onlyInvalidInput(List.of(file.toString()), () -> FILES.readSystem(file));
            onlyInvalidInput(List.of(file.toString()), () -> FILES.readProfile(file));
        }
    }
}
