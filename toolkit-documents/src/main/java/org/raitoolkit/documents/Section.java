package org.raitoolkit.documents;

import java.util.List;
import java.util.Objects;
import org.raitoolkit.model.Citation;

/**
 * A numbered section of a {@link FiledDocument}.
 *
 * @param id a stable key, such as {@code risks} or {@code deployer}; the JSON form uses it
 * @param number the section's number as printed, such as {@code 3}
 * @param title the heading
 * @param cites the provisions the section answers to
 * @param parts the content, in order
 */
public record Section(String id, String number, String title, List<Citation> cites, List<Part> parts) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        cites = List.copyOf(cites);
        parts = List.copyOf(parts);
    }

    /** The section's "to be completed" markers, in order. */
    public List<Part.ToBeCompleted> toBeCompleted() {
        return parts.stream().filter(Part.ToBeCompleted.class::isInstance).map(Part.ToBeCompleted.class::cast).toList();
    }
}
