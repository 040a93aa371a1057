package org.raitoolkit.rules.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kie.api.definition.type.Modifies;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.RiskLevel;

/**
 * Fact: the risk level of one principle, core or instrumental: the highest residual level among
 * the factors under it. Starts at LOW with no factors and only rises. Not thread-safe.
 */
public final class PrincipleScore {

    private final String id;
    private final String name;
    private final String parentId;
    private RiskLevel level = RiskLevel.LOW;
    private final List<String> sources = new ArrayList<>();
    private final List<Reason> reasons = new ArrayList<>();

    /**
     * @param id the principle's id
     * @param name its name
     * @param parentId the core principle's id for an instrumental principle, {@code null} for a core one
     */
    public PrincipleScore(String id, String name, String parentId) {
        this.id = id;
        this.name = name;
        this.parentId = parentId;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    /** The core principle's id, or {@code null} if this is a core principle. */
    public String getParentId() { return parentId; }
    public boolean isCore() { return parentId == null; }
    public RiskLevel getLevel() { return level; }
    /** The factors (for an instrumental principle) or instrumental principles (for a core one) at this level, sorted by id; their reasons in the same order. */
    public List<String> getSources() { return Collections.unmodifiableList(sources); }
    public List<Reason> getReasons() { return Collections.unmodifiableList(reasons); }

    /** Whether {@code sourceId} at {@code sourceLevel} would change this score. */
    public boolean isRaisedBy(String sourceId, RiskLevel sourceLevel) {
        int c = sourceLevel.compareTo(level);
        return c > 0 || (c == 0 && !sources.contains(sourceId));
    }

    /**
     * Takes {@code sourceLevel} from {@code sourceId}: a higher level replaces the level and its
     * sources; an equal one adds a source; a lower one changes nothing.
     */
    @Modifies({"level", "sources", "reasons"})
    public void include(String sourceId, RiskLevel sourceLevel, Reason why) {
        int c = sourceLevel.compareTo(level);
        if (c > 0) {
            level = sourceLevel;
            sources.clear();
            reasons.clear();
        }
        if (c >= 0 && !sources.contains(sourceId)) {
            // Kept sorted by id, so that the order does not depend on the order rules fired in.
            int at = 0;
            while (at < sources.size() && sources.get(at).compareTo(sourceId) < 0) {
                at++;
            }
            sources.add(at, sourceId);
            reasons.add(at, why);
        }
    }
}
