package org.raitoolkit.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.raitoolkit.content.internal.Binder;
import org.raitoolkit.content.internal.FactSectionReader;
import org.raitoolkit.content.internal.LocatedTree;
import org.raitoolkit.content.internal.ProblemList;
import org.raitoolkit.content.internal.TreeReader;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.FactSection;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.model.WorkbookAnswers;

/**
 * Reads answer and profile files, YAML or JSON (by the {@code .json} extension), with the same
 * checks and error quality as content packs: every problem, each with file, line, column, JSON
 * pointer and what is allowed.
 *
 * <p>Risk answer file:
 * <pre>{@code
 * system:   { name: ..., purpose: ..., applicationArea: IMAGE_ANALYSIS, lifecycleStage: DEPLOYMENT, legalBasis: YES, ... }
 * ratings:
 *   RF-SOME-FACTOR: { likelihood: 4, severity: 3, mitigations: [MIT-...], rationale: "..." }
 *   RF-OTHER:       { likelihood: LIKELY, severity: { scale: 4, scope: 2, irremediability: 4 } }
 * organisationalReadiness: DEVELOPING   # optional
 * }</pre>
 * Readiness: {@code agency: ..., answers: { RQ-...: 0-4 or UNKNOWN }}. Workbook:
 * {@code system: ..., answers: { WB-...: DONE | PARTIAL | NOT_DONE | NOT_APPLICABLE }}.
 *
 * <p>A profile may also carry the typed facts of extension rule sets, each under the key of its
 * {@link FactSection} (for example {@code system.nationalWarrant: { warrant: REQUESTED }}), when
 * the reader is given the sections with {@link #withFactSections}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AnswerFiles {

    private final ContentPack pack;
    private final ReadLimits limits;
    /** The parsers, made once per reader: a batch reads thousands of files with one. */
    private final TreeReader reader;
    private final List<FactSection<?>> sections;

    private AnswerFiles(ContentPack pack, ReadLimits limits, List<FactSection<?>> sections) {
        this.pack = pack;
        this.limits = limits;
        this.sections = sections;
        this.reader = new TreeReader(limits);
    }

    /** A reader that checks answers against {@code pack}, with the default limits. */
    public static AnswerFiles forPack(ContentPack pack) {
        return new AnswerFiles(pack, ReadLimits.DEFAULTS, List.of());
    }

    /** A reader that checks answers against {@code pack}, with {@code limits}. */
    public static AnswerFiles forPack(ContentPack pack, ReadLimits limits) {
        return new AnswerFiles(pack, limits, List.of());
    }

    /**
     * This reader, reading also the typed fact sections {@code sections} (for example those of
     * {@code ToolkitEngine.factSections()}, or of every rule set on the class path): each is read
     * from the key of its name under {@code system}, checked like the rest of the file, and put
     * into the profile's {@link SystemProfile#extensions()}. A key under {@code system} that no
     * section has stays an unknown property.
     *
     * @throws IllegalArgumentException if two sections share a key
     */
    public AnswerFiles withFactSections(List<FactSection<?>> sections) {
        List<FactSection<?>> copy = List.copyOf(sections);
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (FactSection<?> section : copy) {
            if (!keys.add(section.key())) {
                throw new IllegalArgumentException("two fact sections have the key '" + section.key() + "'; each key belongs to one section");
            }
        }
        return new AnswerFiles(pack, limits, copy);
    }

    /** The typed fact sections this reader reads, in the order given; empty unless set with {@link #withFactSections}. */
    public List<FactSection<?>> factSections() {
        return sections;
    }

    /**
     * Reads a risk answer file and checks it against the pack.
     *
     * @throws InvalidInputException listing every problem
     */
    public RiskAnswers readRisk(Path file) {
        return read(file, (name, bytes) -> parseRisk(name, bytes));
    }

    /** Reads risk answers from {@code bytes}; {@code name} names the source in messages and picks JSON by a {@code .json} ending. */
    public RiskAnswers parseRisk(String name, byte[] bytes) {
        return parse(name, bytes, RiskAnswers.class, AnswerFiles::liftSeverityCriteria,
                answers -> both(AnswerChecks.risk(pack, answers), AnswerChecks.record(answers.assessment(), true)), "/system",
                (answers, facts) -> new RiskAnswers(withFacts(answers.system(), facts), answers.ratings(),
                        answers.organisationalReadiness(), answers.assessment()));
    }

    /** Reads a readiness answer file and checks it against the pack. */
    public ReadinessAnswers readReadiness(Path file) {
        return read(file, this::parseReadiness);
    }

    /** Reads readiness answers from {@code bytes}. */
    public ReadinessAnswers parseReadiness(String name, byte[] bytes) {
        return parse(name, bytes, ReadinessAnswers.class, tree -> { },
                answers -> both(AnswerChecks.readiness(pack, answers), AnswerChecks.record(answers.assessment(), false)));
    }

    /** Reads a workbook answer file and checks its ids against the pack. */
    public WorkbookAnswers readWorkbook(Path file) {
        return read(file, this::parseWorkbook);
    }

    /** Reads workbook answers from {@code bytes}. */
    public WorkbookAnswers parseWorkbook(String name, byte[] bytes) {
        return parse(name, bytes, WorkbookAnswers.class, tree -> { },
                answers -> both(AnswerChecks.workbook(pack, answers, null), AnswerChecks.record(answers.assessment(), false)));
    }

    private static List<Problem> both(List<Problem> first, List<Problem> second) {
        if (second.isEmpty()) {
            return first;
        }
        List<Problem> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Reads a system profile file on its own (the {@code system} part of a risk file). */
    public SystemProfile readProfile(Path file) {
        return read(file, (name, bytes) -> parse(name, bytes, SystemProfile.class, tree -> { }, p -> List.of(), "",
                AnswerFiles::withFacts));
    }

    /**
     * Reads the {@code system} section of a file (a risk answer file, or a file with only that
     * section), with problems placed in that file.
     *
     * @throws InvalidInputException listing every problem, or saying that the section is missing
     */
    public SystemProfile readSystem(Path file) {
        return read(file, this::parseSystem);
    }

    /** Reads the {@code system} section of {@code bytes}, as {@link #readSystem} does a file's. */
    public SystemProfile parseSystem(String name, byte[] bytes) {
        return parse(name, bytes, SystemSection.class, tree -> { }, p -> List.of(), "/system",
                (section, facts) -> new SystemSection(withFacts(section.system(), facts))).system();
    }

    /** A file read for its {@code system} section; any other top-level section is ignored. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    private record SystemSection(@jakarta.validation.constraints.NotNull(message = "missing section 'system'; "
            + "expected the system's profile under a top-level 'system:' key") @jakarta.validation.Valid SystemProfile system) {
    }

    /**
     * {@code value} (a model object) as YAML, with absent values and empty collections left out:
     * the form people write, for templates and examples.
     */
    public static String toYaml(Object value) {
        try {
            return YAML_WRITER.writeValueAsString(value).replaceFirst("^---\\s*\\n", "");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as YAML", e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper YAML_WRITER =
            com.fasterxml.jackson.dataformat.yaml.YAMLMapper.builder()
                    .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    // A text that reads as a number unquoted (a name such as 1e3 or 0x1F) must stay text.
                    .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                    .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                    .build();

    /**
     * {@code e} with each problem that has a JSON pointer placed at its line and column in
     * {@code file}: for problems found after the file was read, such as the engine's checks of an
     * assessment record against the result it records. {@code e} itself when the file cannot be
     * read again.
     */
    public InvalidInputException locate(Path file, InvalidInputException e) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                return e;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException io) {
            return e;
        }
        LocatedTree tree = reader.read(name, bytes, new ProblemList(limits.maxProblems()));
        if (tree == null) {
            return e;
        }
        List<Problem> placed = e.problems().stream()
                .map(p -> p.pointer() == null || p.line() > 0 ? p : tree.problem(p.pointer(), p.message()))
                .toList();
        return new InvalidInputException(name + " is not valid", placed);
    }

    private <T> T read(Path file, BiFunction<String, byte[], T> parser) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new InvalidInputException(name + " is not valid", List.of(new Problem(name, 0, 0, "",
                        "file is " + size + " bytes; the largest allowed is " + limits.maxFileBytes() + " bytes")));
            }
            return parser.apply(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name + " is not valid", List.of(new Problem(name, 0, 0, "", "no such file")));
        } catch (IOException e) {
            throw new InvalidInputException(name + " is not valid", List.of(new Problem(name, 0, 0, "",
                    "could not be read: " + e.getMessage())));
        }
    }

    private <T> T parse(String name, byte[] bytes, Class<T> type, java.util.function.Consumer<LocatedTree> normalise,
                        java.util.function.Function<T, List<Problem>> checks) {
        return parse(name, bytes, type, normalise, checks, null, (value, facts) -> value);
    }

    /**
     * Reads {@code bytes} as {@code type}; when {@code systemAt} points at the file's profile, the
     * typed fact sections there are read on their own and given to {@code withFacts}.
     */
    private <T> T parse(String name, byte[] bytes, Class<T> type, java.util.function.Consumer<LocatedTree> normalise,
                        java.util.function.Function<T, List<Problem>> checks, String systemAt,
                        BiFunction<T, Map<String, Record>, T> withFacts) {
        ProblemList problems = new ProblemList(limits.maxProblems());
        LocatedTree tree = reader.read(name, bytes, problems);
        if (tree == null) {
            throw new InvalidInputException(name + " is not valid", problems.reported(name));
        }
        normalise.accept(tree);
        FactSectionReader facts = FactSectionReader.takeOut(tree, systemAt, sections);
        T value = Binder.bind(tree, type, problems, checks, facts.otherKeys()).orElse(null);
        Map<String, Record> read = facts.bind(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(name + " is not valid", problems.reported(name));
        }
        return read.isEmpty() ? value : withFacts.apply(value, read);
    }

    /** {@code profile} with the typed facts {@code facts} read from its file. */
    private static SystemProfile withFacts(SystemProfile profile, Map<String, Record> facts) {
        SystemProfile.Builder b = profile.toBuilder();
        facts.forEach(b::extension);
        return b.build();
    }

    /**
     * Lets a rating give {@code severity} as the three UNGP criteria: such a mapping moves to
     * {@code severityCriteria}, where the model keeps it, and takes its position along.
     */
    private static void liftSeverityCriteria(LocatedTree tree) {
        JsonNode ratings = tree.root().path("ratings");
        for (Iterator<Map.Entry<String, JsonNode>> it = ratings.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue() instanceof ObjectNode rating && rating.path("severity").isObject()
                    && !rating.has("severityCriteria")) {
                String base = "/ratings/" + LocatedTree.segment(e.getKey());
                rating.set("severityCriteria", rating.remove("severity"));
                tree.moved(base + "/severity", base + "/severityCriteria");
            }
        }
    }
}
