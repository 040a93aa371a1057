package org.raitoolkit.reports;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.raitoolkit.model.ReportSection;
import org.raitoolkit.model.RuleSetStamp;

/**
 * What produced a report and when, so that a reader can tell which method, rules and content a
 * result came from. Immutable.
 *
 * @param schemaVersion the version of the JSON report format, for example {@code 1.2}
 * @param generatedAt when the report was made, from the clock given to {@link Reports}
 * @param engineVersion the library version of the engine
 * @param ruleSets the ids of the rule sets the engine compiled, default rules first
 * @param ruleSetHash SHA-256 (hex) of every rule file the engine compiled
 * @param contentPackId the id of the content pack assessed against
 * @param contentPackVersion that pack's version
 * @param reportSections the sections of their own that the rule sets declare in the JSON risk
 *     report, from {@link org.raitoolkit.model.Provenance#reportSections()}
 * @param ruleSetDigests each rule set's own SHA-256 digest, in the order of {@code ruleSets}, from
 *     {@link org.raitoolkit.model.Provenance#ruleSetDigests()}; empty if not known
 * @param contentPackDigest SHA-256 (hex) of the content pack's canonical form, or {@code null} if
 *     not known
 * @param answersDigest SHA-256 (hex) of the canonical form of the answers reported on (see
 *     {@code org.raitoolkit.content.Digests}), or {@code null} if not known
 */
public record ReportMetadata(
        String schemaVersion,
        Instant generatedAt,
        String engineVersion,
        List<String> ruleSets,
        String ruleSetHash,
        String contentPackId,
        String contentPackVersion,
        List<ReportSection> reportSections,
        List<RuleSetStamp> ruleSetDigests,
        String contentPackDigest,
        String answersDigest) {

    /** Metadata without digests of each rule set, the pack or the answers. */
    public ReportMetadata(String schemaVersion, Instant generatedAt, String engineVersion, List<String> ruleSets,
                          String ruleSetHash, String contentPackId, String contentPackVersion,
                          List<ReportSection> reportSections) {
        this(schemaVersion, generatedAt, engineVersion, ruleSets, ruleSetHash, contentPackId, contentPackVersion,
                reportSections, List.of(), null, null);
    }

    /** Metadata of rule sets that declare no report section. */
    public ReportMetadata(String schemaVersion, Instant generatedAt, String engineVersion, List<String> ruleSets,
                          String ruleSetHash, String contentPackId, String contentPackVersion) {
        this(schemaVersion, generatedAt, engineVersion, ruleSets, ruleSetHash, contentPackId, contentPackVersion, List.of());
    }

    /** The version of the JSON report format this library writes. */
    public static final String CURRENT_SCHEMA_VERSION = "1.2";

    /**
     * Checks that no component but the digests of the pack and the answers is null, and copies the lists.
     *
     * @throws NullPointerException naming the missing component
     */
    public ReportMetadata {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(engineVersion, "engineVersion");
        ruleSets = List.copyOf(Objects.requireNonNull(ruleSets, "ruleSets"));
        Objects.requireNonNull(ruleSetHash, "ruleSetHash");
        Objects.requireNonNull(contentPackId, "contentPackId");
        Objects.requireNonNull(contentPackVersion, "contentPackVersion");
        reportSections = List.copyOf(Objects.requireNonNull(reportSections, "reportSections"));
        ruleSetDigests = List.copyOf(Objects.requireNonNull(ruleSetDigests, "ruleSetDigests"));
    }
}
