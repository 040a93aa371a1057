package org.raitoolkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * An agency's answers to the readiness questions. A question left out counts as UNKNOWN.
 *
 * @param agency the agency's name, for reports
 * @param answers answers by question id
 */
public record ReadinessAnswers(
        @NotBlank @Size(max = 200) String agency,
        @NotNull @Size(max = 2000) Map<@NotNull String, @NotNull MaturityLevel> answers) {

    public ReadinessAnswers {
        answers = Lists.copy(answers);
    }
}
