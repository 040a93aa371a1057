package org.raitoolkit.model;

/** How urgent a recommendation or action is, most urgent first. */
public enum Priority {
    CRITICAL, HIGH, MEDIUM, LOW
}
