package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raitoolkit.content.Located.at;
import static org.raitoolkit.content.Located.inFile;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.PackFolder.Position;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;

/**
 * One test per kind of broken pack. Each copies the default pack, breaks one thing, and checks
 * that the loader names the file, the place (line and column, JSON pointer) and what is allowed.
 */
class BrokenPackTest {

    @TempDir
    Path dir;

    private PackFolder pack;

    @BeforeEach
    void copyDefaultPack() {
        pack = PackFolder.copyOfDefault(dir);
    }

    @Test
    void should_load_when_nothing_is_broken() {
        // GIVEN an unchanged copy of the default pack
        // WHEN / THEN
        assertThat(pack.load().manifest().id()).isEqualTo("RAI-TOOLKIT-DEFAULT");
    }

    @Test
    void should_report_file_line_and_column_when_yaml_is_malformed() {
        // GIVEN a flow list left open on line 2
        pack.write("pack", "id: RAI-TOOLKIT-DEFAULT\nversion: [1.0.0\nlanguage: en\n");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.source()).endsWith("pack.yaml");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(9);
            assertThat(p.message()).isEqualTo("malformed YAML: while parsing a flow sequence (line 2, column 10): "
                    + "expected ',' or ']', but got : (line 3, column 9)");
        });
    }

    @Test
    void should_report_both_places_when_an_id_is_used_twice() {
        // GIVEN Necessity renamed to the id of Legitimacy, just above it
        Position first = Position.of(pack.read("principles"), pack.read("principles").indexOf("id: LAW.LEGITIMACY"));
        Position second = pack.replaceFirst("principles", "id: LAW\\.NECESSITY$", "id: LAW.LEGITIMACY");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).anySatisfy(at("principles.yaml", second.line(), "/principles/0/instrumentalPrinciples/1/id",
                "duplicate id 'LAW.LEGITIMACY'", "first used at principles.yaml:" + first.line(), "ids must be unique"));
    }

    @Test
    void should_report_a_duplicate_when_two_files_use_one_id() {
        // GIVEN a glossary term with the id of a readiness dimension
        Position term = pack.replaceFirst("glossary", "^(\\s+- id: )\\S+$", "$1STRATEGY");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN seeAlso references to the old id dangle too; the duplicate is what this test is about
        assertThat(e.problems()).anySatisfy(at("glossary.yaml", term.line(), "/terms/0/id",
                "duplicate id 'STRATEGY'", "first used at readiness.yaml:"));
    }

    @Test
    void should_list_the_allowed_ids_when_a_reference_dangles() {
        // GIVEN the first readiness question put in a dimension that does not exist
        Position ref = pack.replaceFirst("readiness", "^(\\s+dimension: )\\S+$", "$1STRATEGIC");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("readiness.yaml", ref.line(), "/questions/0/dimension",
                "unknown readiness dimension 'STRATEGIC'", "allowed: [", "STRATEGY"));
    }

    @Test
    void should_list_the_instrumental_principles_when_a_factor_names_an_unknown_one() {
        // GIVEN the first risk factor threatening a principle that does not exist
        Position ref = pack.replaceFirst("risk-factors", "^(\\s+principles: \\[)[A-Z]+\\.[A-Z]+", "$1LAW.LEGALITY");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).anySatisfy(at("risk-factors.yaml", ref.line(), "/riskFactors/0/principles/0",
                "unknown instrumental principle 'LAW.LEGALITY'", "allowed: [", "LAW.NECESSITY"));
    }

    @Test
    void should_name_the_bounds_when_a_number_is_off_its_scale() {
        // GIVEN an irremediability floor past the 1-5 scale
        Position value = pack.replaceFirst("scoring", "^irremediabilityFloorFrom: \\d+$", "irremediabilityFloorFrom: 9");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("scoring.yaml", value.line(), "/irremediabilityFloorFrom",
                "must be less than or equal to 5", "found: 9"));
    }

    @Test
    void should_name_the_bounds_when_a_question_weight_is_off_its_scale() {
        // GIVEN the first readiness question weighted 7 on a 1-5 scale
        Position value = pack.replaceFirst("readiness", "^(\\s+weight: )\\d+$", "$17");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("readiness.yaml", value.line(), "/questions/0/weight",
                "must be less than or equal to 5", "found: 7"));
    }

    @Test
    void should_list_the_allowed_values_when_an_enum_value_is_off_its_scale() {
        // GIVEN a readiness level that does not exist
        Position value = pack.replaceFirst("scoring", "^criticalCap: \\S+$", "criticalCap: SOMEWHAT");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("scoring.yaml", value.line(), "/criticalCap",
                "'SOMEWHAT' is not allowed; allowed: BEGINNING, DEVELOPING, ESTABLISHED, ADVANCED"));
    }

    @Test
    void should_list_the_numbers_and_names_when_a_likelihood_is_off_its_scale() {
        // GIVEN an aggravation that raises likelihood to a sixth point
        Position value = pack.replaceFirst("scoring", "^(\\s+likelihoodAtLeast: )\\S+$", "$16");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(inFile("scoring.yaml", "/aggravations/\\d+/likelihoodAtLeast",
                "'6' is not allowed; allowed: 1 (RARE), 2 (UNLIKELY), 3 (POSSIBLE), 4 (LIKELY), 5 (ALMOST_CERTAIN)"));
        assertThat(e.problems().get(0).line()).isEqualTo(value.line());
    }

    @Test
    void should_list_the_allowed_properties_when_a_property_is_unknown() {
        // GIVEN a manifest with a property the model does not have
        Position key = pack.append("pack", "maintainer: Someone\n");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("pack.yaml", key.line(), "/maintainer",
                "unknown property 'maintainer'; allowed: id, version, language, title, description"));
    }

    @Test
    void should_list_the_allowed_properties_when_a_nested_property_is_misspelt() {
        // GIVEN the first mitigation's effect with a misspelt key
        Position key = pack.replaceFirst("risk-factors", "likelihoodReduction:", "likelihoodReductions:");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).anySatisfy(at("risk-factors.yaml", key.line(),
                "/riskFactors/0/mitigations/0/effect/likelihoodReductions",
                "unknown property 'likelihoodReductions'; allowed: likelihoodReduction, severityReduction"));
    }

    @Test
    void should_give_the_size_and_the_limit_when_a_file_is_oversized() {
        // GIVEN a glossary padded past the 2 MiB default limit
        pack.append("glossary", "#" + "x".repeat(2 * 1024 * 1024) + "\n");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN the whole file is the place: it is never read
        assertThat(e.problems()).singleElement().satisfies(inFile("glossary.yaml", "",
                "bytes; the largest allowed is 2097152 bytes"));
    }

    @Test
    void should_report_the_first_long_text_of_every_file_when_a_string_limit_is_set() {
        // GIVEN limits that allow only short texts
        ReadLimits limits = new ReadLimits(ReadLimits.DEFAULTS.maxFileBytes(), 20, 30, 5000);
        // WHEN
        InvalidInputException e = pack.loadFails(limits);
        // THEN each file stops at its first long text, with its place
        assertThat(e.problems()).anySatisfy(inFile("pack.yaml", "/.+", "characters; the longest allowed is 30",
                "reading stopped here"));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
        assertThat(e.problems()).extracting(p -> p.source()).doesNotHaveDuplicates();
    }

    @Test
    void should_report_the_place_when_nesting_is_deeper_than_the_limit() {
        // GIVEN limits that allow only three levels: the file, its list of principles, one principle
        String principles = pack.read("principles");
        int line = PackFolder.Position.of(principles, principles.indexOf("instrumentalPrinciples:")).line() + 1;
        ReadLimits limits = new ReadLimits(ReadLimits.DEFAULTS.maxFileBytes(), 3, 20_000, 5000);
        // WHEN
        InvalidInputException e = pack.loadFails(limits);
        // THEN
        assertThat(e.problems()).anySatisfy(at("principles.yaml", line, "/principles/0/instrumentalPrinciples",
                "nested deeper than 3 levels"));
    }

    @Test
    void should_report_the_place_and_the_limit_when_a_list_is_longer_than_the_limit() {
        // GIVEN limits that allow ten entries per list, and a readiness file with more questions than that
        ReadLimits limits = new ReadLimits(ReadLimits.DEFAULTS.maxFileBytes(), 20, 20_000, 10);
        String readiness = pack.read("readiness");
        int eleventh = -1;
        java.util.regex.Matcher question = java.util.regex.Pattern.compile("(?m)^  - id: ").matcher(
                readiness.substring(readiness.indexOf("\nquestions:")));
        for (int i = 0; i < 11 && question.find(); i++) {
            eleventh = readiness.indexOf("\nquestions:") + question.start();
        }
        // WHEN
        InvalidInputException e = pack.loadFails(limits);
        // THEN the first entry past the limit is named, with its line
        assertThat(e.problems()).anySatisfy(at("readiness.yaml", Position.of(readiness, eleventh).line(), "/questions/10",
                "more than 10 entries in one list"));
    }

    @Test
    void should_report_the_place_and_the_limit_when_a_key_is_longer_than_the_limit() {
        // GIVEN limits that allow texts of 30 characters, and a manifest with a longer key
        ReadLimits limits = new ReadLimits(ReadLimits.DEFAULTS.maxFileBytes(), 20, 30, 5000);
        pack.write("pack", "id: RAI\nversion: 1.0.0\nlanguage: en\ntitle: T\ndescription: D\n" + "k".repeat(31) + ": v\n");
        // WHEN
        InvalidInputException e = pack.loadFails(limits);
        // THEN
        assertThat(e.problems()).anySatisfy(at("pack.yaml", 6, "", "a key is 31 characters; the longest allowed is 30"));
    }

    @Test
    void should_point_at_the_second_key_when_a_key_is_duplicated() {
        // GIVEN a manifest that gives its version twice
        Position key = pack.append("pack", "version: 2.0.0\n");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("pack.yaml", key.line(), "/version",
                "duplicate key 'version' (first at line 2); each key may appear once"));
        assertThat(e.problems().get(0).column()).isEqualTo(1);
    }

    @Test
    void should_name_the_file_and_the_extensions_when_a_file_is_missing() {
        // GIVEN a pack without its glossary
        pack.delete("glossary");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(inFile("glossary.yaml", "",
                "missing file; a pack needs glossary.yaml (or .yml or .json)"));
    }

    @Test
    void should_report_line_and_column_when_a_json_file_is_malformed() {
        // GIVEN the manifest as JSON with a trailing comma on line 3
        pack.replace("pack", ".json", "{\n  \"id\": \"RAI-TOOLKIT-DEFAULT\",\n  \"version\": \"1.0.0\",\n}\n");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("pack.json");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).startsWith("malformed JSON: ");
        });
    }

    @Test
    void should_report_line_column_and_pointer_when_a_json_file_has_an_unknown_property() {
        // GIVEN the manifest as JSON with an extra property on line 7
        pack.replace("pack", ".json", """
                {
                  "id": "RAI-TOOLKIT-DEFAULT",
                  "version": "1.0.0",
                  "language": "en",
                  "title": "A pack",
                  "description": "As JSON",
                  "colour": "blue"
                }
                """);
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("pack.json", 7, "/colour", "unknown property 'colour'; allowed: id,"));
        assertThat(e.problems().get(0)).hasToString(dir.resolve("pack.json") + ":7:13: /colour: unknown property 'colour'; "
                + "allowed: id, version, language, title, description");
    }

    @Test
    void should_load_when_a_file_is_json() {
        // GIVEN the manifest as JSON
        pack.replace("pack", ".json", """
                {"id": "MY-PACK", "version": "2.1.0", "language": "en-GB", "title": "Ours", "description": "A custom pack"}
                """);
        // WHEN
        var loaded = pack.load();
        // THEN
        assertThat(loaded.manifest().id()).isEqualTo("MY-PACK");
        assertThat(loaded.manifest().language()).isEqualTo("en-GB");
    }

    @Test
    void should_ask_for_one_file_when_a_file_exists_as_yaml_and_json() {
        // GIVEN pack.yaml and pack.json side by side
        pack.replace("pack", ".json", "{}");
        pack.write("pack", "id: X\n");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).anySatisfy(inFile("pack.json", "", "more than one file named pack", "keep exactly one"));
    }

    @Test
    void should_reject_an_alias_when_yaml_uses_one() {
        // GIVEN a title repeated through an anchor and an alias
        pack.write("pack", """
                id: RAI-TOOLKIT-DEFAULT
                version: 1.0.0
                language: en
                title: &t A title
                description: *t
                """);
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).anySatisfy(at("pack.yaml", 5, "/description", "YAML aliases (*name) are not allowed"));
    }

    @Test
    void should_report_an_empty_list_entry_when_a_condition_list_has_one() {
        // GIVEN an applicability condition with an empty entry
        Position list = pack.replaceFirst("risk-factors", "allOf: \\[([A-Z_]+)\\]", "allOf: [$1, null]");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("risk-factors.yaml", list.line(),
                "/riskFactors/\\d+/appliesWhen/allOf/1", "empty list entry; remove it or write a value"));
    }

    @Test
    void should_say_what_is_required_when_a_required_value_is_missing() {
        // GIVEN a manifest without a title
        Position title = pack.replaceFirst("pack", "^title: .*$", "title:");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("pack.yaml", title.line(), "/title", "must not be blank"));
    }

    @Test
    void should_report_every_problem_when_several_files_are_broken() {
        // GIVEN four files broken in four ways
        pack.append("pack", "maintainer: Someone\n");
        pack.replaceFirst("scoring", "^irremediabilityFloorFrom: \\d+$", "irremediabilityFloorFrom: 0");
        pack.append("roadmap", "phases: []\n");
        pack.delete("glossary");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).hasSize(4);
        assertThat(e.problems()).anySatisfy(inFile("pack.yaml", "/maintainer", "unknown property"));
        assertThat(e.problems()).anySatisfy(inFile("scoring.yaml", "/irremediabilityFloorFrom", "must be greater than or equal to 1"));
        assertThat(e.problems()).anySatisfy(inFile("roadmap.yaml", "/phases", "duplicate key 'phases'"));
        assertThat(e.problems()).anySatisfy(inFile("glossary.yaml", "", "missing file"));
        assertThat(e.getMessage()).contains("4 problems").contains(e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void should_report_every_problem_when_the_pack_as_a_whole_is_broken() {
        // GIVEN a duplicate id and two dangling references in three files
        pack.replaceFirst("principles", "id: LAW\\.NECESSITY$", "id: LAW.LEGITIMACY");
        pack.replaceFirst("readiness", "^(\\s+dimension: )\\S+$", "$1STRATEGIC");
        pack.replaceFirst("roadmap", "^(\\s+dimensions: \\[)[A-Z]+", "$1NOWHERE");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN LAW.NECESSITY is now uncovered wherever it was referred to, so there are more than three
        assertThat(e.problems()).anySatisfy(inFile("principles.yaml", ".*/id", "duplicate id 'LAW.LEGITIMACY'"));
        assertThat(e.problems()).anySatisfy(inFile("readiness.yaml", "/questions/0/dimension", "unknown readiness dimension 'STRATEGIC'"));
        assertThat(e.problems()).anySatisfy(inFile("roadmap.yaml", "/phases/0/actions/0/dimensions/0", "unknown readiness dimension 'NOWHERE'"));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void should_report_shape_and_constraint_problems_together_when_one_file_has_both() {
        // GIVEN a readiness level that does not exist and, in the same file, a number off its scale
        Position cap = pack.replaceFirst("scoring", "^criticalCap: \\S+$", "criticalCap: SOMEWHAT");
        Position floor = pack.replaceFirst("scoring", "^irremediabilityFloorFrom: \\d+$", "irremediabilityFloorFrom: 9");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems()).anySatisfy(at("scoring.yaml", cap.line(), "/criticalCap", "'SOMEWHAT' is not allowed"));
        assertThat(e.problems()).anySatisfy(at("scoring.yaml", floor.line(), "/irremediabilityFloorFrom", "must be less than or equal to 5"));
    }

    @Test
    void should_say_a_number_is_missing_when_a_required_number_is_left_out() {
        // GIVEN the first readiness question without its weight
        Position weight = pack.replaceFirst("readiness", "^\\s+weight: \\d+\\n", "");
        // WHEN
        InvalidInputException e = pack.loadFails();
        // THEN the problem sits at the nearest line the file has: the question above
        assertThat(e.problems()).singleElement().satisfies(inFile("readiness.yaml", "/questions/0/weight",
                "missing value; expected a whole number"));
        assertThat(e.problems().get(0).line()).isPositive().isLessThan(weight.line());
    }

    @Test
    void should_read_a_missing_flag_as_false_when_a_boolean_is_left_out() {
        // GIVEN the first readiness question without its critical flag
        pack.replaceFirst("readiness", "^\\s+critical: \\w+\\n", "");
        // WHEN
        var loaded = pack.load();
        // THEN
        assertThat(loaded.readinessQuestions().get(0).critical()).isFalse();
    }

    @Test
    void should_keep_no_as_text_when_yaml_1_1_would_read_it_as_false() {
        // GIVEN a pack in Norwegian, whose language tag YAML 1.1 reads as the boolean false
        pack.replaceFirst("pack", "^language: .*$", "language: no");
        // WHEN
        var loaded = pack.load();
        // THEN
        assertThat(loaded.manifest().language()).isEqualTo("no");
    }

    @Test
    void should_say_it_is_not_a_folder_when_given_a_file() {
        // GIVEN a path to a file
        Path file = pack.yaml("pack");
        // WHEN / THEN
        org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> ContentPacks.load(file))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(inFile("pack.yaml", "", "not a folder")));
    }
}
