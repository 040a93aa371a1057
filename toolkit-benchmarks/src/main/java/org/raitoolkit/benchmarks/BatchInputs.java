package org.raitoolkit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.rules.invariants.GeneratedInputs;

/**
 * Writes generated risk answer files, one per system, for timing {@code ./toolkit batch}: the
 * same files for the same count and seed.
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
        Path dir = Files.createDirectories(Path.of(args[0]));
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20_240_201L;
        GeneratedInputs generate = GeneratedInputs.forPack(ContentPacks.defaults());
        SplittableRandom seeds = new SplittableRandom(seed);
        int width = String.valueOf(count).length();
        for (int i = 1; i <= count; i++) {
            Path file = dir.resolve(String.format("system-%0" + width + "d.yaml", i));
            Files.writeString(file, AnswerFiles.toYaml(generate.risk(seeds.nextLong())), StandardCharsets.UTF_8);
        }
        System.out.println(count + " risk answer files (seed " + seed + ") in " + dir);
    }
}
