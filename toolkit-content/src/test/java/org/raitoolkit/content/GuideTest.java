package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raitoolkit.content.Located.at;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.PackFolder.Position;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.GlossaryTerm;
import org.raitoolkit.model.GuideSection;
import org.raitoolkit.model.InvalidInputException;

/**
 * The introductory guide as pack content: what the default pack's guide holds, and what the
 * loader says, with file, line and pointer, when a guide is broken.
 */
class GuideTest {

    @TempDir
    Path dir;

    private PackFolder pack;

    @BeforeEach
    void copyDefaultPack() {
        pack = PackFolder.copyOfDefault(dir);
    }

    @Test
    void should_hold_at_least_ten_sections_each_with_text_and_links_when_the_default_pack_is_loaded() {
        // GIVEN / WHEN
        ContentPack defaults = ContentPacks.defaults();
        // THEN
        assertThat(defaults.guide().title()).isNotBlank();
        assertThat(defaults.guide().sections()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(s -> {
            assertThat(s.hasText()).as("text of %s", s.id()).isTrue();
            assertThat(s.glossaryTerms()).as("glossary terms of %s", s.id()).isNotEmpty();
            assertThat(s.principles()).as("principles of %s", s.id()).isNotEmpty();
        });
    }

    @Test
    void should_cover_the_techniques_and_the_uses_the_toolkit_names_when_the_default_pack_is_loaded() {
        // GIVEN / WHEN
        Set<String> titles = new HashSet<>();
        ContentPacks.defaults().guide().sections().forEach(s -> titles.add(s.title()));
        // THEN
        assertThat(String.join("\n", titles)).contains("Machine learning", "Computer vision",
                "Speech and language processing", "Generative AI", "patrol automation and robotics",
                "identifying exploited children", "emergency call centres", "Data and its quality",
                "Evaluating performance", "supplier", "life cycle");
    }

    @Test
    void should_resolve_every_link_to_a_term_or_principle_when_the_default_pack_is_loaded() {
        // GIVEN
        ContentPack defaults = ContentPacks.defaults();
        // WHEN
        Set<String> terms = new HashSet<>();
        defaults.glossary().stream().map(GlossaryTerm::id).forEach(terms::add);
        // THEN a principle's name differs from its id only when the id is known
        for (GuideSection s : defaults.guide().sections()) {
            assertThat(terms).as("glossary terms of %s", s.id()).containsAll(s.glossaryTerms());
            s.principles().forEach(p -> assertThat(defaults.principleName(p)).as("principle %s of %s", p, s.id()).isNotEqualTo(p));
        }
    }

    @Test
    void should_place_an_unknown_glossary_term_and_suggest_the_closest_when_a_guide_link_dangles() {
        // GIVEN the first section linking a misspelt term
        Position ref = pack.replaceFirst("guide", "^(\\s+glossaryTerms: \\[)G-AI-SYSTEM", "$1G-AI-SYSTM");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("guide.yaml", ref.line(), "/sections/0/glossaryTerms/0",
                "unknown glossary term 'G-AI-SYSTM'", "did you mean 'G-AI-SYSTEM'?", "allowed: ["));
    }

    @Test
    void should_place_an_unknown_principle_and_suggest_the_closest_when_a_guide_link_dangles() {
        // GIVEN the first section linking a principle that does not exist
        Position ref = pack.replaceFirst("guide", "^(\\s+principles: \\[)GOVERNANCE\\.ACCOUNTABILITY", "$1GOVERNANCE.ACCOUNTABILTY");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("guide.yaml", ref.line(), "/sections/0/principles/0",
                "unknown principle 'GOVERNANCE.ACCOUNTABILTY'", "did you mean 'GOVERNANCE.ACCOUNTABILITY'?"));
    }

    @Test
    void should_give_no_hint_when_an_unknown_link_is_close_to_nothing() {
        // GIVEN a term id unlike any other
        pack.replaceFirst("guide", "^(\\s+glossaryTerms: \\[)G-AI-SYSTEM", "$1G-QUANTUM-TELEPATHY");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("unknown glossary term 'G-QUANTUM-TELEPATHY'").doesNotContain("did you mean"));
    }

    @Test
    void should_report_both_places_when_two_sections_share_an_id() {
        // GIVEN the second section given the first one's id
        String text = pack.read("guide");
        Position first = Position.of(text, text.indexOf("id: GUIDE-WHAT-AI-IS"));
        Position second = pack.replaceFirst("guide", "id: GUIDE-MACHINE-LEARNING$", "id: GUIDE-WHAT-AI-IS");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("guide.yaml", second.line(), "/sections/1/id",
                "duplicate id 'GUIDE-WHAT-AI-IS'", "first used at guide.yaml:" + first.line(), "ids must be unique"));
    }

    @Test
    void should_report_a_duplicate_when_a_section_takes_the_id_of_a_glossary_term() {
        // GIVEN the first section named like a glossary term
        Position id = pack.replaceFirst("guide", "id: GUIDE-WHAT-AI-IS$", "id: G-AI-SYSTEM");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN ids are one namespace across the pack, so links can never be ambiguous
        assertThat(e.problems()).singleElement().satisfies(at("guide.yaml", id.line(), "/sections/0/id",
                "duplicate id 'G-AI-SYSTEM'", "first used at glossary.yaml:"));
    }

    @Test
    void should_place_a_section_with_no_text_when_the_guide_is_checked() {
        // GIVEN a last section with a title and links but neither paragraphs nor bullets
        int sections = ContentPacks.defaults().guide().sections().size();
        Position added = pack.append("guide", """
                  - id: GUIDE-EMPTY
                    title: A heading with nothing under it
                    glossaryTerms: [G-AI-SYSTEM]
                    principles: [LAW]
                """);
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("guide.yaml", added.line(), "/sections/" + sections,
                "guide section 'GUIDE-EMPTY' is empty", "at least one paragraph or bullet"));
    }

    @Test
    void should_place_a_blank_paragraph_when_the_guide_is_bound() {
        // GIVEN the first paragraph of the first section left blank
        Position blank = pack.replaceFirst("guide", "^(\\s+paragraphs:\\n\\s+- )>-\\n(\\s+\\S.*\\n)+", "$1\"\"\n");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("guide.yaml");
            assertThat(p.pointer()).isEqualTo("/sections/0/paragraphs/0");
            assertThat(p.line()).isEqualTo(blank.line() + 1);
        });
    }

    @Test
    void should_load_with_no_guide_when_a_pack_has_no_guide_file() {
        // GIVEN a pack written before the guide existed
        pack.delete("guide");
        // WHEN
        ContentPack loaded = pack.load();
        // THEN
        assertThat(loaded.guide().sections()).isEmpty();
        assertThat(loaded.glossary()).isNotEmpty();
    }
}
