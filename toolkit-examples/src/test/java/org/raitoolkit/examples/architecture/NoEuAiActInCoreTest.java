package org.raitoolkit.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No core module names the EU AI Act: its facts, template lines, report section and form fields
 * come from its own module through typed fact sections and report sections, as any rule set's
 * would. Checked on the sources and resources of each core module's main code.
 *
 * <p>The web module joins this list once its form is made from the declared sections (pending).
 */
class NoEuAiActInCoreTest {

    /** The core modules, relative to this module's folder. */
    private static final List<String> CORE = List.of("toolkit-model", "toolkit-content", "toolkit-rules", "toolkit-reporting");

    /** What would name the Act or its rule set. */
    static final Pattern NAMES_THE_ACT = Pattern.compile("EuAiAct|euAiAct|EU-AI-ACT|EU AI Act|2024/1689");

    /**
     * Data of the default content pack, not code: its guidance cites the Act as a source of law
     * (as it cites the Law Enforcement Directive), and its example answer files carry the EU
     * section under its key, as any answer file may; neither makes the code treat the Act apart.
     */
    private static final List<String> DATA = List.of(
            "toolkit-content/src/main/resources/org/raitoolkit/content/default/",
            "toolkit-content/src/main/resources/org/raitoolkit/content/examples/");

    @Test
    void should_find_no_main_class_or_resource_of_a_core_module_that_names_the_eu_ai_act() throws IOException {
        List<String> found = new ArrayList<>();
        for (String module : CORE) {
            Path main = Path.of("..", module, "src", "main");
            assertThat(main).as("the sources of %s", module).isDirectory();
            try (Stream<Path> files = Files.walk(main)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String relative = Path.of("..").relativize(file).toString().replace('\\', '/');
                    if (DATA.stream().anyMatch(relative::startsWith)) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
                    for (int i = 0; i < lines.size(); i++) {
                        if (NAMES_THE_ACT.matcher(lines.get(i)).find()) {
                            found.add(relative + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(found).as("core code that names the EU AI Act").isEmpty();
    }

    @Test
    void should_recognise_each_way_of_naming_the_act() {
        // The check above passes on an empty list; it must also be able to fail.
        for (String s : List.of("EuAiActProfile", "p.euAiAct()", "\"EU-AI-ACT\"", "the EU AI Act", "Regulation (EU) 2024/1689")) {
            assertThat(NAMES_THE_ACT.matcher(s).find()).as(s).isTrue();
        }
        assertThat(NAMES_THE_ACT.matcher("Directive (EU) 2016/680, Art. 25").find()).isFalse();
    }
}
