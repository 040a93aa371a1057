package org.raitoolkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.raitoolkit.model.internal.EnumText;

/** How far a workbook action has been carried out. */
public enum WorkbookStatus {
    DONE, PARTIAL, NOT_DONE, NOT_APPLICABLE;

    /**
     * Reads a status by name, in any case.
     *
     * @throws IllegalArgumentException listing the allowed values
     */
    @JsonCreator
    public static WorkbookStatus parse(String text) {
        return EnumText.parse(WorkbookStatus.class, text, null);
    }
}
