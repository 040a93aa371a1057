package org.raitoolkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The introductory guide to AI for law enforcement: what AI is, its main techniques and uses in
 * policing, data, evaluation, procurement and the life cycle, for readers who are not
 * technical. Each section names the glossary terms and principles it uses, so that a reader can
 * follow them to the rest of the toolkit.
 *
 * @param title the guide's title
 * @param introduction who the guide is for and how to read it
 * @param sections the sections, in reading order; empty for a pack without a guide
 */
public record Guide(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) String introduction,
        @NotNull @Size(max = 100) List<@NotNull @Valid GuideSection> sections) {

    public Guide {
        sections = Lists.copy(sections);
    }

    /** The guide of a pack that has none: a title, a sentence saying so, and no section. */
    public static Guide none() {
        return new Guide("Introductory guide", "This content pack has no guide.", List.of());
    }
}
