package org.raitoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Building risk factors in code. */
class RiskFactorTest {

    private static RiskFactor factor(Set<RightAtStake> rights) {
        return new RiskFactor("RF-TEST", "Test factor", "A harm", List.of("AUTONOMY.PRIVACY"), rights,
                Applicability.ALWAYS, new RatingGuidance("how likely", "how grave"), 3,
                List.of(new Mitigation("MIT-TEST", "A measure", "What it takes", new MitigationEffect(1, 0))));
    }

    @Test
    void should_keep_the_rights_in_declaration_order_when_given_an_immutable_set() {
        // GIVEN rights as code usually writes them
        Set<RightAtStake> rights = Set.of(RightAtStake.NON_DISCRIMINATION, RightAtStake.PRIVACY);
        // WHEN
        RiskFactor f = factor(rights);
        // THEN
        assertThat(f.rights()).containsExactly(RightAtStake.PRIVACY, RightAtStake.NON_DISCRIMINATION);
    }

    @Test
    void should_keep_a_null_right_for_validation_to_report_when_a_file_gives_one() {
        // GIVEN
        Set<RightAtStake> rights = new HashSet<>(Arrays.asList(RightAtStake.PRIVACY, null));
        // WHEN
        RiskFactor f = factor(rights);
        // THEN
        assertThat(f.rights()).containsExactlyInAnyOrder(RightAtStake.PRIVACY, null);
    }

    @Test
    void should_find_a_mitigation_when_asked_by_id() {
        // GIVEN
        RiskFactor f = factor(Set.of(RightAtStake.PRIVACY));
        // WHEN / THEN
        assertThat(f.mitigation("MIT-TEST")).isPresent();
        assertThat(f.mitigation("MIT-OTHER")).isEmpty();
    }
}
