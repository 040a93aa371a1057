package org.raitoolkit.rules.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kie.api.definition.type.Modifies;
import org.raitoolkit.model.ReadinessLevel;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.RoadmapAction;
import org.raitoolkit.model.RoadmapPhase;

/**
 * Fact: the agency's overall readiness and its place on the roadmap. Like a dimension, its level
 * can be capped after it is set but never raised. Not thread-safe.
 */
public final class ReadinessOverall {

    private Double meanScore;
    private ReadinessLevel level;
    private final List<String> caps = new ArrayList<>();
    private RoadmapPhase phase;
    private final List<RoadmapAction> nextActions = new ArrayList<>();
    private final List<Reason> reasons = new ArrayList<>();

    public Double getMeanScore() { return meanScore; }
    public ReadinessLevel getLevel() { return level; }
    public RoadmapPhase getPhase() { return phase; }
    public List<RoadmapAction> getNextActions() { return Collections.unmodifiableList(nextActions); }
    public List<Reason> getReasons() { return Collections.unmodifiableList(reasons); }
    public boolean hasCap(String capId) { return caps.contains(capId); }

    /** Sets the mean and its level, once. */
    @Modifies({"meanScore", "level", "reasons"})
    public void classify(double mean, ReadinessLevel level, Reason why) {
        this.meanScore = mean;
        this.level = level;
        reasons.add(why);
    }

    /** Lowers the level to {@code cap} if it is higher; records the cap either way. */
    @Modifies({"level", "reasons"})
    public void capAt(String capId, ReadinessLevel cap, Reason why) {
        caps.add(capId);
        if (level.compareTo(cap) > 0) {
            level = cap;
            reasons.add(why);
        }
    }

    /** Places the agency in a roadmap phase with its next actions. */
    @Modifies({"phase", "nextActions", "reasons"})
    public void place(RoadmapPhase phase, List<RoadmapAction> actions, Reason why) {
        this.phase = phase;
        nextActions.clear();
        nextActions.addAll(actions);
        reasons.add(why);
    }
}
