package org.raitoolkit.documents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.raitoolkit.model.RuleSetStamp;

/**
 * What a document was made from, printed in every document so that a reader can match it to the
 * answers and to the versions of the content and rules that judged them.
 *
 * @param answersName where the answers were read from, such as the answer file's name; null when not given
 * @param answersDigest the SHA-256 digest of the answers, assessment record included; null if not known
 * @param contentPackId the content pack's id
 * @param contentPackVersion its version
 * @param contentPackDigest its digest; null if not known
 * @param engineVersion the toolkit engine's version
 * @param ruleSets the rule sets that ran, each with its digest
 * @param generatedAt when the report the document was made from was made
 */
public record Sources(
        String answersName,
        String answersDigest,
        String contentPackId,
        String contentPackVersion,
        String contentPackDigest,
        String engineVersion,
        List<RuleSetStamp> ruleSets,
        Instant generatedAt) {

    public Sources {
        Objects.requireNonNull(contentPackId, "contentPackId");
        Objects.requireNonNull(contentPackVersion, "contentPackVersion");
        Objects.requireNonNull(engineVersion, "engineVersion");
        ruleSets = List.copyOf(ruleSets);
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /** These sources with {@code name} as where the answers were read from, such as a file name. */
    public Sources withAnswersName(String name) {
        return new Sources(name, answersDigest, contentPackId, contentPackVersion, contentPackDigest, engineVersion, ruleSets,
                generatedAt);
    }
}
