package org.raitoolkit.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.rules.spi.FactorScore;
import org.raitoolkit.rules.spi.PrincipleScore;
import org.raitoolkit.rules.spi.RiskOverall;

/**
 * Which sources would change a principle's or the overall level: those at the highest level
 * among the candidates, when that level is above the current one, or equal to it and the source
 * is not listed yet. The aggregation rules collect the candidates and include these, so that a
 * principle is raised once to its final level instead of once per improvement. Public only so
 * that those rules can call it.
 *
 * <p>Sources come sorted by id, so that the order of their reasons does not depend on the order
 * in which facts were inserted.
 */
public final class HighestLevel {

    private HighestLevel() {
    }

    /** The factors among {@code candidates} (settled {@link FactorScore}s) that would raise {@code principle}. */
    public static List<FactorScore> factorsRaising(PrincipleScore principle, List<?> candidates) {
        List<FactorScore> factors = new ArrayList<>();
        candidates.forEach(c -> factors.add((FactorScore) c));
        RiskLevel top = highest(factors.stream().map(FactorScore::getResidualLevel).toList());
        List<FactorScore> raising = new ArrayList<>();
        for (FactorScore f : factors) {
            if (f.getResidualLevel() == top && principle.isRaisedBy(f.getFactorId(), top)) {
                raising.add(f);
            }
        }
        raising.sort(Comparator.comparing(FactorScore::getFactorId));
        return raising;
    }

    /** The principles among {@code candidates} (threatened {@link PrincipleScore}s) that would raise the core principle {@code core}. */
    public static List<PrincipleScore> principlesRaising(PrincipleScore core, List<?> candidates) {
        List<PrincipleScore> principles = principles(candidates);
        RiskLevel top = highest(principles.stream().map(PrincipleScore::getLevel).toList());
        return principles.stream().filter(p -> p.getLevel() == top && core.isRaisedBy(p.getId(), top))
                .sorted(Comparator.comparing(PrincipleScore::getId)).toList();
    }

    /** The core principles among {@code candidates} (threatened {@link PrincipleScore}s) that would raise {@code overall}. */
    public static List<PrincipleScore> principlesRaising(RiskOverall overall, List<?> candidates) {
        List<PrincipleScore> principles = principles(candidates);
        RiskLevel top = highest(principles.stream().map(PrincipleScore::getLevel).toList());
        return principles.stream().filter(p -> p.getLevel() == top && overall.isRaisedBy(p.getId(), top))
                .sorted(Comparator.comparing(PrincipleScore::getId)).toList();
    }

    private static List<PrincipleScore> principles(List<?> candidates) {
        List<PrincipleScore> principles = new ArrayList<>();
        candidates.forEach(c -> principles.add((PrincipleScore) c));
        return principles;
    }

    /** The highest of {@code levels}, or {@code null} if there are none. */
    private static RiskLevel highest(List<RiskLevel> levels) {
        RiskLevel top = null;
        for (RiskLevel level : levels) {
            if (top == null || level.compareTo(top) > 0) {
                top = level;
            }
        }
        return top;
    }
}
