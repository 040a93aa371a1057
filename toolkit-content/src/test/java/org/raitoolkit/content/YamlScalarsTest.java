package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.SystemProfile;

/**
 * How the readers take YAML scalars people write: YAML 1.1's yes, no, on and off stay text, and
 * numbers, dates, nulls, quotes and tags read as they always have, values, places and messages
 * alike. Each row: where the value goes, the value as written, and what the reader returns
 * ({@code = type value}) or the problems it reports ({@code ! line:column pointer message}).
 */
class YamlScalarsTest {

    private static final ContentPack PACK = ContentPacks.defaults();
    private static final AnswerFiles FILES = AnswerFiles.forPack(PACK).withFactSections(List.of(PermitFacts.SECTION));

    private static final String CASES = """
            name|NO|= String NO
            name|no|= String no
            name|yes|= String yes
            name|Yes|= String Yes
            name|on|= String on
            name|OFF|= String OFF
            name|y|= String y
            name|n|= String n
            name|true|= String true
            name|True|= String true
            name|FALSE|= String false
            name|1.0|= String 1.0
            name|007|= String 7
            name|0|= String 0
            name|42|= String 42
            name|12345678901234567890123|= String 12345678901234567890123
            name|-1|= String -1
            name|+12|= String 12
            name|1_000|= String 1000
            name|0x1F|= String 31
            name|0o17|= String 0o17
            name|0b101|= String 5
            name|1e3|= String 1E+3
            name|.5|= String 0.5
            name|.inf|! 2:13  malformed YAML: Malformed numeric value '.inf'
            name|-.Inf|! 2:14  malformed YAML: Malformed numeric value '-.Inf'
            name|.NaN|! 2:13  malformed YAML: Malformed numeric value '.NaN'
            name|190:20:30|= String 190:20:30
            name|2024-01-01|= String 2024-01-01
            name|2024-01-01T10:00:00Z|= String 2024-01-01T10:00:00Z
            name|~|! 2:9 /system/name must not be blank
            name|null|! 2:9 /system/name must not be blank
            name|Null|! 2:9 /system/name must not be blank
            name||! 2:8 /system/name must not be blank (found: )
            name|''|! 2:9 /system/name must not be blank (found: )
            name|"YES"|= String YES
            name|'007'|= String 007
            name|!!str 007|= String 007
            name|!!str yes|= String yes
            name|!!int "12"|= String 12
            name|!!bool yes|= String yes
            name|!!float 1|= String 1
            name|!custom x|= String x
            name|é|= String é
            name|ALMOST_CERTAIN|= String ALMOST_CERTAIN
            name|MIT-X|= String MIT-X
            name|<<|= String <<
            name|=|= String =
            legalBasis|NO|= LegalBasis NO
            legalBasis|no|! 6:15 /system/legalBasis 'no' is not allowed; allowed: YES, NO, UNCLEAR
            legalBasis|No|! 6:15 /system/legalBasis 'No' is not allowed; allowed: YES, NO, UNCLEAR
            legalBasis|YES|= LegalBasis YES
            legalBasis|yes|! 6:15 /system/legalBasis 'yes' is not allowed; allowed: YES, NO, UNCLEAR
            legalBasis|Yes|! 6:15 /system/legalBasis 'Yes' is not allowed; allowed: YES, NO, UNCLEAR
            legalBasis|true|! 6:15 /system/legalBasis 'true' is not allowed; allowed: YES, NO, UNCLEAR
            legalBasis|false|! 6:15 /system/legalBasis 'false' is not allowed; allowed: YES, NO, UNCLEAR
            legalBasis|1|! 6:15 /system/legalBasis '1' is not allowed; allowed: YES, NO, UNCLEAR
            legalBasis|UNCLEAR|= LegalBasis UNCLEAR
            legalBasis|unclear|! 6:15 /system/legalBasis 'unclear' is not allowed; allowed: YES, NO, UNCLEAR
            legalBasis|"NO"|= LegalBasis NO
            legalBasis|~|! 6:15 /system/legalBasis must not be null
            legalBasis|n|! 6:15 /system/legalBasis 'n' is not allowed; allowed: YES, NO, UNCLEAR
            realTime|true|= Boolean true
            realTime|True|= Boolean true
            realTime|TRUE|= Boolean true
            realTime|false|= Boolean false
            realTime|yes|! 7:13 /system/realTime expected true or false, found the text 'yes'
            realTime|no|! 7:13 /system/realTime expected true or false, found the text 'no'
            realTime|on|! 7:13 /system/realTime expected true or false, found the text 'on'
            realTime|off|! 7:13 /system/realTime expected true or false, found the text 'off'
            realTime|Off|! 7:13 /system/realTime expected true or false, found the text 'Off'
            realTime|y|! 7:13 /system/realTime expected true or false, found the text 'y'
            realTime|n|! 7:13 /system/realTime expected true or false, found the text 'n'
            realTime|"true"|! 7:13 /system/realTime expected true or false, found the text 'true'
            realTime|1|! 7:13 /system/realTime expected true or false, found '1'
            realTime|0|! 7:13 /system/realTime expected true or false, found '0'
            realTime|~|= Boolean false
            realTime||! 7:12 /system/realTime expected true or false, found the text ''
            reviewed|true|= Boolean true
            reviewed|yes|! 10:15 /system/nationalPermit/reviewed expected true or false, found the text 'yes'
            reviewed|NO|! 10:15 /system/nationalPermit/reviewed expected true or false, found the text 'NO'
            reviewed|on|! 10:15 /system/nationalPermit/reviewed expected true or false, found the text 'on'
            reviewed|1|! 10:15 /system/nationalPermit/reviewed expected true or false, found '1'
            reviewed|~|= null
            grantedOn|2024-01-01|= LocalDate 2024-01-01
            grantedOn|"2024-01-01"|= LocalDate 2024-01-01
            grantedOn|2024-1-1|! 10:16 /system/nationalPermit/grantedOn expected a date as YYYY-MM-DD (for example 2026-11-27), found '2024-1-1'
            grantedOn|2024-01-01T10:00:00Z|= LocalDate 2024-01-01
            grantedOn|20240101|= LocalDate +57385-07-07
            grantedOn|2024-02-30|! 10:16 /system/nationalPermit/grantedOn '2024-02-30' is not a date of the calendar; expected a date as YYYY-MM-DD, with a month from 01 to 12 and a day that month has
            grantedOn|2024-01-01 10:00:00|! 10:16 /system/nationalPermit/grantedOn expected a date as YYYY-MM-DD (for example 2026-11-27), found '2024-01-01 10:00:00'
            readiness|3|= MaturityLevel ESTABLISHED
            readiness|"3"|= MaturityLevel ESTABLISHED
            readiness|3.0|! 3:19 /answers/RQ-STRATEGY-01 '3.0' is not allowed; allowed: 0 (NOT_IN_PLACE), 1 (INITIAL), 2 (DEVELOPING), 3 (ESTABLISHED), 4 (OPTIMISED), UNKNOWN
            readiness|03|= MaturityLevel ESTABLISHED
            readiness|007|! 3:19 /answers/RQ-STRATEGY-01 '7' is not allowed; allowed: 0 (NOT_IN_PLACE), 1 (INITIAL), 2 (DEVELOPING), 3 (ESTABLISHED), 4 (OPTIMISED), UNKNOWN
            readiness|1e0|= MaturityLevel INITIAL
            readiness|0x3|= MaturityLevel ESTABLISHED
            readiness|UNKNOWN|= MaturityLevel UNKNOWN
            readiness|unknown|= MaturityLevel UNKNOWN
            readiness|no|! 3:19 /answers/RQ-STRATEGY-01 'no' is not allowed; allowed: 0 (NOT_IN_PLACE), 1 (INITIAL), 2 (DEVELOPING), 3 (ESTABLISHED), 4 (OPTIMISED), UNKNOWN
            readiness|true|! 3:19 /answers/RQ-STRATEGY-01 'true' is not allowed; allowed: 0 (NOT_IN_PLACE), 1 (INITIAL), 2 (DEVELOPING), 3 (ESTABLISHED), 4 (OPTIMISED), UNKNOWN
            readiness|~|! 3:19 /answers/RQ-STRATEGY-01 must not be null
            readiness|-1|! 3:19 /answers/RQ-STRATEGY-01 '-1' is not allowed; allowed: 0 (NOT_IN_PLACE), 1 (INITIAL), 2 (DEVELOPING), 3 (ESTABLISHED), 4 (OPTIMISED), UNKNOWN
            readiness|+3|= MaturityLevel ESTABLISHED
            readiness|3_0|! 3:19 /answers/RQ-STRATEGY-01 '30' is not allowed; allowed: 0 (NOT_IN_PLACE), 1 (INITIAL), 2 (DEVELOPING), 3 (ESTABLISHED), 4 (OPTIMISED), UNKNOWN
            version|1.0|! 2:10 /version must match "\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.-]+)?" (found: 1.0)
            version|1.0.0|= String 1.0.0
            version|"1.0.0"|= String 1.0.0
            version|1|! 2:10 /version must match "\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.-]+)?" (found: 1)
            version|2024-01-01|! 2:10 /version must match "\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.-]+)?" (found: 2024-01-01)
            language|no|= String no
            language|NO|! 3:11 /language must match "[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*" (found: NO)
            language|on|= String on
            language|yes|= String yes
            language|y|! 3:11 /language must match "[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*" (found: y)
            language|en|= String en
            language|true|! 3:11 /language must match "[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*" (found: true)
            language|nl|= String nl
            """;

    private static final List<String> PROFILE = List.of(
            "system:",
            "  name: Retrospective facial recognition",
            "  purpose: Compare images of unidentified suspects against the custody-image database",
            "  applicationArea: IMAGE_ANALYSIS",
            "  lifecycleStage: DEPLOYMENT",
            "  legalBasis: YES",
            "  realTime: false",
            "  sourcing: SUPPLIER");

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return CASES.lines().map(row -> row.split("\\|", 3)).map(cells -> Arguments.of(cells[0], cells[1], cells[2]));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void should_read_a_value_as_the_row_says_when_written_in_that_yaml_form(String where, String value, String expected)
            throws IOException {
        // GIVEN a file with the value in its place
        // WHEN
        String outcome = switch (where) {
            case "name" -> system(where, value, SystemProfile::name);
            case "legalBasis" -> system(where, value, SystemProfile::legalBasis);
            case "realTime" -> system(where, value, SystemProfile::realTime);
            case "reviewed" -> system(where, value, p -> p.extension(PermitFacts.SECTION).orElseThrow().reviewed());
            case "grantedOn" -> system(where, value, p -> p.extension(PermitFacts.SECTION).orElseThrow().grantedOn());
            case "readiness" -> readiness(value);
            case "version", "language" -> pack(where, value);
            default -> throw new IllegalArgumentException("no place " + where);
        };
        // THEN
        assertThat(outcome).isEqualTo(expected);
    }

    /** A profile with {@code key} set to {@code value}, read by {@link AnswerFiles#readSystem}; keys it lacks go under the typed section {@code nationalPermit}. */
    private String system(String key, String value, Function<SystemProfile, Object> get) throws IOException {
        List<String> lines = new ArrayList<>();
        boolean replaced = false;
        for (String line : PROFILE) {
            if (line.startsWith("  " + key + ":")) {
                lines.add("  " + key + ": " + value);
                replaced = true;
            } else {
                lines.add(line);
            }
        }
        if (!replaced) {
            lines.add("  nationalPermit:");
            lines.add("    " + key + ": " + value);
        }
        Path file = Files.writeString(dir.resolve("system.yaml"), String.join("\n", lines) + "\n");
        return outcome(() -> get.apply(FILES.readSystem(file)));
    }

    /** Readiness answers with {@code value} as the answer to the pack's first question. */
    private static String readiness(String value) {
        String id = PACK.readinessQuestions().get(0).id();
        byte[] bytes = ("agency: Police\nanswers:\n  " + id + ": " + value + "\n").getBytes(StandardCharsets.UTF_8);
        return outcome(() -> FILES.parseReadiness("readiness.yaml", bytes).answers().get(id));
    }

    /** A copy of the default pack whose manifest has {@code key} set to {@code value}. */
    private String pack(String key, String value) {
        PackFolder pack = PackFolder.copyOfDefault(dir);
        pack.replaceFirst("pack", "^" + key + ": .*$", Matcher.quoteReplacement(key + ": " + value));
        return outcome(() -> key.equals("version") ? pack.load().manifest().version() : pack.load().manifest().language());
    }

    private static String outcome(Supplier<Object> read) {
        try {
            Object value = read.get();
            return "= " + (value == null ? "null" : value.getClass().getSimpleName() + " " + value);
        } catch (InvalidInputException e) {
            return "! " + e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.pointer() + " " + p.message())
                    .collect(Collectors.joining(" | "));
        }
    }
}
