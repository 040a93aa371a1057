package org.raitoolkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A pointer to the provision of a law, convention, standard or framework that a piece of content
 * rests on or engages. A pointer for the reader, not legal advice. Immutable.
 *
 * @param instrument the short name of the instrument, as the content pack's list of instruments
 *     gives it, for example {@code LED}, {@code GDPR}, {@code CETS 225}, {@code NIST AI RMF}
 * @param article the provision within it, for example {@code Art. 27(1)}, {@code GOVERN 1.1} or
 *     {@code Principle 25}
 * @param jurisdiction where the instrument applies, for example {@code EU}, {@code Council of Europe},
 *     {@code United Nations}, {@code United States} or {@code International}
 */
public record Citation(
        @NotBlank @Size(max = 80) String instrument,
        @NotBlank @Size(max = 120) String article,
        @NotBlank @Size(max = 80) String jurisdiction) {

    /** The citation as a reader would write it, for example "LED Art. 27 (EU)". */
    @Override
    public String toString() {
        return instrument + " " + article + " (" + jurisdiction + ")";
    }
}
