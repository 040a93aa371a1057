package org.raitoolkit.documents;

import java.util.List;
import java.util.Objects;

/**
 * A draft of a document an agency files, made from one risk assessment. Immutable.
 *
 * @param kind which document it is
 * @param systemName the name of the system it is about
 * @param sources what it was made from
 * @param notices the boxed notes at its head, in order: that it is a draft for the agency to
 *     complete and own and not legal advice, and any note on whether the law requires it
 * @param sections its numbered sections
 */
public record FiledDocument(DocumentKind kind, String systemName, Sources sources, List<String> notices, List<Section> sections) {

    /** The version of the JSON form of documents, {@code documentFormat} in it. */
    public static final String FORMAT_VERSION = "1.0";

    public FiledDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(systemName, "systemName");
        Objects.requireNonNull(sources, "sources");
        notices = List.copyOf(notices);
        sections = List.copyOf(sections);
    }

    /** The title: the kind and the system, such as "Data protection impact assessment: Call triage". */
    public String title() {
        return kind.title() + ": " + systemName;
    }

    /**
     * This document with {@code name} as where its answers were read from, such as the answer
     * file's name, which the sources then print beside the answers' digest.
     */
    public FiledDocument withAnswersName(String name) {
        return new FiledDocument(kind, systemName, sources.withAnswersName(name), notices, sections);
    }

    /** The section with {@code id}. */
    public java.util.Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Every "to be completed" marker, in the order of the sections. */
    public List<Part.ToBeCompleted> toBeCompleted() {
        return sections.stream().flatMap(s -> s.toBeCompleted().stream()).toList();
    }
}
