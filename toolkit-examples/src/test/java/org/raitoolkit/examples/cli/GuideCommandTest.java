package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.GuideSection;

/** {@code toolkit guide} in each format, and {@code toolkit content validate} on a broken guide. */
class GuideCommandTest {

    private static final ContentPack PACK = ContentPacks.defaults();

    @TempDir
    Path dir;

    @Test
    void should_print_every_section_with_its_links_when_asked_for_text() {
        // GIVEN / WHEN
        CliRun run = CliRun.of("guide");
        // THEN
        assertThat(run.exitCode()).isZero();
        assertThat(run.clean()).isTrue();
        assertThat(run.out()).startsWith(PACK.guide().title());
        // Links wrap across lines like any text, so they are compared with blanks made single spaces.
        String flowed = run.out().replaceAll("\\s+", " ");
        for (GuideSection s : PACK.guide().sections()) {
            assertThat(run.out()).contains(s.title());
            assertThat(flowed).contains("Glossary terms: " + linkedTerms(s) + ".", "Principles: " + linkedPrinciples(s) + ".");
        }
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(96));
    }

    @Test
    void should_print_every_section_as_a_heading_with_its_links_when_asked_for_markdown() {
        // GIVEN / WHEN
        CliRun run = CliRun.of("guide", "--format", "markdown");
        // THEN titles are headings, and links are named after a bold label
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# " + PACK.guide().title());
        for (GuideSection s : PACK.guide().sections()) {
            assertThat(run.out()).contains("\n## " + markdown(s.title()) + "\n",
                    "**Glossary terms:** " + markdown(linkedTerms(s)) + ".",
                    "**Principles:** " + markdown(linkedPrinciples(s)) + ".");
        }
    }

    @Test
    void should_write_an_accessible_page_with_contents_and_headings_in_order_when_asked_for_html() throws IOException {
        // GIVEN
        Path file = dir.resolve("guide.html");
        // WHEN
        CliRun run = CliRun.of("guide", "--format", "html", "--out", file.toString());
        // THEN
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("wrote " + file);
        String html = Files.readString(file);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "<main>", "<nav class=\"toc\" aria-label=\"Contents\">")
                .doesNotContain("<script", "http://", "https://");
        for (GuideSection s : PACK.guide().sections()) {
            String anchor = s.id().toLowerCase(java.util.Locale.ROOT);
            assertThat(html).contains("<a href=\"#" + anchor + "\">" + html(s.title()) + "</a>",
                    "<h2 id=\"" + anchor + "\">" + html(s.title()) + "</h2>",
                    "<strong>Glossary terms:</strong> " + html(linkedTerms(s)),
                    "<strong>Principles:</strong> " + html(linkedPrinciples(s)));
        }
        assertThat(headingLevels(html)).as("one h1, then h2 only: no level is skipped").startsWith(1).containsOnly(1, 2)
                .filteredOn(level -> level == 1).hasSize(1);
    }

    @Test
    void should_define_each_linked_term_once_at_the_end_when_asked_for_html() {
        // GIVEN / WHEN
        CliRun run = CliRun.of("guide", "--format", "html");
        // THEN
        String terms = run.out().substring(run.out().indexOf("<h2 id=\"terms-used\">"));
        PACK.guide().sections().stream().flatMap(s -> s.glossaryTerms().stream()).distinct().forEach(id ->
                assertThat(terms).contains("<strong>" + html(PACK.glossaryTermName(id)) + "</strong>: "));
    }

    @Test
    void should_say_so_and_exit_2_when_the_pack_has_no_guide() throws IOException {
        // GIVEN a pack folder without guide.yaml
        Path pack = copyOfDefaultPack(List.of("pack", "principles", "readiness", "risk-factors", "workbook",
                "roadmap", "recommendations", "glossary", "scoring"));
        // WHEN
        CliRun run = CliRun.of("--content", pack.toString(), "guide");
        // THEN
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains("has no guide; add a guide file to the pack");
    }

    @Test
    void should_reject_an_unknown_format_and_name_the_allowed_ones() {
        // GIVEN / WHEN
        CliRun run = CliRun.of("guide", "--format", "rtf");
        // THEN
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains("rtf", "text", "markdown", "html", "pdf", "docx");
    }

    @Test
    void should_place_a_dangling_guide_link_when_the_pack_is_validated() throws IOException {
        // GIVEN a pack whose guide links a misspelt principle
        Path pack = copyOfDefaultPack(List.of("pack", "principles", "readiness", "risk-factors", "workbook",
                "roadmap", "recommendations", "glossary", "scoring", "guide"));
        Path guide = pack.resolve("guide.yaml");
        String text = Files.readString(guide);
        Matcher m = Pattern.compile("(?m)^\\s+principles: \\[GOVERNANCE\\.ACCOUNTABILITY").matcher(text);
        assertThat(m.find()).isTrue();
        long line = text.substring(0, m.start()).lines().count() + 1;
        Files.writeString(guide, m.replaceFirst("    principles: [GOVERNANCE.ACOUNTABILITY"));
        // WHEN
        CliRun run = CliRun.of("content", "validate", pack.toString());
        // THEN
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains(guide + ":" + line + ":",
                "/sections/0/principles/0: unknown principle 'GOVERNANCE.ACOUNTABILITY'; did you mean 'GOVERNANCE.ACCOUNTABILITY'?");
    }

    @Test
    void should_count_the_guide_sections_when_the_built_in_pack_is_validated() {
        // GIVEN / WHEN
        CliRun run = CliRun.of("content", "validate");
        // THEN
        assertThat(run.out()).contains(PACK.guide().sections().size() + " guide sections");
    }

    private Path copyOfDefaultPack(List<String> files) throws IOException {
        for (String base : files) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(ContentPacks.DEFAULT_PACK_RESOURCE + "/" + base + ".yaml")) {
                Files.write(dir.resolve(base + ".yaml"), in.readAllBytes());
            }
        }
        return dir;
    }

    private static String linkedTerms(GuideSection s) {
        return String.join(", ", s.glossaryTerms().stream().map(PACK::glossaryTermName).toList());
    }

    private static String linkedPrinciples(GuideSection s) {
        return String.join(", ", s.principles().stream().map(id -> PACK.principleName(id) + " (" + id + ")").toList());
    }

    /** Text as the reports escape it for Markdown, for the characters the guide uses. */
    private static String markdown(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|~&])", "\\\\$1");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static List<Integer> headingLevels(String html) {
        return Pattern.compile("<h([1-6])[ >]").matcher(html).results().map(r -> Integer.parseInt(r.group(1))).toList();
    }
}
