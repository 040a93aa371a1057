package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.raitoolkit.content.Located.at;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.SystemProfile;

/** Typed fact sections under {@code system}: read, checked and placed like the rest of the file. */
class FactSectionsTest {

    private static final AnswerFiles PLAIN = AnswerFiles.forPack(ContentPacks.defaults());
    private static final AnswerFiles FILES = PLAIN.withFactSections(List.of(PermitFacts.SECTION));

    private static final List<String> SYSTEM = List.of(
            "system:",
            "  name: Live facial recognition",
            "  purpose: Find missing people in a crowd",
            "  applicationArea: IMAGE_ANALYSIS",
            "  lifecycleStage: DEPLOYMENT",
            "  legalBasis: YES",
            "  sourcing: SUPPLIER");

    @TempDir
    Path dir;

    private Path write(String name, List<String> lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    /** The profile, with {@code section} lines after it, and a rating for every factor that applies. */
    private Path risk(List<String> section) throws IOException {
        List<String> lines = new ArrayList<>(SYSTEM);
        lines.addAll(section);
        SystemProfile profile = PLAIN.readSystem(write("profile-only.yaml", SYSTEM));
        lines.add("ratings:");
        for (RiskFactor f : ContentPacks.defaults().riskFactors()) {
            if (f.appliesTo(profile)) {
                lines.add("  " + f.id() + ": { likelihood: 2, severity: 2 }");
            }
        }
        return write("risk.yaml", lines);
    }

    private static InvalidInputException fails(ThrowingCallable read) {
        InvalidInputException[] thrown = new InvalidInputException[1];
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(read).satisfies(e -> thrown[0] = e);
        return thrown[0];
    }

    @Test
    void should_put_a_declared_section_into_the_profiles_extensions_when_a_risk_file_gives_it() throws IOException {
        // GIVEN a risk file whose system gives the permit section
        Path file = risk(List.of(
                "  nationalPermit:",
                "    permit: GRANTED",
                "    reviewed: true",
                "    grantedOn: 2026-11-02",
                "    grounds: [THREAT, SERIOUS_CRIME]"));
        // WHEN
        RiskAnswers answers = FILES.readRisk(file);
        // THEN the section is a typed record under its key, and nothing else of the profile changed
        PermitFacts expected = new PermitFacts(PermitFacts.Permit.GRANTED, null, true, LocalDate.of(2026, 11, 2),
                Set.of(PermitFacts.Ground.THREAT, PermitFacts.Ground.SERIOUS_CRIME));
        assertThat(answers.system().extension(PermitFacts.SECTION)).contains(expected);
        assertThat(answers.system().extensions()).containsOnlyKeys("nationalPermit");
        assertThat(answers.system().name()).isEqualTo("Live facial recognition");
    }

    @Test
    void should_read_the_section_from_a_profile_file_and_from_a_system_section() throws IOException {
        // GIVEN the same section in a file that is a profile, and in a file with a system section
        List<String> profile = new ArrayList<>(SYSTEM.subList(1, SYSTEM.size()).stream().map(l -> l.substring(2)).toList());
        profile.add("nationalPermit: { permit: NONE }");
        Path profileFile = write("profile.yaml", profile);
        List<String> system = new ArrayList<>(SYSTEM);
        system.add("  nationalPermit: { permit: NONE }");
        Path systemFile = write("system.yaml", system);
        // WHEN / THEN both carry the facts
        PermitFacts none = new PermitFacts(PermitFacts.Permit.NONE, null, null, null, Set.of());
        assertThat(FILES.readProfile(profileFile).extension(PermitFacts.SECTION)).contains(none);
        assertThat(FILES.readSystem(systemFile).extension(PermitFacts.SECTION)).contains(none);
    }

    @Test
    void should_place_every_problem_of_a_section_at_its_line_and_pointer_saying_what_is_allowed() throws IOException {
        // GIVEN a section with a value outside its enum, a misspelt fact, a number over its bound,
        // a day no calendar has and a word where true or false belongs
        Path file = risk(List.of(
                "  nationalPermit:",
                "    permit: PENDING",
                "    hoursSinceRequets: 3",
                "    hoursSinceRequest: 500",
                "    grantedOn: 2026-02-30",
                "    reviewed: yes"));
        // WHEN
        InvalidInputException e = fails(() -> FILES.readRisk(file));
        // THEN each is placed in the file, with the pointer under the section
        assertThat(e.problems()).anySatisfy(at("risk.yaml", 9, "/system/nationalPermit/permit",
                "'PENDING' is not allowed; allowed: NONE, REQUESTED, GRANTED"));
        assertThat(e.problems()).anySatisfy(at("risk.yaml", 10, "/system/nationalPermit/hoursSinceRequets",
                "unknown property 'hoursSinceRequets'; allowed: permit, hoursSinceRequest, reviewed, grantedOn, grounds; "
                + "did you mean 'hoursSinceRequest'?"));
        assertThat(e.problems()).anySatisfy(at("risk.yaml", 13, "/system/nationalPermit/reviewed",
                "expected true or false, found the text 'yes'"));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("java.", "PermitFacts"));
    }

    @Test
    void should_say_a_number_past_its_bound_and_a_date_the_calendar_lacks_in_the_toolkits_words() throws IOException {
        // GIVEN a section whose only problems are a value past its bound and an impossible date
        Path file = risk(List.of(
                "  nationalPermit:",
                "    permit: REQUESTED",
                "    hoursSinceRequest: 500",
                "    grantedOn: 2026-02-30"));
        // WHEN
        InvalidInputException e = fails(() -> FILES.readRisk(file));
        // THEN
        assertThat(e.problems()).anySatisfy(at("risk.yaml", 11, "/system/nationalPermit/grantedOn",
                "'2026-02-30' is not a date of the calendar; expected a date as YYYY-MM-DD"));
        // AND once the date is right, the bound is named with the value found
        Path bound = risk(List.of(
                "  nationalPermit:",
                "    permit: REQUESTED",
                "    hoursSinceRequest: 500"));
        InvalidInputException b = fails(() -> FILES.readRisk(bound));
        assertThat(b.problems()).singleElement().satisfies(at("risk.yaml", 10, "/system/nationalPermit/hoursSinceRequest",
                "must be less than or equal to 72", "found: 500"));
    }

    @Test
    void should_ask_for_a_fact_that_a_condition_requires_at_the_section() throws IOException {
        // GIVEN a requested permit without the hours since the request
        Path file = risk(List.of(
                "  nationalPermit:",
                "    permit: REQUESTED"));
        // WHEN
        InvalidInputException e = fails(() -> FILES.readRisk(file));
        // THEN one problem, at the section's line, saying why and what is allowed
        assertThat(e.problems()).singleElement().satisfies(at("risk.yaml", 9, "/system/nationalPermit/hoursSinceRequest",
                "missing value; 'hoursSinceRequest' is required when permit is REQUESTED; allowed: a whole number from 0 to 72"));
    }

    @Test
    void should_place_a_section_problem_in_a_json_file_too() throws IOException {
        // GIVEN a JSON profile with a section value outside its enum on line 8
        Path file = write("profile.json", List.of(
                "{",
                "  \"name\": \"Live facial recognition\",",
                "  \"purpose\": \"Find missing people in a crowd\",",
                "  \"applicationArea\": \"IMAGE_ANALYSIS\",",
                "  \"lifecycleStage\": \"DEPLOYMENT\",",
                "  \"legalBasis\": \"YES\",",
                "  \"sourcing\": \"SUPPLIER\",",
                "  \"nationalPermit\": {",
                "    \"grounds\": [\"THREAT\", \"HUNCH\"]",
                "  }",
                "}"));
        // WHEN
        InvalidInputException e = fails(() -> FILES.readProfile(file));
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("profile.json", 9, "/nationalPermit/grounds/1",
                "'HUNCH' is not allowed; allowed: THREAT, MISSING_PERSON, SERIOUS_CRIME"));
    }

    @Test
    void should_name_the_sections_among_the_allowed_properties_and_refuse_a_key_no_section_has() throws IOException {
        // GIVEN a misspelt section key
        List<String> lines = new ArrayList<>(SYSTEM);
        lines.add("  nationalPermitt: { permit: NONE }");
        Path file = write("system.yaml", lines);
        // WHEN / THEN it is an unknown property, and the allowed ones include the section
        assertThat(fails(() -> FILES.readSystem(file)).problems()).singleElement().satisfies(at("system.yaml", 8,
                "/system/nationalPermitt", "unknown property 'nationalPermitt'; allowed: name, purpose,", "attributes, ", ", nationalPermit",
                "; did you mean 'nationalPermit'?"));
    }

    @Test
    void should_refuse_a_section_that_the_reader_was_not_given_and_the_extensions_property() throws IOException {
        // GIVEN a section key read by a reader without sections, and the profile's extensions written out
        List<String> lines = new ArrayList<>(SYSTEM);
        lines.add("  nationalPermit: { permit: NONE }");
        Path section = write("section.yaml", lines);
        List<String> ext = new ArrayList<>(SYSTEM);
        ext.add("  extensions: { nationalPermit: { permit: NONE } }");
        Path extensions = write("extensions.yaml", ext);
        // WHEN / THEN each is an unknown property, and extensions is not among the allowed ones
        assertThat(fails(() -> PLAIN.readSystem(section)).problems()).singleElement()
                .satisfies(at("section.yaml", 8, "/system/nationalPermit", "unknown property 'nationalPermit'",
                        "no rule set known to this reader declares 'nationalPermit': add the rule set that reads it, or remove the section"));
        assertThat(fails(() -> FILES.readSystem(extensions)).problems()).singleElement()
                .satisfies(at("extensions.yaml", 8, "/system/extensions", "unknown property 'extensions'"))
                .satisfies(p -> assertThat(p.message()).doesNotContain(", extensions"));
    }

    @Test
    void should_take_a_section_written_as_null_as_left_out_and_refuse_one_that_is_not_a_mapping() throws IOException {
        // GIVEN the section key with null, and with a word
        List<String> empty = new ArrayList<>(SYSTEM);
        empty.add("  nationalPermit: ~");
        List<String> word = new ArrayList<>(SYSTEM);
        word.add("  nationalPermit: GRANTED");
        // WHEN / THEN
        assertThat(FILES.readSystem(write("empty.yaml", empty)).extensions()).isEmpty();
        assertThat(fails(() -> FILES.readSystem(write("word.yaml", word))).problems()).singleElement()
                .satisfies(at("word.yaml", 8, "/system/nationalPermit",
                        "expected a mapping with the properties permit, hoursSinceRequest, reviewed, grantedOn, grounds"));
    }

    @Test
    void should_report_problems_of_the_profile_and_of_its_section_together() throws IOException {
        // GIVEN a profile without its purpose and a section with a value outside its enum
        List<String> lines = new ArrayList<>(SYSTEM);
        lines.remove(2);
        lines.add("  nationalPermit: { permit: MAYBE }");
        Path file = write("system.yaml", lines);
        // WHEN
        InvalidInputException e = fails(() -> FILES.readSystem(file));
        // THEN both are listed
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.pointer()).isEqualTo("/system/purpose"));
        assertThat(e.problems()).anySatisfy(at("system.yaml", 7, "/system/nationalPermit/permit", "'MAYBE' is not allowed"));
    }

    @Test
    void should_write_a_section_back_under_its_key_so_that_the_yaml_reads_back_to_the_same_profile() throws IOException {
        // GIVEN a profile read with its section
        List<String> lines = new ArrayList<>(SYSTEM);
        lines.add("  nationalPermit: { permit: GRANTED, grantedOn: 2026-11-02, grounds: [MISSING_PERSON] }");
        SystemProfile read = FILES.readSystem(write("system.yaml", lines));
        // WHEN written as YAML
        String yaml = AnswerFiles.toYaml(read);
        // THEN the section is under its key, without the facts left out, and reads back the same
        assertThat(yaml).contains("\nnationalPermit:\n  permit: GRANTED\n  grantedOn: 2026-11-02\n  grounds:\n  - MISSING_PERSON\n")
                .doesNotContain("extensions", "hoursSinceRequest");
        Path back = write("back.yaml", List.of("system:", yaml.indent(2).stripTrailing()));
        assertThat(FILES.readSystem(back)).isEqualTo(read);
    }

    @Test
    void should_refuse_two_sections_with_one_key() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> PLAIN.withFactSections(List.of(PermitFacts.SECTION, PermitFacts.SECTION)))
                .withMessageContaining("'nationalPermit'");
    }
}
