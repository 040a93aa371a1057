package org.example.agency.exampleact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What the Example Act rules need to know about a system, beyond its profile: the
 * {@code exampleAct} section under {@code system} in a risk answer file. Every fact may be left out.
 *
 * @param registration where the system stands in the national algorithm register (Example Act s.4)
 * @param monthsSinceAudit months since the last independent audit of the system (Example Act s.7)
 */
public record ExampleActFacts(Registration registration, @Min(0) @Max(120) Integer monthsSinceAudit) {

    /** Where a system stands in the national algorithm register. */
    public enum Registration { NOT_REGISTERED, PENDING, REGISTERED }
}
