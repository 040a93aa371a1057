package org.raitoolkit.rules.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kie.api.definition.type.Modifies;
import org.raitoolkit.model.ReadinessDimension;
import org.raitoolkit.model.ReadinessLevel;
import org.raitoolkit.model.Reason;

/**
 * Fact: the readiness score and level of one dimension. The level can only be capped (lowered)
 * after it is set: readiness rules make a result more cautious, never more generous. Not
 * thread-safe.
 */
public final class DimensionScore {

    private final ReadinessDimension dimension;
    private Double score;
    private int unknownAnswers;
    private ReadinessLevel level;
    private final List<String> caps = new ArrayList<>();
    private final List<Reason> reasons = new ArrayList<>();

    public DimensionScore(ReadinessDimension dimension) {
        this.dimension = dimension;
    }

    public ReadinessDimension getDimension() { return dimension; }
    public String getId() { return dimension.id(); }
    /** The weighted mean as a percentage, or {@code null} before scoring. */
    public Double getScore() { return score; }
    public int getUnknownAnswers() { return unknownAnswers; }
    public ReadinessLevel getLevel() { return level; }
    public List<Reason> getReasons() { return Collections.unmodifiableList(reasons); }
    /** The ids of the caps applied (critical question ids), in order. */
    public List<String> getCaps() { return Collections.unmodifiableList(caps); }

    /** Whether the cap named {@code capId} has been applied. */
    public boolean hasCap(String capId) { return caps.contains(capId); }

    /** Sets the score, once. */
    @Modifies({"score", "unknownAnswers", "reasons"})
    public void score(double percent, int unknown, Reason why) {
        this.score = percent;
        this.unknownAnswers = unknown;
        reasons.add(why);
    }

    /** Sets the level from the score, once. */
    @Modifies({"level", "reasons"})
    public void classify(ReadinessLevel level, Reason why) {
        this.level = level;
        reasons.add(why);
    }

    /** Lowers the level to {@code cap} if it is higher; records the cap either way. */
    @Modifies({"level", "caps", "reasons"})
    public void capAt(String capId, ReadinessLevel cap, Reason why) {
        caps.add(capId);
        if (level != null && level.compareTo(cap) > 0) {
            level = cap;
            reasons.add(why);
        }
    }
}
