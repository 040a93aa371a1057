package org.raitoolkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A way in which an AI system can harm people or the agency, rated per system for likelihood and
 * severity.
 *
 * @param id stable id, for example {@code RF-FRT-DEMOGRAPHIC-BIAS}
 * @param title a short name
 * @param description the harm and how it comes about
 * @param principles ids of the instrumental principles it threatens
 * @param rights the rights and interests at stake
 * @param appliesWhen the profiles it applies to
 * @param guidance help for rating likelihood and severity
 * @param irremediability how hard its harms are to put right, 1–5, unless the rating gives its own:
 *     residual severity never goes below it
 * @param mitigations the measures that lower it
 */
public record RiskFactor(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String id,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 3000) String description,
        @NotEmpty @Size(max = 17) List<@NotBlank String> principles,
        @NotEmpty Set<@NotNull RightAtStake> rights,
        @NotNull @Valid Applicability appliesWhen,
        @NotNull @Valid RatingGuidance guidance,
        @Min(1) @Max(5) int irremediability,
        @NotEmpty @Size(max = 30) List<@NotNull @Valid Mitigation> mitigations) {

    public RiskFactor {
        principles = Lists.copy(principles);
        rights = copy(rights);
        mitigations = Lists.copy(mitigations);
    }

    private static Set<RightAtStake> copy(Set<RightAtStake> rights) {
        if (rights == null || rights.isEmpty()) {
            return Set.of();
        }
        // Set.of(...).contains(null) throws, so look for a null element by walking the set.
        if (rights.stream().anyMatch(Objects::isNull)) {
            // Keep the null for Jakarta Validation to report with its place in the file.
            return Collections.unmodifiableSet(new LinkedHashSet<>(rights));
        }
        // EnumSet keeps declaration order, so rights read the same every time.
        return Collections.unmodifiableSet(EnumSet.copyOf(rights));
    }

    /** The mitigation with {@code mitigationId}, if this factor has one. */
    public Optional<Mitigation> mitigation(String mitigationId) {
        return mitigations.stream().filter(m -> m != null && m.id().equals(mitigationId)).findFirst();
    }

    /** Whether this factor applies to {@code profile}. */
    public boolean appliesTo(SystemProfile profile) {
        return appliesWhen.matches(profile);
    }
}
