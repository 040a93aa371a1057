package org.raitoolkit.model;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The data-protection officer's part in the assessment.
 *
 * @param name the officer consulted
 * @param consultedOn the day the advice was given
 * @param advice a summary of the advice
 * @param outcome whether the agency followed it
 * @param reasonNotFollowed why the advice was set aside in whole or in part; a filed record needs
 *     it whenever the outcome is not FOLLOWED
 */
public record DpoConsultation(
        @Size(max = 200) String name,
        LocalDate consultedOn,
        @Size(max = 4000) String advice,
        AdviceOutcome outcome,
        @Size(max = 4000) String reasonNotFollowed) {
}
