package org.raitoolkit.rules.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.raitoolkit.model.ReadinessLevel;
import org.raitoolkit.model.RoadmapAction;
import org.raitoolkit.model.RoadmapPhase;
import org.raitoolkit.rules.spi.DimensionScore;

/**
 * Orders an agency's next roadmap actions, for the roadmap rule and for rule sets that place
 * an agency in a phase of their own. Stateless.
 */
public final class RoadmapPlanner {

    private RoadmapPlanner() {
    }

    /**
     * The actions of {@code phase}, those that strengthen the weakest dimensions first, preceded
     * by the actions of earlier phases for dimensions still at BEGINNING: foundations left
     * behind come before new work.
     */
    public static List<RoadmapAction> nextActions(RoadmapPhase phase, List<RoadmapPhase> phases, List<DimensionScore> dimensions) {
        Map<String, Double> scores = dimensions.stream()
                .collect(Collectors.toMap(DimensionScore::getId, d -> d.getScore() == null ? 0.0 : d.getScore(), (a, b) -> a));
        Set<String> beginning = dimensions.stream()
                .filter(d -> d.getLevel() == ReadinessLevel.BEGINNING).map(DimensionScore::getId).collect(Collectors.toSet());
        Comparator<RoadmapAction> weakestFirst = Comparator.comparingDouble(a -> a.dimensions().stream()
                .mapToDouble(d -> scores.getOrDefault(d, 100.0)).min().orElse(100.0));
        Set<RoadmapAction> actions = new LinkedHashSet<>();
        phases.stream()
                .filter(p -> p.number() < phase.number())
                .sorted(Comparator.comparingInt(RoadmapPhase::number))
                .flatMap(p -> p.actions().stream())
                .filter(a -> a.dimensions().stream().anyMatch(beginning::contains))
                .sorted(weakestFirst)
                .forEach(actions::add);
        phase.actions().stream().sorted(weakestFirst).forEach(actions::add);
        return new ArrayList<>(actions);
    }
}
