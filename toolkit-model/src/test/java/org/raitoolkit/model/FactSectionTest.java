package org.raitoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactSectionTest {

    enum Warrant { NONE, REQUESTED, GRANTED }

    record WarrantFacts(Warrant warrant, @Min(0) @Max(72) Integer hoursSinceRequest, Boolean urgent,
                        LocalDate grantedOn, @Size(max = 300) String court, Set<Warrant> history) {
    }

    record Unreadable(List<String> names) {
    }

    private static FactSection<WarrantFacts> section() {
        return FactSection.builder("nationalWarrant", WarrantFacts.class).title("National warrant")
                .field("warrant", "Warrant for biometric processing", "The state of the warrant.")
                .field("hoursSinceRequest", "Hours since the warrant was requested.")
                .field("urgent", "Whether the use started as urgent.")
                .field("grantedOn", "The day the court granted it.")
                .field("court", "The court that decides.")
                .field("history", "Earlier states.")
                .requiredWhen("hoursSinceRequest", "warrant", "REQUESTED")
                .requiredWhen("grantedOn", "warrant", "GRANTED")
                .requiredWhen("court", "urgent", "true")
                .build();
    }

    @Test
    void should_read_kind_allowed_values_and_bounds_from_the_record_components() {
        // GIVEN a declared section
        FactSection<WarrantFacts> section = section();
        // THEN each fact has the kind, values and bounds of its component, in component order
        assertThat(section.fields()).extracting(FactField::name, FactField::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("warrant", FactKind.ONE_OF),
                        org.assertj.core.groups.Tuple.tuple("hoursSinceRequest", FactKind.WHOLE_NUMBER),
                        org.assertj.core.groups.Tuple.tuple("urgent", FactKind.YES_NO),
                        org.assertj.core.groups.Tuple.tuple("grantedOn", FactKind.DATE),
                        org.assertj.core.groups.Tuple.tuple("court", FactKind.TEXT),
                        org.assertj.core.groups.Tuple.tuple("history", FactKind.SOME_OF));
        assertThat(section.field("warrant").label()).isEqualTo("Warrant for biometric processing");
        assertThat(section.field("hoursSinceRequest").label()).isEqualTo("Hours since request");
        assertThat(section.field("warrant").allowedValues()).containsExactly("NONE", "REQUESTED", "GRANTED");
        assertThat(section.field("hoursSinceRequest").min()).isZero();
        assertThat(section.field("hoursSinceRequest").max()).isEqualTo(72);
        assertThat(section.field("court").max()).isEqualTo(300);
        assertThat(section.field("history").allowedValues()).containsExactly("NONE", "REQUESTED", "GRANTED");
    }

    @Test
    void should_list_the_facts_that_a_condition_requires_and_that_are_missing() {
        // GIVEN a requested warrant without its hours, and an urgent use without a court
        FactSection<WarrantFacts> section = section();
        WarrantFacts facts = new WarrantFacts(Warrant.REQUESTED, null, true, null, null, Set.of());
        // THEN both missing facts are named with the condition that requires them; grantedOn is not
        assertThat(section.missingRequired(facts)).containsOnlyKeys("hoursSinceRequest", "court");
        assertThat(section.missingRequired(facts).get("court")).hasToString("urgent is true");
        assertThat(section.values(facts)).containsOnlyKeys("warrant", "urgent");
    }

    @Test
    void should_refuse_a_declaration_and_list_every_problem() {
        // GIVEN a section missing a help text, with help for an unknown fact and a condition on a value that cannot occur
        var builder = FactSection.builder("Bad-Key", WarrantFacts.class)
                .field("warrant", "The state.").field("hoursSinceRequest", "Hours.").field("urgent", "Urgent.")
                .field("grantedOn", "Day.").field("court", "Court.")
                .field("warant", "A misspelt fact.")
                .requiredWhen("court", "warrant", "DENIED");
        // THEN building lists them all
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key 'Bad-Key'")
                .hasMessageContaining("fact 'history' has no help text")
                .hasMessageContaining("help given for 'warant'")
                .hasMessageContaining("is DENIED, which it cannot be; allowed: [NONE, REQUESTED, GRANTED]");
        // AND a component of a type answer files cannot hold is refused, saying which types are allowed
        assertThatThrownBy(() -> FactSection.builder("names", Unreadable.class).field("names", "Names.").build())
                .hasMessageContaining("fact 'names' is of type java.util.List<java.lang.String>, which an answer file cannot hold");
    }
}
