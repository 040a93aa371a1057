package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.Mitigation;
import org.raitoolkit.model.MitigationEffect;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.SystemProfile;

/**
 * The profile facts added with the second set of risk factors: optional in answer files, false when
 * left out, and each bringing in its factor when true; the chilling effect's wider reach; and the
 * mitigation effects that were corrected.
 */
class NewRiskFactorsTest {

    private static final ContentPack PACK = ContentPacks.defaults();

    private static final AnswerFiles FILES = AnswerFiles.forPack(PACK);

    /** A profile that none of the new factors applies to: no personal data, in-house, no live use. */
    private static final List<String> PLAIN = List.of(
            "system:",
            "  name: Duty roster planner",
            "  purpose: Suggest shift rosters from past demand",
            "  applicationArea: PROCESS_AUTOMATION",
            "  lifecycleStage: DEPLOYMENT",
            "  legalBasis: YES",
            "  humanReviewOfOutputs: true",
            "  sourcing: IN_HOUSE",
            "  dataSources: [POLICE_RECORDS]");

    private static SystemProfile read(List<String> lines) {
        return FILES.parseSystem("profile.yaml", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> with(List<String> lines, String... extra) {
        List<String> all = new ArrayList<>(lines);
        all.addAll(List.of(extra));
        return all;
    }

    private static List<String> replacing(List<String> lines, String key, String line) {
        return lines.stream().map(l -> l.startsWith("  " + key + ":") ? line : l).toList();
    }

    private static RiskFactor factor(String id) {
        return PACK.riskFactor(id).orElseThrow(() -> new AssertionError("no factor " + id + " in the default pack"));
    }

    private static MitigationEffect effect(String factorId, String mitigationId) {
        return factor(factorId).mitigation(mitigationId).map(Mitigation::effect)
                .orElseThrow(() -> new AssertionError("no mitigation " + mitigationId + " under " + factorId));
    }

    static Stream<Arguments> newFacts() {
        return Stream.of(
                Arguments.of("matchesAgainstReferenceList", (Predicate<SystemProfile>) SystemProfile::matchesAgainstReferenceList, "RF-REFERENCE-DATA-CURRENCY"),
                Arguments.of("infersStateOrIntent", (Predicate<SystemProfile>) SystemProfile::infersStateOrIntent, "RF-SCIENTIFIC-VALIDITY"),
                Arguments.of("sharesWithPartnersOrAbroad", (Predicate<SystemProfile>) SystemProfile::sharesWithPartnersOrAbroad, "RF-CROSS-BORDER-SHARING"),
                Arguments.of("authenticatesEvidence", (Predicate<SystemProfile>) SystemProfile::authenticatesEvidence, "RF-EVIDENCE-AUTHENTICITY"),
                Arguments.of("observesAssemblyOrExpression", (Predicate<SystemProfile>) SystemProfile::observesAssemblyOrExpression, "RF-CHILLING-EFFECT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newFacts")
    void should_read_the_fact_as_false_and_leave_its_factor_out_when_a_file_does_not_give_it(
            String field, Predicate<SystemProfile> fact, String factorId) {
        // GIVEN a file written before the fact existed
        List<String> lines = PLAIN;
        // WHEN
        SystemProfile profile = read(lines);
        // THEN
        assertThat(fact.test(profile)).as(field).isFalse();
        assertThat(factor(factorId).appliesTo(profile)).as("%s applies", factorId).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newFacts")
    void should_bring_in_its_factor_when_a_file_sets_the_fact_true(String field, Predicate<SystemProfile> fact, String factorId) {
        // GIVEN
        List<String> lines = with(PLAIN, "  " + field + ": true");
        // WHEN
        SystemProfile profile = read(lines);
        // THEN
        assertThat(fact.test(profile)).as(field).isTrue();
        assertThat(factor(factorId).appliesTo(profile)).as("%s applies", factorId).isTrue();
    }

    @Test
    void should_bring_in_the_seized_material_factor_when_seized_devices_are_a_data_source() {
        // GIVEN
        List<String> lines = replacing(PLAIN, "dataSources", "  dataSources: [SEIZED_DEVICES_AND_DOCUMENTS]");
        // WHEN
        SystemProfile seized = read(lines);
        // THEN
        assertThat(factor("RF-PRIVILEGED-SEIZED-MATERIAL").appliesTo(seized)).isTrue();
        assertThat(factor("RF-PRIVILEGED-SEIZED-MATERIAL").appliesTo(read(PLAIN))).isFalse();
    }

    @Test
    void should_bring_in_supplier_lock_in_only_when_a_supplier_builds_the_system() {
        // GIVEN
        List<String> lines = replacing(PLAIN, "sourcing", "  sourcing: SUPPLIER");
        // WHEN
        SystemProfile bought = read(lines);
        // THEN
        assertThat(factor("RF-SUPPLIER-LOCK-IN").appliesTo(bought)).isTrue();
        assertThat(factor("RF-SUPPLIER-LOCK-IN").appliesTo(read(PLAIN))).isFalse();
    }

    @Test
    void should_count_unequal_errors_once_when_face_recognition_already_rates_them() {
        // GIVEN one face-recognition system and one text classifier about people
        SystemProfile faces = read(with(replacing(PLAIN, "applicationArea", "  applicationArea: IMAGE_ANALYSIS"),
                "  processesBiometricData: true", "  processesPersonalData: true"));
        SystemProfile text = read(with(replacing(PLAIN, "applicationArea", "  applicationArea: TEXT_SPEECH"),
                "  processesPersonalData: true"));
        // WHEN
        Set<String> forFaces = applying(faces);
        Set<String> forText = applying(text);
        // THEN
        assertThat(forFaces).contains("RF-FRT-DEMOGRAPHIC-BIAS").doesNotContain("RF-UNEQUAL-ERROR-RATES");
        assertThat(forText).contains("RF-UNEQUAL-ERROR-RATES").doesNotContain("RF-FRT-DEMOGRAPHIC-BIAS");
    }

    private static Set<String> applying(SystemProfile profile) {
        return PACK.riskFactors().stream().filter(f -> f.appliesTo(profile)).map(RiskFactor::id).collect(Collectors.toSet());
    }

    // ------------------------------------------------------------------------ chilling effect

    @Test
    void should_apply_the_chilling_effect_when_protesters_are_identified_afterwards_from_footage() {
        // GIVEN retrospective facial recognition on footage of a demonstration: not live
        SystemProfile retrospective = read(with(replacing(PLAIN, "applicationArea", "  applicationArea: IMAGE_ANALYSIS"),
                "  processesBiometricData: true", "  processesPersonalData: true", "  observesAssemblyOrExpression: true"));
        // WHEN
        boolean applies = factor("RF-CHILLING-EFFECT").appliesTo(retrospective);
        // THEN
        assertThat(retrospective.realTime()).isFalse();
        assertThat(applies).isTrue();
    }

    @Test
    void should_apply_the_chilling_effect_when_social_media_is_monitored() {
        // GIVEN monitoring of public posts: no publicly accessible space, not real time
        SystemProfile monitoring = read(with(replacing(PLAIN, "applicationArea", "  applicationArea: TEXT_SPEECH"),
                "  processesPersonalData: true", "  observesAssemblyOrExpression: true"));
        // WHEN
        boolean applies = factor("RF-CHILLING-EFFECT").appliesTo(monitoring);
        // THEN
        assertThat(applies).isTrue();
    }

    @Test
    void should_keep_the_chilling_effect_reach_it_had_when_assemblies_are_not_mentioned() {
        // GIVEN live personal data in public, the same without personal data, and public but not live
        SystemProfile live = read(with(PLAIN, "  realTime: true", "  publiclyAccessibleSpace: true", "  processesPersonalData: true"));
        SystemProfile liveAnonymous = read(with(PLAIN, "  realTime: true", "  publiclyAccessibleSpace: true"));
        SystemProfile afterwards = read(with(PLAIN, "  publiclyAccessibleSpace: true", "  processesPersonalData: true"));
        RiskFactor chilling = factor("RF-CHILLING-EFFECT");
        // WHEN / THEN
        assertThat(chilling.appliesTo(live)).isTrue();
        assertThat(chilling.appliesTo(liveAnonymous)).isFalse();
        assertThat(chilling.appliesTo(afterwards)).isFalse();
    }

    // -------------------------------------------------------------------- mitigation effects

    @Test
    void should_not_let_a_dpia_lower_the_likelihood_of_use_without_a_legal_basis() {
        // GIVEN
        RiskFactor legalBasis = factor("RF-LEGAL-BASIS-UNCONFIRMED");
        // WHEN
        List<Mitigation> lowering = legalBasis.mitigations().stream()
                .filter(m -> m.effect().likelihoodReduction() > 0).toList();
        // THEN a DPIA records the basis, it cannot supply one
        assertThat(legalBasis.mitigation("MIT-LEGAL-BASIS-DPIA-CONSULTATION")).isEmpty();
        assertThat(lowering).extracting(Mitigation::title).noneMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("impact assessment"));
    }

    @Test
    void should_let_examiner_review_lower_the_harm_not_the_algorithm_bias() {
        // GIVEN / WHEN
        MitigationEffect review = effect("RF-FRT-DEMOGRAPHIC-BIAS", "MIT-FRT-TRAINED-EXAMINER-REVIEW");
        // THEN
        assertThat(review.likelihoodReduction()).isZero();
        assertThat(review.severityReduction()).isEqualTo(1);
    }

    @Test
    void should_not_claim_that_reporting_energy_use_lowers_cost() {
        // GIVEN
        RiskFactor cost = factor("RF-COST-AND-FOOTPRINT");
        // WHEN
        List<String> ids = cost.mitigations().stream().map(Mitigation::id).toList();
        // THEN
        assertThat(ids).doesNotContain("MIT-COST-ENERGY-REPORTING");
        assertThat(cost.mitigations()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void should_not_let_an_ethics_or_scrutiny_panel_lower_severity() {
        // GIVEN / WHEN
        MitigationEffect scrutiny = effect("RF-FEEDBACK-LOOP", "MIT-FEEDBACK-EXTERNAL-SCRUTINY");
        MitigationEffect oversight = effect("RF-ACCOUNTABILITY-GAP", "MIT-ACCOUNTABILITY-INDEPENDENT-OVERSIGHT");
        // THEN
        assertThat(scrutiny.severityReduction()).isZero();
        assertThat(oversight.severityReduction()).isZero();
        assertThat(scrutiny.likelihoodReduction()).isEqualTo(1);
        assertThat(oversight.likelihoodReduction()).isEqualTo(1);
    }

    @Test
    void should_lower_both_likelihood_and_severity_only_where_the_catalogue_gives_a_reason() {
        // GIVEN the mitigations whose two effects are explained in risk-factors.yaml
        Set<String> explained = Set.of("MIT-PURPOSE-DRIFT-TECHNICAL-LIMITS");
        // WHEN
        List<String> both = PACK.riskFactors().stream().flatMap(f -> f.mitigations().stream())
                .filter(m -> m.effect().likelihoodReduction() > 0 && m.effect().severityReduction() > 0)
                .map(Mitigation::id).toList();
        // THEN
        assertThat(both).isSubsetOf(explained);
    }

    // ---------------------------------------------------------------------------- catalogue

    @Test
    void should_have_at_least_32_factors_each_with_two_mitigations_including_the_new_ones() {
        // GIVEN
        List<String> added = List.of("RF-REFERENCE-DATA-CURRENCY", "RF-SCIENTIFIC-VALIDITY", "RF-UNEQUAL-ERROR-RATES",
                "RF-ADVERSARIAL-ATTACK", "RF-CROSS-BORDER-SHARING", "RF-PRIVILEGED-SEIZED-MATERIAL",
                "RF-SUPPLIER-LOCK-IN", "RF-EVIDENCE-AUTHENTICITY");
        // WHEN
        List<String> ids = PACK.riskFactors().stream().map(RiskFactor::id).toList();
        // THEN
        assertThat(ids).hasSizeGreaterThanOrEqualTo(32).containsAll(added);
        assertThat(PACK.riskFactors()).allSatisfy(f -> assertThat(f.mitigations()).as("mitigations of %s", f.id()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(added).allSatisfy(id -> assertThat(factor(id).mitigations())
                .as("every mitigation of %s lowers something", id)
                .allSatisfy(m -> assertThat(m.effect().likelihoodReduction() + m.effect().severityReduction()).isPositive()));
    }
}
