package org.raitoolkit.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
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
 * in which facts were inserted. They come wrapped ({@link Factors}, {@link Principles}) so that a
 * rule can test them in a pattern ({@code Factors( empty == false ) from ...}): a list would be
 * iterated by {@code from}, and an {@code eval} makes Drools log a warning on every engine build.
 */
public final class HighestLevel {

    private HighestLevel() {
    }

    /**
     * The factors among {@code candidates} (settled {@link FactorScore}s) that threaten
     * {@code principle} and would raise it. The rule passes every settled factor and this picks
     * those of the principle: a join in the rule tested each principle against each factor, in
     * Drools' network, on every change. Plain loops, no streams: it runs for every principle on
     * every assessment.
     */
    public static Factors factorsRaising(PrincipleScore principle, List<?> candidates) {
        String id = principle.getId();
        return new Factors(raising(candidates, FactorScore.class, f -> f.threatens(id), FactorScore::getResidualLevel,
                FactorScore::getFactorId, principle::isRaisedBy));
    }

    /**
     * The principles among {@code candidates} (threatened {@link PrincipleScore}s) that are
     * instrumental to the core principle {@code core} and would raise it; like
     * {@link #factorsRaising}, this picks them from every candidate.
     */
    public static Principles principlesRaising(PrincipleScore core, List<?> candidates) {
        return new Principles(raising(candidates, PrincipleScore.class, p -> core.getId().equals(p.getParentId()),
                PrincipleScore::getLevel, PrincipleScore::getId, core::isRaisedBy));
    }

    /** The core principles among {@code candidates} (threatened {@link PrincipleScore}s) that would raise {@code overall}. */
    public static Principles principlesRaising(RiskOverall overall, List<?> candidates) {
        return new Principles(raising(candidates, PrincipleScore.class, p -> true, PrincipleScore::getLevel,
                PrincipleScore::getId, overall::isRaisedBy));
    }

    /**
     * Those of {@code candidates} that {@code belong}, are at the highest {@code level} among those
     * that belong, and {@code raise} the target, sorted by {@code id}.
     */
    private static <T> List<T> raising(List<?> candidates, Class<T> type, Predicate<T> belong, Function<T, RiskLevel> level,
                                       Function<T, String> id, BiPredicate<String, RiskLevel> raise) {
        RiskLevel top = null;
        for (Object c : candidates) {
            T t = type.cast(c);
            if (belong.test(t) && (top == null || level.apply(t).compareTo(top) > 0)) {
                top = level.apply(t);
            }
        }
        List<T> raising = new ArrayList<>();
        for (Object c : candidates) {
            T t = type.cast(c);
            if (level.apply(t) == top && belong.test(t) && raise.test(id.apply(t), top)) {
                raising.add(t);
            }
        }
        raising.sort(Comparator.comparing(id));
        return raising;
    }

    /** The factors that would raise a principle, sorted by id; empty when none would. */
    public static final class Factors {
        private final List<FactorScore> sources;

        Factors(List<FactorScore> sources) {
            this.sources = List.copyOf(sources);
        }

        public List<FactorScore> getSources() {
            return sources;
        }

        public boolean isEmpty() {
            return sources.isEmpty();
        }
    }

    /** The principles that would raise a core principle or the overall level, sorted by id; empty when none would. */
    public static final class Principles {
        private final List<PrincipleScore> sources;

        Principles(List<PrincipleScore> sources) {
            this.sources = List.copyOf(sources);
        }

        public List<PrincipleScore> getSources() {
            return sources;
        }

        public boolean isEmpty() {
            return sources.isEmpty();
        }
    }
}
