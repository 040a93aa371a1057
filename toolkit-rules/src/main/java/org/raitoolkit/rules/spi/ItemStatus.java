package org.raitoolkit.rules.spi;

import org.raitoolkit.model.WorkbookItem;
import org.raitoolkit.model.WorkbookStatus;

/**
 * Fact: the status of one workbook item of the stage reviewed; an item left out is NOT_DONE.
 *
 * @param item the item
 * @param status its status
 * @param order its place in the content, to keep action plans in a stable order
 */
public record ItemStatus(WorkbookItem item, WorkbookStatus status, int order) {

    public String itemId() { return item.id(); }
    public String principle() { return item.principle(); }
    public boolean open() { return status == WorkbookStatus.NOT_DONE || status == WorkbookStatus.PARTIAL; }
}
