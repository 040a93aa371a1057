package org.raitoolkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * The list of instruments a content pack cites ({@code instruments.yaml}).
 *
 * @param instruments the instruments, in the order the pack lists them; empty for a pack without
 *     the list
 */
public record Instruments(@NotNull @Size(max = 500) List<@NotNull @Valid Instrument> instruments) {

    public Instruments {
        instruments = Lists.copy(instruments);
    }

    /** The list of a pack that has none. */
    public static Instruments none() {
        return new Instruments(List.of());
    }

    /** The instrument with {@code id}. */
    public Optional<Instrument> find(String id) {
        return instruments.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
