package org.example.agency.exampleact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * This module is the walkthrough "From an empty folder to a tested rule-set jar" of
 * docs/extending.md: every block of the walkthrough headed {@code ```lang file=PATH} is the
 * module's file PATH, whole. These tests keep the page and the module the same. This class is
 * the one file of the module the page does not show, since a rule author's project has no page
 * to compare with.
 */
class WalkthroughDocTest {

    private static final Path PAGE = Path.of("../docs/extending.md");
    private static final String HEADING = "## From an empty folder to a tested rule-set jar";
    private static final Path THIS_TEST = Path.of("src/test/java/org/example/agency/exampleact/WalkthroughDocTest.java");

    @Test
    void should_show_each_file_as_it_is_in_the_module() throws IOException {
        // GIVEN the blocks of the walkthrough that name a file
        Map<Path, String> shown = shownFiles();
        assertThat(shown).as("files shown in the walkthrough").isNotEmpty();
        // WHEN each is compared with the module's file
        // THEN they are the same, character for character
        for (Map.Entry<Path, String> e : shown.entrySet()) {
            assertThat(Files.exists(e.getKey())).as("%s is shown but is no file of the module", e.getKey()).isTrue();
            assertThat(e.getValue()).as("the walkthrough's %s", e.getKey()).isEqualTo(Files.readString(e.getKey()));
        }
    }

    @Test
    void should_show_every_file_of_the_module_but_this_test() throws IOException {
        // GIVEN the module's files, built ones left out
        List<Path> files;
        try (Stream<Path> all = Files.walk(Path.of("src"))) {
            files = new ArrayList<>(all.filter(Files::isRegularFile).sorted().toList());
        }
        files.add(Path.of("pom.xml"));
        files.remove(THIS_TEST);
        // WHEN the walkthrough's files are listed
        // THEN every one of the module's files is among them
        assertThat(shownFiles().keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void should_make_every_folder_of_a_shown_file_with_the_mkdir_command() throws IOException {
        // GIVEN the folders the walkthrough's mkdir -p commands make inside the project
        Matcher block = Pattern.compile("(?s)```sh\\n(mkdir -p .*?)```").matcher(section());
        assertThat(block.find()).as("a ```sh block with mkdir -p").isTrue();
        List<String> words = List.of(block.group(1).replace("\\\n", " ").split("\\s+"));
        List<Path> made = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("-p")) {
                for (int j = i + 1; j < words.size() && !words.get(j).startsWith("&") && !words.get(j).equals("mkdir"); j++) {
                    made.add(Path.of(words.get(j)));
                }
            }
        }
        // WHEN the folder of each shown file is looked for
        // THEN a command makes it (or it is the project folder itself)
        for (Path file : shownFiles().keySet()) {
            Path folder = file.getParent();
            if (folder != null) {
                assertThat(made).as("folders made, for %s", file).anyMatch(m -> m.startsWith(folder));
            }
        }
    }

    /** The walkthrough: from its heading to the next heading of the same level. */
    private static String section() throws IOException {
        String page = Files.readString(PAGE);
        int from = page.indexOf(HEADING + "\n");
        assertThat(from).as("heading '%s' in %s", HEADING, PAGE).isNotNegative();
        int to = page.indexOf("\n## ", from + HEADING.length());
        return page.substring(from, to < 0 ? page.length() : to + 1);
    }

    /** Each block of the walkthrough headed {@code ```lang file=PATH}, by PATH. */
    private static Map<Path, String> shownFiles() throws IOException {
        Matcher m = Pattern.compile("(?ms)^```\\w+ file=(\\S+)\\n(.*?)^```$").matcher(section());
        Map<Path, String> shown = new LinkedHashMap<>();
        while (m.find()) {
            assertThat(shown.put(Path.of(m.group(1)), m.group(2))).as("%s shown twice", m.group(1)).isNull();
        }
        return shown;
    }
}
