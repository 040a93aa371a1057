package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.euaiact.EuAiAct;
import org.raitoolkit.euaiact.EuAiActProfile;
import org.raitoolkit.model.FactField;
import org.raitoolkit.model.SystemProfile;

/** {@code toolkit new risk} writes the typed facts of every rule set on the class path, ready to fill in. */
class RiskTemplateSectionsTest {

    @TempDir
    Path dir;

    @Test
    void should_write_each_fact_of_a_section_with_its_help_and_what_it_may_hold() {
        // GIVEN / WHEN the first template of a risk file
        CliRun made = CliRun.of("new", "risk");
        // THEN the EU section is there, commented, each fact with its help and what is allowed
        assertThat(made.exitCode()).as(made.err()).isZero();
        String text = made.out();
        assertThat(text).contains("# ==== " + EuAiAct.SECTION.title() + " (optional): ", "\n  # euAiAct:\n");
        List<String> lines = text.lines().toList();
        for (FactField f : EuAiAct.SECTION.fields()) {
            int at = lines.indexOf("  #   " + f.name() + ":");
            assertThat(at).as("the line of %s", f.name()).isPositive();
            // The comment lines above the fact, wrapped: joined again to compare the words.
            int first = at;
            while (lines.get(first - 1).startsWith("  #   # ")) {
                first--;
            }
            String comment = String.join(" ", lines.subList(first, at).stream().map(l -> l.substring("  #   # ".length())).toList());
            assertThat(comment).as(f.name()).isEqualTo(f.help() + " Allowed: " + f.allowed() + ".");
        }
    }

    @Test
    void should_read_back_when_the_profile_is_filled_in_and_some_facts_of_the_section_are_uncommented() throws IOException {
        // GIVEN the template with the profile filled in, and the section with two facts uncommented
        String text = CliRun.of("new", "risk").out()
                .replaceFirst("(?m)^  name:.*$", "  name: Live facial recognition")
                .replaceFirst("(?m)^  purpose:.*$", "  purpose: Find missing people in a crowd")
                .replaceFirst("(?m)^  applicationArea:$", "  applicationArea: IMAGE_ANALYSIS")
                .replaceFirst("(?m)^  lifecycleStage:$", "  lifecycleStage: DEPLOYMENT")
                .replaceFirst("(?m)^  legalBasis:$", "  legalBasis: YES")
                .replaceFirst("(?m)^  sourcing:$", "  sourcing: SUPPLIER")
                .replaceFirst("(?m)^  # euAiAct:$", "  euAiAct:")
                .replaceFirst("(?m)^  #   biometricIdentification:$", "    biometricIdentification: REAL_TIME_REMOTE")
                .replaceFirst("(?m)^  #   assessmentDate:$", "    assessmentDate: 2026-11-27");
        Path file = Files.writeString(dir.resolve("risk.yaml"), text);
        // WHEN
        SystemProfile profile = AnswerFiles.forPack(ContentPacks.defaults()).withFactSections(List.of(EuAiAct.SECTION)).readSystem(file);
        // THEN the facts given are read, the others are not stated
        EuAiActProfile facts = EuAiAct.facts(profile).orElseThrow();
        assertThat(facts.biometricIdentification()).isEqualTo(EuAiActProfile.BiometricIdentification.REAL_TIME_REMOTE);
        assertThat(facts.assessmentDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(facts.rbiObjective()).isNull();
        // AND as written, with the section still commented, the profile has no facts of it
        Path plain = Files.writeString(dir.resolve("plain.yaml"), text.replace("  euAiAct:\n", "  # euAiAct:\n")
                .replace("    biometricIdentification: REAL_TIME_REMOTE\n", "").replace("    assessmentDate: 2026-11-27\n", ""));
        assertThat(AnswerFiles.forPack(ContentPacks.defaults()).withFactSections(List.of(EuAiAct.SECTION)).readSystem(plain)
                .extensions()).isEmpty();
    }
}
