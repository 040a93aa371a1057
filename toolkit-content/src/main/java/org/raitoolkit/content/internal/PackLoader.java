package org.raitoolkit.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raitoolkit.content.ReadLimits;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.Guide;
import org.raitoolkit.model.Instruments;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.PackManifest;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.ScoringPolicy;

/**
 * Reads the files of a content pack (the guide, the list of instruments and the crosswalks may be left out), binds and validates each, then checks the pack as a
 * whole. Collects every problem from every file before failing, so one run shows them all.
 */
public final class PackLoader {

    /** Where the files of a pack come from. */
    public interface Source {
        /** A description for messages, such as the folder's path. */
        String describe();

        /**
         * The named file's display name and bytes, or empty if the pack has no such file (a
         * problem unless the file is optional).
         */
        Optional<NamedBytes> read(String baseName, List<Problem> problems) throws IOException;
    }

    /** A file's display name and content. */
    public record NamedBytes(String name, byte[] bytes) {
    }

    private final ReadLimits limits;

    public PackLoader(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Loads and checks the pack from {@code source}.
     *
     * @throws InvalidInputException listing every problem found
     */
    public ContentPack load(Source source) {
        ProblemList problems = new ProblemList(limits.maxProblems());
        Map<String, LocatedTree> trees = new HashMap<>();
        TreeReader reader = new TreeReader(limits);
        for (String base : PackChecks.Files.ALL) {
            try {
                Optional<NamedBytes> file = source.read(base, problems);
                if (file.isEmpty()) {
                    continue;
                }
                LocatedTree tree = reader.read(file.get().name(), file.get().bytes(), problems);
                if (tree != null) {
                    trees.put(base, tree);
                }
            } catch (IOException e) {
                problems.add(new Problem(base, 0, 0, "", "could not be read: " + e.getMessage()));
            }
        }
        PackManifest manifest = bind(trees, PackChecks.Files.MANIFEST, PackManifest.class, problems);
        PackFiles.Principles principles = bind(trees, PackChecks.Files.PRINCIPLES, PackFiles.Principles.class, problems);
        PackFiles.Readiness readiness = bind(trees, PackChecks.Files.READINESS, PackFiles.Readiness.class, problems);
        PackFiles.RiskFactors factors = bind(trees, PackChecks.Files.RISK_FACTORS, PackFiles.RiskFactors.class, problems);
        PackFiles.Workbook workbook = bind(trees, PackChecks.Files.WORKBOOK, PackFiles.Workbook.class, problems);
        PackFiles.Roadmap roadmap = bind(trees, PackChecks.Files.ROADMAP, PackFiles.Roadmap.class, problems);
        PackFiles.Recommendations recommendations = bind(trees, PackChecks.Files.RECOMMENDATIONS, PackFiles.Recommendations.class, problems);
        PackFiles.Glossary glossary = bind(trees, PackChecks.Files.GLOSSARY, PackFiles.Glossary.class, problems);
        ScoringPolicy scoring = bind(trees, PackChecks.Files.SCORING, ScoringPolicy.class, problems);
        Guide guide = trees.containsKey(PackChecks.Files.GUIDE)
                ? bind(trees, PackChecks.Files.GUIDE, Guide.class, problems) : Guide.none();
        Instruments instruments = trees.containsKey(PackChecks.Files.INSTRUMENTS)
                ? bind(trees, PackChecks.Files.INSTRUMENTS, Instruments.class, problems) : Instruments.none();
        PackFiles.Crosswalks crosswalks = bindCrosswalks(trees, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("content pack " + source.describe() + " is not valid", problems.reported(source.describe()));
        }
        ContentPack pack = new ContentPack(manifest, principles.principles(), readiness.dimensions(),
                readiness.questions(), factors.riskFactors(), workbook.items(), roadmap.phases(),
                recommendations.recommendations(), glossary.terms(), scoring, guide, instruments, crosswalks.crosswalks());
        // Placed problems only: the checks place every id to name where it was first used, and a
        // file's positions are found once, so that a pack with many problems costs no more.
        problems.addAll(PackChecks.check(pack, (file, pointer, message) -> trees.get(file).problem(pointer, message)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("content pack " + source.describe() + " is not valid", problems.reported(source.describe()));
        }
        return pack;
    }

    /** The crosswalks file, or none for a pack written before crosswalks were added. */
    private static PackFiles.Crosswalks bindCrosswalks(Map<String, LocatedTree> trees, List<Problem> problems) {
        return trees.containsKey(PackChecks.Files.CROSSWALKS)
                ? bind(trees, PackChecks.Files.CROSSWALKS, PackFiles.Crosswalks.class, problems)
                : new PackFiles.Crosswalks(List.of());
    }

    private static <T> T bind(Map<String, LocatedTree> trees, String base, Class<T> type, List<Problem> problems) {
        LocatedTree tree = trees.get(base);
        return tree == null ? null : Binder.bind(tree, type, problems).orElse(null);
    }

    /** A pack in a folder: each file as {@code .yaml}, {@code .yml} or {@code .json}. */
    public static Source folder(Path dir, ReadLimits limits) {
        return new Source() {
            @Override
            public String describe() {
                return dir.toString();
            }

            @Override
            public Optional<NamedBytes> read(String base, List<Problem> problems) throws IOException {
                List<Path> found = new ArrayList<>();
                for (String ext : List.of(".yaml", ".yml", ".json")) {
                    Path p = dir.resolve(base + ext);
                    if (Files.isRegularFile(p)) {
                        found.add(p);
                    }
                }
                if (found.isEmpty()) {
                    if (PackChecks.Files.isOptional(base)) {
                        return Optional.empty();
                    }
                    problems.add(new Problem(dir.resolve(base + ".yaml").toString(), 0, 0, "",
                            "missing file; a pack needs " + base + ".yaml (or .yml or .json)"));
                    return Optional.empty();
                }
                if (found.size() > 1) {
                    problems.add(new Problem(found.get(1).toString(), 0, 0, "",
                            "more than one file named " + base + ": " + found + "; keep exactly one"));
                    return Optional.empty();
                }
                Path file = found.get(0);
                long size = Files.size(file);
                if (size > limits.maxFileBytes()) {
                    // Checked before reading, so that a huge file is never loaded into memory.
                    problems.add(new Problem(file.toString(), 0, 0, "", "file is " + size
                            + " bytes; the largest allowed is " + limits.maxFileBytes() + " bytes"));
                    return Optional.empty();
                }
                return Optional.of(new NamedBytes(file.toString(), Files.readAllBytes(file)));
            }
        };
    }

    /** The pack bundled under {@code resourceFolder} on the class path of {@code loader}. */
    public static Source classpath(ClassLoader loader, String resourceFolder) {
        return new Source() {
            @Override
            public String describe() {
                return "classpath:" + resourceFolder;
            }

            @Override
            public Optional<NamedBytes> read(String base, List<Problem> problems) throws IOException {
                String name = resourceFolder + "/" + base + ".yaml";
                try (InputStream in = loader.getResourceAsStream(name)) {
                    if (in == null) {
                        if (PackChecks.Files.isOptional(base)) {
                            return Optional.empty();
                        }
                        problems.add(new Problem(name, 0, 0, "", "missing resource; a pack needs " + base + ".yaml"));
                        return Optional.empty();
                    }
                    return Optional.of(new NamedBytes(name, in.readAllBytes()));
                }
            }
        };
    }
}
