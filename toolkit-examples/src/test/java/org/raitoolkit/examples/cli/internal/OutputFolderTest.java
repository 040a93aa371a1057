package org.raitoolkit.examples.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raitoolkit.model.InvalidInputException;

/** No name, whoever chose it, makes the command line write outside the output folder. */
class OutputFolderTest {

    @TempDir
    Path dir;

    private OutputFolder out;

    @BeforeEach
    void folder() {
        out = new OutputFolder(dir.resolve("out"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "..", "systems/../../x", "a/b/../../../x", "../out-evil/x.json", "./../x",
            "systems/./../../../../etc/passwd"})
    void should_refuse_a_relative_path_when_it_climbs_out_of_the_folder(String relative) {
        // GIVEN a path that climbs out
        // WHEN / THEN
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> out.resolve(relative))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.source()).isEqualTo(relative);
                    assertThat(p.message()).contains("outside the output folder " + out.root()).contains("must stay inside");
                }));
    }

    @Test
    void should_refuse_an_absolute_path_when_it_is_outside_the_folder() {
        // GIVEN an absolute path elsewhere
        String elsewhere = dir.resolve("elsewhere/x.json").toAbsolutePath().toString();
        // WHEN / THEN
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> out.resolve(elsewhere));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> out.resolve("/etc/passwd"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "systems/.."})
    void should_refuse_the_folder_itself_when_a_path_names_no_file_in_it(String relative) {
        // GIVEN / WHEN / THEN a report cannot replace the folder
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> out.resolve(relative));
    }

    @Test
    void should_resolve_inside_the_folder_when_a_path_stays_in_it() {
        // GIVEN / WHEN
        Path report = out.resolve("systems/a.json");
        Path tricky = out.resolve("systems/../summary.md");
        // THEN
        assertThat(report).isEqualTo(out.root().resolve("systems").resolve("a.json"));
        assertThat(tricky).isEqualTo(out.root().resolve("summary.md"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..", "...", "/etc/cron.d/x", "a/../../b", "..\\..\\windows\\system32",
            ".hidden", "-rf", "con", "name\u0000with-nul", "\u202Eevil\u202C", "systems/../../../x",
            "a very long name that goes on and on and on and on and on and on and on and on and on and on and on and on"})
    void should_make_a_plain_file_name_inside_the_folder_when_a_name_is_hostile(String name) {
        // GIVEN a file name an input could carry
        // WHEN it is made a report name
        String slug = OutputFolder.slug(name);
        Path report = out.resolve("systems/" + slug + ".json");
        // THEN it is one plain path segment, in the systems folder
        assertThat(slug).matches("[a-z0-9_][a-z0-9._-]{0,79}");
        assertThat(report.getParent()).isEqualTo(out.root().resolve("systems"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"system-00001", "a", "a.b_c-d", "a.", "9", "-a", ".a", "a-", "a--", "A", "a b", "a/b", "\u00e9t\u00e9",
            "x123456789x123456789x123456789x123456789x123456789x123456789x123456789x12345678",
            "x123456789x123456789x123456789x123456789x123456789x123456789x123456789x123456789", "---", "..."})
    void should_make_the_slug_the_replacements_make_when_a_name_is_or_nearly_is_one(String name) {
        // GIVEN the replacements slug makes, spelt out (a name that is a slug already skips them)
        String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[.-]+|-+$", "");
        s = s.length() > 80 ? s.substring(0, 80) : s;
        String expected = s.isEmpty() ? "unnamed" : s;
        // WHEN / THEN the slug is theirs
        assertThat(OutputFolder.slug(name)).isEqualTo(expected);
    }

    @Test
    void should_refuse_a_path_when_a_link_in_the_folder_leads_out_of_it() throws IOException {
        // GIVEN an output folder whose systems folder is a link to a folder elsewhere
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(out.root());
        Files.createSymbolicLink(out.root().resolve("systems"), elsewhere);
        // WHEN / THEN a report in it would land elsewhere, so it is refused
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> out.resolve("systems/a.json"))
                .satisfies(e -> assertThat(e.problems().get(0).message()).contains("outside the output folder"));
    }

    @Test
    void should_refuse_a_folder_for_many_files_when_it_is_a_link_out_of_the_folder() throws IOException {
        // GIVEN an output folder whose systems folder is a link to a folder elsewhere
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(out.root());
        Files.createSymbolicLink(out.root().resolve("systems"), elsewhere);
        // WHEN / THEN every report in it would land elsewhere, so it is refused
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> out.folder("systems"))
                .satisfies(e -> assertThat(e.problems().get(0).message()).contains("outside the output folder"));
    }

    @Test
    void should_create_the_folder_inside_when_a_folder_for_many_files_is_missing() {
        // GIVEN an output folder that does not exist yet
        // WHEN
        Path systems = out.folder("systems");
        // THEN
        assertThat(systems).isEqualTo(out.root().resolve("systems")).isDirectory();
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> out.folder("../elsewhere"));
    }
}
