package org.raitoolkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A law, convention, standard or framework that the content pack cites. Citations name an
 * instrument by its id, so that one list says what each short name stands for and where it
 * applies.
 *
 * @param id the short name citations use, for example {@code LED} or {@code NIST AI RMF}
 * @param title the full official title with its number, for example "Directive (EU) 2016/680
 *     (Law Enforcement Directive)"
 * @param jurisdiction where it applies: {@code EU}, {@code Council of Europe}, {@code United
 *     Nations}, {@code United States} or {@code International}
 * @param binding whether it is law or a treaty ({@code true}) rather than a standard, framework
 *     or guidance ({@code false})
 */
public record Instrument(
        @NotBlank @Size(max = 80) String id,
        @NotBlank @Size(max = 400) String title,
        @NotBlank @Pattern(regexp = Instrument.JURISDICTIONS, message = "must be one of EU, Council of Europe, United Nations, United States, International") String jurisdiction,
        boolean binding) {

    /** The jurisdictions an instrument may name, as a regular expression. */
    public static final String JURISDICTIONS = "EU|Council of Europe|United Nations|United States|International";
}
