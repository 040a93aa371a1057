package org.raitoolkit.testkit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.raitoolkit.model.LifecycleStage;

/**
 * A scenario file: an answers file in, expected results out. Paths are relative to the scenario
 * file.
 *
 * <pre>{@code
 * name: Live facial recognition at a public event
 * kind: RISK
 * input: inputs/live-frt.yaml
 * expect:
 *   decision: ESCALATE
 *   factors: { RF-CHILLING-EFFECT: HIGH }
 *   fired: [DECISION-HIGH]
 *   notFired: [DECISION-VERY-HIGH]
 * }</pre>
 *
 * @param name what the scenario shows
 * @param kind which assessment it runs
 * @param input the answers file (risk, readiness or workbook answers)
 * @param stage the life-cycle stage, for WORKBOOK scenarios
 * @param riskInput for WORKBOOK scenarios, the risk answers file of the system
 * @param profileOnly for WORKBOOK scenarios, use only the profile of {@code riskInput}, as before
 *     its factors are rated; otherwise its assessed risk orders the plan
 * @param expect what must hold
 */
public record Scenario(
        @NotBlank String name,
        @NotNull ScenarioKind kind,
        @NotBlank String input,
        LifecycleStage stage,
        String riskInput,
        boolean profileOnly,
        @NotNull @Valid Expectations expect) {
}
