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

    /**
     * Counts {@code statuses} for one principle: DONE counts 1, PARTIAL one half, NOT_APPLICABLE
     * is left out; with nothing applicable the principle is complete (100).
     */
    public static PrincipleCompletion of(String principleId, java.util.Collection<WorkbookStatus> statuses) {
        int done = 0;
        int partial = 0;
        int notDone = 0;
        int notApplicable = 0;
        for (WorkbookStatus s : statuses) {
            switch (s) {
                case DONE -> done++;
                case PARTIAL -> partial++;
                case NOT_DONE -> notDone++;
                case NOT_APPLICABLE -> notApplicable++;
            }
        }
        int applicable = done + partial + notDone;
        double percent = applicable == 0 ? 100.0 : Math.round((done + partial / 2.0) * 1000.0 / applicable) / 10.0;
        return new PrincipleCompletion(principleId, done, partial, notDone, notApplicable, percent);
    }
}
