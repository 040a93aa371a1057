package org.raitoolkit.model;

import jakarta.validation.constraints.Size;

/**
 * A person who carried out the assessment.
 *
 * @param name their name
 * @param role their role, such as "legal adviser" or "data scientist"
 * @param unit the unit or department they belong to
 */
public record Assessor(
        @Size(max = 200) String name,
        @Size(max = 200) String role,
        @Size(max = 200) String unit) {
}
