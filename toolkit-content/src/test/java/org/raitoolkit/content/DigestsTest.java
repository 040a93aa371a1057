package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.ApplicationArea;
import org.raitoolkit.model.DataSource;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.Severity;
import org.raitoolkit.model.SystemProfile;

/** The canonical digest of answers: the same answers, however written, give the same digest. */
class DigestsTest {

    private static RiskAnswers answers(java.util.Set<DataSource> sources, Map<String, FactorRating> ratings) {
        SystemProfile profile = SystemProfile.builder().name("Digest probe").purpose("A test")
                .applicationArea(ApplicationArea.values()[0]).dataSources(sources).build();
        return RiskAnswers.of(profile, ratings);
    }

    @Test
    void should_give_one_digest_when_sets_and_maps_are_given_in_another_order() {
        // GIVEN the same data sources and ratings, given in two orders
        List<DataSource> all = List.of(DataSource.values());
        java.util.LinkedHashSet<DataSource> forward = new java.util.LinkedHashSet<>(all);
        List<DataSource> reversed = new java.util.ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        java.util.LinkedHashSet<DataSource> backward = new java.util.LinkedHashSet<>(reversed);
        Map<String, FactorRating> ab = new java.util.LinkedHashMap<>();
        ab.put("RF-A", FactorRating.of(Likelihood.RARE, Severity.MINOR));
        ab.put("RF-B", FactorRating.of(Likelihood.LIKELY, Severity.MAJOR, "MIT-X"));
        Map<String, FactorRating> ba = new java.util.LinkedHashMap<>();
        ba.put("RF-B", ab.get("RF-B"));
        ba.put("RF-A", ab.get("RF-A"));

        // WHEN / THEN
        assertThat(Digests.sha256(answers(forward, ab))).isEqualTo(Digests.sha256(answers(backward, ba)))
                .matches("[0-9a-f]{64}");
        // AND the profile lists its data sources in the enum's order, whatever order they came in
        assertThat(answers(backward, ba).system().dataSources()).containsExactlyElementsOf(EnumSet.allOf(DataSource.class));
    }

    @Test
    void should_give_another_digest_when_one_rating_changes() {
        Map<String, FactorRating> one = Map.of("RF-A", FactorRating.of(Likelihood.RARE, Severity.MINOR));
        Map<String, FactorRating> other = Map.of("RF-A", FactorRating.of(Likelihood.UNLIKELY, Severity.MINOR));
        assertThat(Digests.sha256(answers(EnumSet.noneOf(DataSource.class), one)))
                .isNotEqualTo(Digests.sha256(answers(EnumSet.noneOf(DataSource.class), other)));
    }
}
