package org.raitoolkit.rules.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kie.api.definition.type.Modifies;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.RiskLevel;

/**
 * Fact: the overall risk level of the system, the highest core principle level. Starts at LOW and
 * only rises. Not thread-safe.
 */
public final class RiskOverall {

    private RiskLevel level = RiskLevel.LOW;
    private final List<String> principles = new ArrayList<>();
    private final List<Reason> reasons = new ArrayList<>();

    public RiskLevel getLevel() { return level; }
    /** The core principles at the overall level, sorted by id; their reasons in the same order. */
    public List<String> getPrinciples() { return Collections.unmodifiableList(principles); }
    public List<Reason> getReasons() { return Collections.unmodifiableList(reasons); }

    /** Whether a principle at {@code principleLevel} would change the overall level or its list. */
    public boolean isRaisedBy(String principleId, RiskLevel principleLevel) {
        int c = principleLevel.compareTo(level);
        return c > 0 || (c == 0 && !principles.contains(principleId));
    }

    /** Takes a principle's level: higher replaces, equal adds, lower is ignored. */
    @Modifies({"level", "principles", "reasons"})
    public void include(String principleId, RiskLevel principleLevel, Reason why) {
        int c = principleLevel.compareTo(level);
        if (c > 0) {
            level = principleLevel;
            principles.clear();
            reasons.clear();
        }
        if (c >= 0 && !principles.contains(principleId)) {
            // Kept sorted by id, so that the order does not depend on the order rules fired in.
            int at = 0;
            while (at < principles.size() && principles.get(at).compareTo(principleId) < 0) {
                at++;
            }
            principles.add(at, principleId);
            reasons.add(at, why);
        }
    }
}
