package org.raitoolkit.model;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The sign-off of the agency's decision.
 *
 * @param name who approved it
 * @param role their role, such as "deputy chief officer"
 * @param approvedOn the day of approval
 */
public record Approval(
        @Size(max = 200) String name,
        @Size(max = 200) String role,
        LocalDate approvedOn) {
}
