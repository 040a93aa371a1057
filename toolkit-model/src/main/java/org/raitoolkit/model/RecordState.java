package org.raitoolkit.model;

/** Whether an assessment record is still being written or is filed. */
public enum RecordState {
    /** Being written: every field of the record is optional. */
    DRAFT,
    /** Filed: the fields a filed record needs must all be given, or the assessment is refused. */
    FINAL
}
