package org.raitoolkit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.BundledExamples;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;

/**
 * The example answer files that toolkit-examples bundles, read as a user's files are: the
 * largest risk use case (the one with the most applicable, hence rated, factors) and the example
 * agency's readiness answers.
 */
final class Examples {

    static final String RISK_FOLDER = BundledExamples.ROOT + "risk";
    /**
     * The risk example with the most rated factors when these benchmarks were written; checked
     * against {@link #largestRisk} by every run of StartupProbe and WarmAssessmentBenchmark.
     */
    static final String LARGEST_RISK = "reoffending-risk-score.yaml";
    static final String READINESS_FILE = BundledExamples.ROOT + "readiness/example-agency.yaml";

    private Examples() {
    }

    /** A bundled risk example, read and checked. */
    record RiskExample(String name, RiskAnswers answers) {
    }

    /** The risk example with the most rated factors; ties go to the first name. */
    static RiskExample largestRisk(ContentPack pack) {
        AnswerFiles reader = AnswerFiles.forPack(pack);
        return riskFileNames().stream()
                .map(name -> new RiskExample(name, reader.parseRisk(name, bytes(RISK_FOLDER + "/" + name))))
                .max(Comparator.comparingInt((RiskExample e) -> e.answers().ratings().size())
                        .thenComparing(RiskExample::name, Comparator.reverseOrder()))
                .orElseThrow(() -> new IllegalStateException("no risk examples on the class path under " + RISK_FOLDER));
    }

    /** The example agency's readiness answers. */
    static ReadinessAnswers readiness(ContentPack pack) {
        return AnswerFiles.forPack(pack).parseReadiness(READINESS_FILE, bytes(READINESS_FILE));
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Examples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path; toolkit-examples must be");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The YAML file names in the risk examples folder, as toolkit-examples bundles them. */
    static List<String> riskFileNames() {
        List<String> names = BundledExamples.list("risk").stream().map(BundledExamples.Example::name).toList();
        if (names.isEmpty()) {
            throw new IllegalStateException(RISK_FOLDER + " is not on the class path; toolkit-examples must be");
        }
        return names;
    }
}
