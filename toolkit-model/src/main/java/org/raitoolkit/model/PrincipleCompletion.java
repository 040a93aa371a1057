package org.raitoolkit.model;

/**
 * How far the workbook items of one instrumental principle are done, for one stage.
 *
 * @param principleId the instrumental principle
 * @param done items DONE
 * @param partial items PARTIAL
 * @param notDone items NOT_DONE or not answered
 * @param notApplicable items NOT_APPLICABLE (left out of the percentage)
 * @param percent completion, 0–100: DONE counts 1 and PARTIAL counts one half
 */
public record PrincipleCompletion(
        String principleId,
        int done,
        int partial,
        int notDone,
        int notApplicable,
        double percent) {
}
