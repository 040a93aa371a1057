package org.raitoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Applicability conditions on a system profile. */
class ApplicabilityTest {

    private static final SystemProfile LIVE_FACIAL_RECOGNITION = SystemProfile.builder()
            .name("Live facial recognition at a public event")
            .purpose("Find missing persons in a crowd")
            .applicationArea(ApplicationArea.IMAGE_ANALYSIS)
            .processesBiometricData(true)
            .realTime(true)
            .publiclyAccessibleSpace(true)
            .humanReviewOfOutputs(true)
            .sourcing(Sourcing.SUPPLIER)
            .build();

    @Test
    void should_match_every_profile_when_no_condition_is_set() {
        // GIVEN
        Applicability always = Applicability.ALWAYS;
        // WHEN / THEN
        assertThat(always.matches(LIVE_FACIAL_RECOGNITION)).isTrue();
        assertThat(always.describe()).isEqualTo("always");
    }

    @Test
    void should_match_when_the_area_and_all_facts_hold() {
        // GIVEN
        Applicability liveBiometrics = new Applicability(Set.of(ApplicationArea.IMAGE_ANALYSIS),
                Set.of(ProfileFact.PROCESSES_BIOMETRIC_DATA, ProfileFact.REAL_TIME), Set.of(), Set.of());
        // WHEN
        boolean matches = liveBiometrics.matches(LIVE_FACIAL_RECOGNITION);
        // THEN
        assertThat(matches).isTrue();
    }

    @Test
    void should_not_match_when_the_area_differs() {
        // GIVEN
        Applicability prediction = new Applicability(Set.of(ApplicationArea.RISK_PREDICTION), Set.of(), Set.of(), Set.of());
        // WHEN / THEN
        assertThat(prediction.matches(LIVE_FACIAL_RECOGNITION)).isFalse();
    }

    @Test
    void should_not_match_when_one_of_all_of_is_missing() {
        // GIVEN
        Applicability children = new Applicability(Set.of(),
                Set.of(ProfileFact.PROCESSES_BIOMETRIC_DATA, ProfileFact.AFFECTS_VULNERABLE_GROUPS), Set.of(), Set.of());
        // WHEN / THEN
        assertThat(children.matches(LIVE_FACIAL_RECOGNITION)).isFalse();
    }

    @Test
    void should_match_when_any_one_of_any_of_holds() {
        // GIVEN
        Applicability scrapedOrSupplier = new Applicability(Set.of(), Set.of(),
                Set.of(ProfileFact.USES_SCRAPED_DATA, ProfileFact.SUPPLIER_BUILT), Set.of());
        // WHEN / THEN
        assertThat(scrapedOrSupplier.matches(LIVE_FACIAL_RECOGNITION)).isTrue();
        assertThat(scrapedOrSupplier.matches(LIVE_FACIAL_RECOGNITION.toBuilder().sourcing(Sourcing.IN_HOUSE).build())).isFalse();
    }

    @Test
    void should_not_match_when_a_none_of_fact_holds() {
        // GIVEN a factor that applies only without human review
        Applicability unreviewed = new Applicability(Set.of(), Set.of(), Set.of(), Set.of(ProfileFact.HUMAN_REVIEW_OF_OUTPUTS));
        // WHEN / THEN
        assertThat(unreviewed.matches(LIVE_FACIAL_RECOGNITION)).isFalse();
        assertThat(unreviewed.matches(LIVE_FACIAL_RECOGNITION.toBuilder().humanReviewOfOutputs(false).build())).isTrue();
    }

    @Test
    void should_describe_conditions_in_declaration_order_when_given_in_any_order() {
        // GIVEN
        Applicability a = new Applicability(EnumSet.of(ApplicationArea.TEXT_SPEECH, ApplicationArea.IMAGE_ANALYSIS),
                Set.of(ProfileFact.REAL_TIME, ProfileFact.PROCESSES_BIOMETRIC_DATA), Set.of(), Set.of(ProfileFact.HUMAN_REVIEW_OF_OUTPUTS));
        // WHEN
        String text = a.describe();
        // THEN
        assertThat(text).isEqualTo("area in [IMAGE_ANALYSIS, TEXT_SPEECH]; all of [PROCESSES_BIOMETRIC_DATA, REAL_TIME]; "
                + "none of [HUMAN_REVIEW_OF_OUTPUTS]");
    }

    @Test
    void should_describe_every_condition_in_its_own_words_when_thousands_are_made() {
        // GIVEN thousands of distinct conditions: each set of profile facts, required or excluded
        ProfileFact[] facts = ProfileFact.values();
        int described = 0;
        for (int mask = 0; mask < (1 << Math.min(facts.length, 12)); mask++) {
            Set<ProfileFact> all = EnumSet.noneOf(ProfileFact.class);
            for (int i = 0; i < Math.min(facts.length, 12); i++) {
                if ((mask & (1 << i)) != 0) {
                    all.add(facts[i]);
                }
            }
            for (boolean excluded : new boolean[] {false, true}) {
                Applicability a = new Applicability(Set.of(ApplicationArea.TEXT_SPEECH), excluded ? Set.of() : all,
                        Set.of(), excluded ? all : Set.of());
                // WHEN it is described twice
                String first = a.describe();
                String again = a.describe();
                // THEN both times in its own words
                String conditions = all.isEmpty() ? "" : (excluded ? "; none of " : "; all of ") + all;
                assertThat(first).isEqualTo("area in [TEXT_SPEECH]" + conditions);
                assertThat(again).isEqualTo(first);
                described++;
            }
        }
        assertThat(described).isGreaterThan(4_096);
    }

    @Test
    void should_treat_null_conditions_as_empty_when_built_in_code() {
        // GIVEN
        Applicability a = new Applicability(null, null, null, null);
        // WHEN / THEN
        assertThat(a).isEqualTo(Applicability.ALWAYS);
        assertThat(a.matches(LIVE_FACIAL_RECOGNITION)).isTrue();
    }
}
