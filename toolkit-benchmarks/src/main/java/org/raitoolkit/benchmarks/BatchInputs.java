package org.raitoolkit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.testkit.SampleInputs;

/**
 * Writes generated risk answer files for timing {@code toolkit batch}: the test kit's
 * {@link SampleInputs} (valid, varied, the same for the same seed) as YAML, one file per system.
 *
 * <pre>
 * java -cp toolkit-benchmarks/target/benchmarks.jar org.raitoolkit.benchmarks.BatchInputs DIR [COUNT=10000] [SEED=20240201]
 * </pre>
 */
public final class BatchInputs {

    private BatchInputs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: BatchInputs DIR [COUNT=10000] [SEED=20240201]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20_240_201L;
        Files.createDirectories(dir);
        List<RiskAnswers> answers = SampleInputs.risk(ContentPacks.defaults(), seed, count);
        int width = String.valueOf(count).length();
        for (int i = 0; i < answers.size(); i++) {
            Path file = dir.resolve(String.format("system-%0" + width + "d.yaml", i + 1));
            Files.writeString(file, AnswerFiles.toYaml(answers.get(i)), StandardCharsets.UTF_8);
        }
        System.out.println(count + " risk answer files (seed " + seed + ") in " + dir);
    }
}
