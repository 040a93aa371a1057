package org.raitoolkit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * When a recommendation from the catalogue applies. Which fields are needed depends on
 * {@link #on()}; see {@link TriggerKind}. Unused fields stay {@code null}.
 *
 * @param on the kind of event
 * @param factor a risk factor id
 * @param principle a core or instrumental principle id
 * @param dimension a readiness dimension id
 * @param riskLevelAtLeast a risk level threshold
 * @param readinessLevelAtMost a readiness level threshold
 * @param decision a risk decision
 * @param fact a profile fact
 */
public record Trigger(
        @NotNull TriggerKind on,
        String factor,
        String principle,
        String dimension,
        RiskLevel riskLevelAtLeast,
        ReadinessLevel readinessLevelAtMost,
        Decision decision,
        ProfileFact fact) {

    /** Every field the kind needs is set, and no other. */
    @AssertTrue(message = "FACTOR_AT_LEAST needs factor and riskLevelAtLeast; PRINCIPLE_AT_LEAST needs "
            + "principle and riskLevelAtLeast; DECISION needs decision; PROFILE_FACT needs fact; "
            + "DIMENSION_AT_MOST needs dimension and readinessLevelAtMost; DIMENSION_UNKNOWN_ANSWERS "
            + "needs dimension; no other field may be set")
    @JsonIgnore
    public boolean isComplete() {
        if (on == null) {
            return true; // reported by @NotNull
        }
        return switch (on) {
            case FACTOR_AT_LEAST -> only(factor != null, riskLevelAtLeast != null);
            case PRINCIPLE_AT_LEAST -> only(principle != null, riskLevelAtLeast != null);
            case DECISION -> only(decision != null);
            case PROFILE_FACT -> only(fact != null);
            case DIMENSION_AT_MOST -> only(dimension != null, readinessLevelAtMost != null);
            case DIMENSION_UNKNOWN_ANSWERS -> only(dimension != null);
        };
    }

    private boolean only(boolean... required) {
        int set = count(factor, principle, dimension, riskLevelAtLeast, readinessLevelAtMost, decision, fact);
        for (boolean r : required) {
            if (!r) {
                return false;
            }
        }
        return set == required.length;
    }

    private static int count(Object... values) {
        int n = 0;
        for (Object v : values) {
            if (v != null) {
                n++;
            }
        }
        return n;
    }
}
