package org.raitoolkit.model;

import java.util.List;

/**
 * An open workbook item in an action plan.
 *
 * @param itemId the workbook item
 * @param principleId the instrumental principle it serves
 * @param text what to do
 * @param status PARTIAL or NOT_DONE
 * @param relatedRisk the highest risk level among the principle's applicable factors
 * @param priority how urgent, from the related risk and the status
 * @param owner who usually carries it out
 * @param reasons the rules that placed it
 */
public record ActionItem(
        String itemId,
        String principleId,
        String text,
        WorkbookStatus status,
        RiskLevel relatedRisk,
        Priority priority,
        Audience owner,
        List<Reason> reasons) {

    public ActionItem {
        reasons = Lists.copy(reasons);
    }
}
