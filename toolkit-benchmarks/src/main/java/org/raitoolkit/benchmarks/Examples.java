package org.raitoolkit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;

/**
 * The example answer files that toolkit-examples bundles, read as a user's files are: the
 * largest risk use case (the one with the most applicable, hence rated, factors) and the example
 * agency's readiness answers.
 */
final class Examples {

    static final String RISK_FOLDER = "examples/risk";
    /**
     * The risk example with the most rated factors when these benchmarks were written; checked
     * against {@link #largestRisk} by every run of StartupProbe and WarmAssessmentBenchmark.
     */
    static final String LARGEST_RISK = "reoffending-risk-score.yaml";
    static final String READINESS_FILE = "examples/readiness/example-agency.yaml";

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

    /** The YAML file names in the risk examples folder, whether it is a folder or inside a jar. */
    static List<String> riskFileNames() {
        URL url = Examples.class.getClassLoader().getResource(RISK_FOLDER);
        if (url == null) {
            throw new IllegalStateException(RISK_FOLDER + " is not on the class path; toolkit-examples must be");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return names(fs.getPath(RISK_FOLDER));
            }
            return names(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.ya?ml")).sorted().toList();
        }
    }
}
