package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raitoolkit.content.Located.at;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.PackFolder.Position;
import org.raitoolkit.model.Citation;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.Instrument;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.RecommendationTemplate;

/**
 * Citations as pack content: the default pack's list of instruments and the citations of its
 * recommendations, and what the loader says, with file, line and pointer, when a citation or the
 * list is wrong.
 */
class CitationsTest {

    @TempDir
    Path dir;

    private PackFolder pack;

    @BeforeEach
    void copyDefaultPack() {
        pack = PackFolder.copyOfDefault(dir);
    }

    @Test
    void should_cite_a_listed_instrument_with_its_jurisdiction_for_every_recommendation_when_the_default_pack_is_loaded() {
        // GIVEN / WHEN
        ContentPack defaults = ContentPacks.defaults();
        Map<String, String> jurisdictions = defaults.instruments().instruments().stream()
                .collect(Collectors.toMap(Instrument::id, Instrument::jurisdiction));
        // THEN
        assertThat(defaults.recommendations()).hasSize(55).allSatisfy(r -> {
            assertThat(r.citations()).as("citations of %s", r.id()).isNotEmpty();
            for (Citation c : r.citations()) {
                assertThat(jurisdictions).as("instrument of %s in %s", c, r.id()).containsEntry(c.instrument(), c.jurisdiction());
            }
        });
    }

    @Test
    void should_list_the_instruments_other_pack_files_name_with_titles_and_bindingness_when_the_default_pack_is_loaded() {
        // GIVEN / WHEN
        Map<String, Instrument> byId = ContentPacks.defaults().instruments().instruments().stream()
                .collect(Collectors.toMap(Instrument::id, i -> i));
        // THEN the ids a crosswalk relies on are there, law binding and frameworks not
        assertThat(byId).containsKeys("EU AI Act", "LED", "CETS 225", "NIST AI RMF", "UNGPs", "GDPR", "ECHR",
                "EU Charter", "ICCPR");
        assertThat(byId.get("LED").title()).isEqualTo("Directive (EU) 2016/680 (Law Enforcement Directive)");
        assertThat(byId.get("CETS 225").jurisdiction()).isEqualTo("Council of Europe");
        assertThat(byId.get("ECHR").binding()).isTrue();
        assertThat(byId.get("NIST AI RMF").binding()).isFalse();
        assertThat(byId.get("NIST AI RMF").jurisdiction()).isEqualTo("United States");
        assertThat(byId.get("UNGPs").binding()).isFalse();
    }

    @Test
    void should_carry_the_citations_into_the_recommendation_it_issues() {
        // GIVEN
        RecommendationTemplate template = ContentPacks.defaults().recommendations().stream()
                .filter(r -> r.id().equals("REC-DPIA-PERSONAL-DATA")).findFirst().orElseThrow();
        // WHEN
        var issued = template.issue(org.raitoolkit.model.Reason.of("RULE", "because"));
        // THEN
        assertThat(issued.citations()).isEqualTo(template.citations())
                .contains(new Citation("LED", "Art. 27", "EU"), new Citation("EU AI Act", "Art. 26(9)", "EU"));
    }

    @Test
    void should_place_a_recommendation_that_cites_nothing() {
        // GIVEN the first recommendation without its citations
        String text = pack.read("recommendations");
        Position first = Position.of(text, text.indexOf("  - id: REC-READINESS-STRATEGY"));
        pack.replaceFirst("recommendations", "^    citations:\\n(      - \\{[^\\n]*\\n)+", "");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN placed at the recommendation, since the key it lacks has no line
        assertThat(e.problems()).singleElement().satisfies(at("recommendations.yaml", first.line(), "/recommendations/0/citations",
                "recommendation 'REC-READINESS-STRATEGY' cites nothing", "at least one citation"));
    }

    @Test
    void should_place_an_unknown_instrument_and_suggest_the_closest() {
        // GIVEN the first citation naming an instrument the list does not have
        Position cite = pack.replaceFirst("recommendations", "\\{ instrument: NIST AI RMF, article: \"MAP 1.3\"",
                "{ instrument: NIST AI RFM, article: \"MAP 1.3\"");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("recommendations.yaml", cite.line(),
                "/recommendations/0/citations/0/instrument", "unknown instrument 'NIST AI RFM'",
                "did you mean 'NIST AI RMF'?", "list it in instruments.yaml"));
    }

    @Test
    void should_place_a_citation_whose_jurisdiction_is_not_its_instruments() {
        // GIVEN the NIST framework cited as EU law
        Position cite = pack.replaceFirst("recommendations",
                "\\{ instrument: NIST AI RMF, article: \"MAP 1.3\", jurisdiction: United States \\}",
                "{ instrument: NIST AI RMF, article: \"MAP 1.3\", jurisdiction: EU }");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("recommendations.yaml", cite.line(),
                "/recommendations/0/citations/0/jurisdiction", "jurisdiction 'EU' does not match instrument 'NIST AI RMF'",
                "'United States'"));
    }

    @Test
    void should_report_an_instrument_listed_twice() {
        // GIVEN GDPR's entry given the LED's id
        Position second = pack.replaceFirst("instruments", "^  - id: GDPR$", "  - id: LED");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).anySatisfy(at("instruments.yaml", second.line(), "/instruments/2/id",
                "duplicate instrument id 'LED'", "first listed at /instruments/1"));
    }

    @Test
    void should_refuse_a_jurisdiction_outside_the_five_when_an_instrument_names_one() {
        // GIVEN
        pack.replaceFirst("instruments", "(id: NIST AI RMF\\n(?:.*\\n)*?    jurisdiction: )United States", "$1USA");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.source()).endsWith("instruments.yaml");
            assertThat(p.message()).contains("EU, Council of Europe, United Nations, United States, International");
        });
    }

    @Test
    void should_load_a_pack_written_before_citations_when_it_has_no_list_of_instruments() {
        // GIVEN an older pack: no instruments.yaml and no citations
        pack.delete("instruments");
        String text = pack.read("recommendations");
        pack.write("recommendations", text.replaceAll("(?m)^    citations:\\n(      - \\{[^\\n]*\\n)+", ""));
        // WHEN
        ContentPack loaded = pack.load();
        // THEN
        assertThat(loaded.instruments().instruments()).isEmpty();
        assertThat(loaded.recommendations()).allSatisfy(r -> assertThat(r.citations()).isEmpty());
    }
}
