package org.raitoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The profile facts added after the first release, and the facts derived without a field. */
class SystemProfileFactsTest {

    private static final SystemProfile BASE = SystemProfile.builder()
            .name("Social media monitoring")
            .purpose("Watch public posts about a planned demonstration")
            .applicationArea(ApplicationArea.TEXT_SPEECH)
            .processesPersonalData(true)
            .build();

    @Test
    void should_take_the_later_facts_as_false_when_the_earlier_constructor_is_used() {
        // GIVEN / WHEN
        SystemProfile profile = new SystemProfile("ANPR", "Read number plates", ApplicationArea.IMAGE_ANALYSIS,
                LifecycleStage.DEPLOYMENT, LegalBasis.YES, false, true, true, true, false, false, false, true,
                Sourcing.SUPPLIER, Set.of(DataSource.SENSOR_AND_VEHICLE_DATA), Map.of(), Map.of());
        // THEN
        assertThat(profile.matchesAgainstReferenceList()).isFalse();
        assertThat(profile.infersStateOrIntent()).isFalse();
        assertThat(profile.sharesWithPartnersOrAbroad()).isFalse();
        assertThat(profile.authenticatesEvidence()).isFalse();
        assertThat(profile.observesAssemblyOrExpression()).isFalse();
        assertThat(profile.humanReviewOfOutputs()).isTrue();
        assertThat(profile.sourcing()).isEqualTo(Sourcing.SUPPLIER);
    }

    @Test
    void should_keep_every_later_fact_when_a_profile_is_copied_through_its_builder() {
        // GIVEN
        SystemProfile profile = BASE.toBuilder().matchesAgainstReferenceList(true).infersStateOrIntent(true)
                .sharesWithPartnersOrAbroad(true).authenticatesEvidence(true).observesAssemblyOrExpression(true).build();
        // WHEN
        SystemProfile copy = profile.toBuilder().build();
        // THEN
        assertThat(copy).isEqualTo(profile);
        assertThat(copy.facts()).contains(ProfileFact.MATCHES_REFERENCE_LIST, ProfileFact.INFERS_STATE_OR_INTENT,
                ProfileFact.SHARES_WITH_PARTNERS_OR_ABROAD, ProfileFact.AUTHENTICATES_EVIDENCE,
                ProfileFact.OBSERVES_ASSEMBLY_OR_EXPRESSION);
    }

    @Test
    void should_hold_uses_seized_data_only_when_seized_devices_are_a_data_source() {
        // GIVEN
        SystemProfile seized = BASE.toBuilder().dataSources(Set.of(DataSource.SEIZED_DEVICES_AND_DOCUMENTS)).build();
        SystemProfile records = BASE.toBuilder().dataSources(Set.of(DataSource.POLICE_RECORDS)).build();
        // WHEN / THEN
        assertThat(seized.has(ProfileFact.USES_SEIZED_DATA)).isTrue();
        assertThat(records.has(ProfileFact.USES_SEIZED_DATA)).isFalse();
    }

    @Test
    void should_hold_live_monitoring_of_public_space_only_for_live_personal_data_in_a_public_place() {
        // GIVEN
        SystemProfile live = BASE.toBuilder().realTime(true).publiclyAccessibleSpace(true).build();
        SystemProfile afterwards = BASE.toBuilder().publiclyAccessibleSpace(true).build();
        SystemProfile anonymous = live.toBuilder().processesPersonalData(false).build();
        SystemProfile biometricOnly = anonymous.toBuilder().processesBiometricData(true).build();
        // WHEN / THEN
        assertThat(live.has(ProfileFact.LIVE_MONITORING_OF_PUBLIC_SPACE)).isTrue();
        assertThat(afterwards.has(ProfileFact.LIVE_MONITORING_OF_PUBLIC_SPACE)).isFalse();
        assertThat(anonymous.has(ProfileFact.LIVE_MONITORING_OF_PUBLIC_SPACE)).isFalse();
        assertThat(biometricOnly.has(ProfileFact.LIVE_MONITORING_OF_PUBLIC_SPACE)).isTrue();
    }

    @Test
    void should_hold_biometric_image_analysis_only_for_biometric_data_in_image_analysis() {
        // GIVEN
        SystemProfile faces = BASE.toBuilder().applicationArea(ApplicationArea.IMAGE_ANALYSIS).processesBiometricData(true).build();
        SystemProfile voices = BASE.toBuilder().processesBiometricData(true).build();
        SystemProfile plates = BASE.toBuilder().applicationArea(ApplicationArea.IMAGE_ANALYSIS).build();
        // WHEN / THEN
        assertThat(faces.has(ProfileFact.BIOMETRIC_IMAGE_ANALYSIS)).isTrue();
        assertThat(voices.has(ProfileFact.BIOMETRIC_IMAGE_ANALYSIS)).isFalse();
        assertThat(plates.has(ProfileFact.BIOMETRIC_IMAGE_ANALYSIS)).isFalse();
    }
}
