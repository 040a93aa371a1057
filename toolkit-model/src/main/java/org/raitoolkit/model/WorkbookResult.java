package org.raitoolkit.model;

import java.util.List;

/**
 * The outcome of a workbook review for one system and one life-cycle stage. Immutable.
 *
 * @param system the system's name
 * @param stage the stage reviewed
 * @param completion per instrumental principle that has items in this stage
 * @param overallPercent completion of the whole stage, 0–100
 * @param actionPlan open items, those tied to the highest risks first
 * @param firedRules the ids of every rule that fired, sorted, for audit and rule tests
 */
public record WorkbookResult(
        String system,
        LifecycleStage stage,
        List<PrincipleCompletion> completion,
        double overallPercent,
        List<ActionItem> actionPlan,
        List<String> firedRules) {

    public WorkbookResult {
        firedRules = Lists.copy(firedRules);
        completion = Lists.copy(completion);
        actionPlan = Lists.copy(actionPlan);
    }
}
