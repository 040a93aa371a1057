package org.raitoolkit.model;

/** The kinds of value an extension fact can hold, read from the type of its record component. */
public enum FactKind {
    /** {@code Boolean}: yes, no, or not answered. */
    YES_NO,
    /** {@code Integer}, within the component's {@code @Min} and {@code @Max} when it has them. */
    WHOLE_NUMBER,
    /** {@code LocalDate}, written YYYY-MM-DD. */
    DATE,
    /** {@code String}: free text, within the component's {@code @Size(max)} when it has one. */
    TEXT,
    /** An enum: one of its constants. */
    ONE_OF,
    /** A {@code Set} of an enum: any number of its constants. */
    SOME_OF
}
