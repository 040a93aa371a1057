package org.raitoolkit.model;

import java.util.List;
import java.util.Objects;

/**
 * What produced a result: the engine's version, the rule sets and content pack it assessed with.
 * Reports print it so that a reader can tell which method a result came from. Immutable.
 *
 * @param engineVersion the library version of the engine
 * @param ruleSets the ids of the rule sets the engine compiled, default rules first
 * @param ruleSetHash SHA-256 (hex) of every rule file the engine compiled
 * @param contentPackId the id of the content pack assessed against
 * @param contentPackVersion that pack's version
 * @param reportSections the sections the rule sets declare for the JSON risk report, in rule-set order
 * @param ruleSetDigests each rule set's digest, in the order of {@code ruleSets}; empty if not known
 * @param contentPackDigest SHA-256 (hex) of the content pack's canonical form, or {@code null} if not known
 */
public record Provenance(
        String engineVersion,
        List<String> ruleSets,
        String ruleSetHash,
        String contentPackId,
        String contentPackVersion,
        List<ReportSection> reportSections,
        List<RuleSetStamp> ruleSetDigests,
        String contentPackDigest) {

    /** Provenance of rule sets that declare no report section. */
    public Provenance(String engineVersion, List<String> ruleSets, String ruleSetHash, String contentPackId,
                      String contentPackVersion) {
        this(engineVersion, ruleSets, ruleSetHash, contentPackId, contentPackVersion, List.of());
    }

    /** Provenance without digests of each rule set and of the pack. */
    public Provenance(String engineVersion, List<String> ruleSets, String ruleSetHash, String contentPackId,
                      String contentPackVersion, List<ReportSection> reportSections) {
        this(engineVersion, ruleSets, ruleSetHash, contentPackId, contentPackVersion, reportSections, List.of(), null);
    }

    /**
     * Checks that no component is null and copies the lists.
     *
     * @throws NullPointerException naming the missing component
     */
    public Provenance {
        Objects.requireNonNull(engineVersion, "engineVersion");
        ruleSets = List.copyOf(Objects.requireNonNull(ruleSets, "ruleSets"));
        Objects.requireNonNull(ruleSetHash, "ruleSetHash");
        Objects.requireNonNull(contentPackId, "contentPackId");
        Objects.requireNonNull(contentPackVersion, "contentPackVersion");
        reportSections = List.copyOf(Objects.requireNonNull(reportSections, "reportSections"));
        ruleSetDigests = List.copyOf(Objects.requireNonNull(ruleSetDigests, "ruleSetDigests"));
    }
}
