package org.raitoolkit.model;

/**
 * One rule set an engine compiled, as a record names it.
 *
 * @param id the rule set's id
 * @param digest SHA-256 (hex) of its rule files, in order: the same files give the same digest
 */
public record RuleSetStamp(String id, String digest) {
}
