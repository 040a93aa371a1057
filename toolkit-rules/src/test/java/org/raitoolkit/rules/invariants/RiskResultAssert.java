package org.raitoolkit.rules.invariants;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.PrincipleResult;
import org.raitoolkit.model.RiskResult;

/**
 * Domain assertions on a {@link RiskResult}. Failures list every difference found, each with
 * the factor or principle it concerns; the description given with {@code as(...)} (the seed and
 * the change made) comes first.
 */
final class RiskResultAssert extends AbstractAssert<RiskResultAssert, RiskResult> {

    private RiskResultAssert(RiskResult actual) {
        super(actual, RiskResultAssert.class);
    }

    static RiskResultAssert assertThat(RiskResult actual) {
        return new RiskResultAssert(actual);
    }

    /**
     * No level is lower than in {@code before} and the decision is no milder: every factor in both
     * results (inherent and residual level), every core and instrumental principle, the overall
     * level and the decision (compared by strictness, PROCEED mildest).
     */
    RiskResultAssert isNowhereMilderThan(RiskResult before) {
        isNotNull();
        List<String> lowered = new ArrayList<>();
        Map<String, FactorResult> now = byId(actual.factors(), FactorResult::factorId);
        for (FactorResult was : before.factors()) {
            FactorResult is = now.get(was.factorId());
            if (is == null) {
                continue;
            }
            if (is.inherentLevel().compareTo(was.inherentLevel()) < 0) {
                lowered.add("factor " + was.factorId() + " inherent " + was.inherentLevel() + " -> " + is.inherentLevel());
            }
            if (is.residualLevel().compareTo(was.residualLevel()) < 0) {
                lowered.add("factor " + was.factorId() + " residual " + was.residualLevel() + " -> " + is.residualLevel());
            }
        }
        comparePrinciples("core principle", before.principles(), actual.principles(), lowered);
        comparePrinciples("instrumental principle", before.instrumentalPrinciples(), actual.instrumentalPrinciples(), lowered);
        if (actual.overallLevel().compareTo(before.overallLevel()) < 0) {
            lowered.add("overall " + before.overallLevel() + " -> " + actual.overallLevel());
        }
        if (actual.decision().compareTo(before.decision()) < 0) {
            lowered.add("decision softened " + before.decision() + " -> " + actual.decision());
        }
        if (!lowered.isEmpty()) {
            failWithMessage("expected nothing lower than before, but:%n  %s", String.join(System.lineSeparator() + "  ", lowered));
        }
        return this;
    }

    private static void comparePrinciples(String kind, List<PrincipleResult> before, List<PrincipleResult> after,
                                          List<String> lowered) {
        Map<String, PrincipleResult> now = byId(after, PrincipleResult::principleId);
        for (PrincipleResult was : before) {
            PrincipleResult is = now.get(was.principleId());
            if (is == null) {
                lowered.add(kind + " " + was.principleId() + " missing");
            } else if (is.level().compareTo(was.level()) < 0) {
                lowered.add(kind + " " + was.principleId() + " " + was.level() + " -> " + is.level());
            }
        }
    }

    private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
