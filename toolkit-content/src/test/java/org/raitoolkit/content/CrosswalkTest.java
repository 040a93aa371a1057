package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raitoolkit.content.Located.at;
import static org.raitoolkit.content.Located.inFile;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.PackFolder.Position;
import org.raitoolkit.model.Citation;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.CrosswalkEntry;
import org.raitoolkit.model.InvalidInputException;

/**
 * The crosswalks as pack content: what the default pack maps, and what the loader says, with
 * file, line and pointer, when a crosswalk is broken.
 */
class CrosswalkTest {

    /** The instruments the default pack cites, with the jurisdiction each is given. */
    private static final Map<String, String> INSTRUMENTS = Map.of(
            "EU AI Act", "EU", "LED", "EU", "CETS 225", "Council of Europe", "NIST AI RMF", "United States",
            "UNGPs", "United Nations", "ECHR", "Council of Europe", "EU Charter", "EU", "GDPR", "EU",
            "ICCPR", "United Nations");

    @TempDir
    Path dir;

    private PackFolder pack;

    @BeforeEach
    void copyDefaultPack() {
        pack = PackFolder.copyOfDefault(dir);
    }

    @Test
    void should_map_every_principle_factor_and_dimension_to_two_instruments_when_the_default_pack_is_loaded() {
        // GIVEN
        ContentPack defaults = ContentPacks.defaults();
        Set<String> subjects = new LinkedHashSet<>();
        defaults.principles().forEach(p -> subjects.add(p.id()));
        defaults.instrumentalPrinciples().forEach(p -> subjects.add(p.id()));
        defaults.riskFactors().forEach(f -> subjects.add(f.id()));
        defaults.dimensions().forEach(d -> subjects.add(d.id()));
        // WHEN / THEN each subject has exactly one entry, and nothing else has one
        assertThat(defaults.crosswalks()).extracting(CrosswalkEntry::subject).containsExactlyInAnyOrderElementsOf(subjects);
        assertThat(defaults.crosswalks()).allSatisfy(c ->
                assertThat(c.instruments()).as("instruments of %s", c.subject()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void should_cite_known_instruments_with_their_jurisdiction_when_the_default_pack_is_loaded() {
        // GIVEN / WHEN
        ContentPack defaults = ContentPacks.defaults();
        // THEN
        defaults.crosswalks().forEach(c -> c.engages().forEach(e -> {
            assertThat(INSTRUMENTS).as("instrument of %s in %s", e, c.subject()).containsKey(e.instrument());
            assertThat(e.jurisdiction()).as("jurisdiction of %s in %s", e, c.subject()).isEqualTo(INSTRUMENTS.get(e.instrument()));
        }));
    }

    @Test
    void should_give_the_provisions_of_a_factor_in_order_when_asked_what_it_engages() {
        // GIVEN
        ContentPack defaults = ContentPacks.defaults();
        // WHEN
        var engages = defaults.engages("RF-FALSE-POSITIVES");
        // THEN
        assertThat(engages).startsWith(new Citation("EU AI Act", "Art. 15(1)", "EU"))
                .contains(new Citation("LED", "Art. 4(1)(d)", "EU"), new Citation("CETS 225", "Art. 12", "Council of Europe"),
                        new Citation("NIST AI RMF", "MEASURE 2.3", "United States"));
        assertThat(defaults.engages("NO-SUCH-SUBJECT")).isEmpty();
    }

    @Test
    void should_place_an_unknown_subject_and_suggest_the_closest_when_a_crosswalk_names_nothing() {
        // GIVEN the first entry's subject misspelt
        Position at = pack.replaceFirst("crosswalks", "^(  - subject: )LAW$", "$1LAWW");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN the misspelling is placed, and LAW, now without an entry, is missing
        assertThat(e.problems()).hasSize(2)
                .anySatisfy(at("crosswalks.yaml", at.line(), "/crosswalks/0/subject", "unknown crosswalk subject 'LAWW'",
                        "did you mean 'LAW'?", "a core or instrumental principle, a risk factor or a readiness dimension", "allowed: ["))
                .anySatisfy(inFile("crosswalks.yaml", "/crosswalks", "no crosswalk entry for [LAW]"));
    }

    @Test
    void should_report_both_places_when_a_subject_has_two_entries() {
        // GIVEN the second entry given the first one's subject
        Position second = pack.replaceFirst("crosswalks", "^(  - subject: )LAW\\.LEGITIMACY$", "$1LAW");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).hasSize(2)
                .anySatisfy(at("crosswalks.yaml", second.line(), "/crosswalks/1/subject",
                        "subject 'LAW' already has a crosswalk entry at /crosswalks/0", "give each subject one entry"))
                .anySatisfy(inFile("crosswalks.yaml", "/crosswalks", "no crosswalk entry for [LAW.LEGITIMACY]"));
    }

    @Test
    void should_name_every_subject_left_out_when_the_crosswalks_are_incomplete() {
        // GIVEN the entry of one risk factor removed
        pack.replaceFirst("crosswalks", "^  - subject: RF-MODEL-DRIFT\\n(    .*\\n|      .*\\n)+", "");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(inFile("crosswalks.yaml", "/crosswalks",
                "no crosswalk entry for [RF-MODEL-DRIFT]",
                "every core principle, instrumental principle, risk factor and readiness dimension needs one"));
    }

    @Test
    void should_place_an_entry_that_cites_one_instrument_only() {
        // GIVEN the first entry cut down to one EU AI Act provision
        pack.replaceFirst("crosswalks", "^(  - subject: LAW\\n    engages:\\n      - \\{instrument: EU AI Act.*\\n)(      - .*\\n)+",
                "$1");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(inFile("crosswalks.yaml", "/crosswalks/0/engages",
                "the crosswalk for 'LAW' cites only [EU AI Act]", "at least two instruments"));
    }

    @Test
    void should_place_a_provision_cited_twice_for_one_subject() {
        // GIVEN the first entry's second provision made a copy of its first
        pack.replaceFirst("crosswalks", "(  - subject: LAW\\n    engages:\\n)(      - \\{instrument: EU AI Act.*\\n)(      - .*\\n)",
                "$1$2$2");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(inFile("crosswalks.yaml", "/crosswalks/0/engages/1",
                "'EU AI Act Art. 5(1)' is cited twice for 'LAW'", "cite each provision once"));
    }

    @Test
    void should_place_a_citation_without_a_jurisdiction_when_the_crosswalks_are_bound() {
        // GIVEN the first provision with its jurisdiction blank
        pack.replaceFirst("crosswalks", "(\\{instrument: EU AI Act, article: \"Art. 5\\(1\\)\", jurisdiction: )EU\\}", "$1\"\"}");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(inFile("crosswalks.yaml", "/crosswalks/0/engages/0/jurisdiction", "must not be blank"));
    }

    @Test
    void should_reject_a_crosswalks_file_that_maps_nothing() {
        // GIVEN a file with an empty list
        pack.write("crosswalks", "crosswalks: []\n");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(inFile("crosswalks.yaml", "/crosswalks", "must not be empty"));
    }

    @Test
    void should_load_with_no_crosswalks_when_a_pack_has_no_crosswalks_file() {
        // GIVEN a pack written before crosswalks existed
        pack.delete("crosswalks");
        // WHEN
        ContentPack loaded = pack.load();
        // THEN
        assertThat(loaded.crosswalks()).isEmpty();
        assertThat(loaded.engages("RF-FALSE-POSITIVES")).isEmpty();
        assertThat(loaded.riskFactors()).isNotEmpty();
    }
}
