package org.raitoolkit.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.raitoolkit.content.internal.PackLoader;
import org.raitoolkit.content.internal.PrecompiledPack;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;

/**
 * Loads content packs: the built-in default pack, or a custom pack from a folder with the same
 * layout.
 *
 * <p>A pack is a folder of nine files, each YAML ({@code .yaml} or {@code .yml}) or JSON
 * ({@code .json}): {@code pack} (the manifest), {@code principles}, {@code readiness},
 * {@code risk-factors}, {@code workbook}, {@code roadmap}, {@code recommendations},
 * {@code glossary} and {@code scoring}, and optionally {@code guide} (the introductory guide),
 * {@code instruments} (the laws, conventions and standards that citations name) and
 * {@code crosswalks} (the provisions each principle, risk factor and readiness dimension
 * engages). Every object is validated with Jakarta Validation, then
 * the pack as a whole: ids unique, every reference resolves, every instrumental principle covered
 * by a readiness question, a risk factor and a workbook item, every scale complete, every
 * guide section has text and links only to glossary terms and principles that exist, (in a
 * pack with a list of instruments) every citation names a listed instrument with its
 * jurisdiction and every recommendation cites at least one, and the crosswalks, when present, map
 * every principle, risk factor and readiness dimension once, to at least two instruments.
 *
 * <p>Thread-safe. The default pack is loaded once and shared: from the form the build checked and
 * stored beside its YAML files when it matches them, from the YAML files otherwise.
 */
public final class ContentPacks {

    /** The class-path folder of the built-in pack. */
    public static final String DEFAULT_PACK_RESOURCE = "org/raitoolkit/content/default";

    private ContentPacks() {
    }

    /** Holds the default pack, or why it could not be loaded; loaded on first use. */
    private static final class DefaultPack {
        static final ContentPack PACK;
        static final InvalidInputException FAILURE;

        static {
            // Caught here: an exception thrown by a static initialiser reaches the caller as an
            // ExceptionInInitializerError once, and as a bare NoClassDefFoundError after that.
            ContentPack pack = null;
            InvalidInputException failure = null;
            ClassLoader loader = ContentPacks.class.getClassLoader();
            try {
                // The form checked and written at build time when it matches the YAML files; the
                // YAML files themselves otherwise (an IDE build that skipped that step, edited files).
                pack = PrecompiledPack.load(loader, DEFAULT_PACK_RESOURCE).orElseGet(() ->
                        new PackLoader(ReadLimits.DEFAULTS).load(PackLoader.classpath(loader, DEFAULT_PACK_RESOURCE)));
            } catch (InvalidInputException e) {
                failure = e;
            }
            PACK = pack;
            FAILURE = failure;
            checkedDefault = pack;
        }
    }

    /**
     * The default pack once loaded: it was checked then, or when the library was built, and it is
     * immutable, so {@link #check} has nothing to find in it. Kept outside {@link DefaultPack} so
     * that checking a custom pack does not load the default one.
     */
    private static volatile ContentPack checkedDefault;

    /**
     * The built-in pack, in the project's own words, in English.
     *
     * @throws InvalidInputException only if the bundled pack is broken (a build that passed its
     *     tests never is)
     */
    public static ContentPack defaults() {
        if (DefaultPack.FAILURE != null) {
            // A new exception each time, so that every caller gets its own stack trace.
            throw new InvalidInputException("the built-in content pack (classpath:" + DEFAULT_PACK_RESOURCE
                    + ") is not valid", DefaultPack.FAILURE.problems());
        }
        return DefaultPack.PACK;
    }

    /**
     * Loads a custom pack from {@code dir} with the default read limits.
     *
     * @throws InvalidInputException listing every problem, each with file, line, column, JSON
     *     pointer and what is allowed
     */
    public static ContentPack load(Path dir) {
        return load(dir, ReadLimits.DEFAULTS);
    }

    /**
     * Loads a custom pack from {@code dir}.
     *
     * @throws InvalidInputException listing every problem found
     */
    public static ContentPack load(Path dir, ReadLimits limits) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("content pack " + dir + " is not valid",
                    List.of(new Problem(dir.toString(), 0, 0, "", "not a folder; a content pack is a folder of YAML or JSON files")));
        }
        return new PackLoader(limits).load(PackLoader.folder(dir, limits));
    }

    /**
     * Checks a pack built or changed in code as {@link #load} checks a folder: constraints on
     * every object, then the pack as a whole. Problems name the pack file each part would live
     * in and its JSON pointer.
     *
     * @return every problem found; empty when the pack is sound
     */
    public static List<Problem> check(ContentPack pack) {
        if (pack != null && pack == checkedDefault) {
            // Saves the engine builder, which checks every pack it is given, validating the whole
            // default pack again at start-up (and Hibernate Validator's bootstrap with it).
            return new java.util.ArrayList<>();
        }
        List<Problem> problems = new java.util.ArrayList<>(Constraints.check(pack));
        if (problems.isEmpty()) {
            problems.addAll(org.raitoolkit.content.internal.PackChecks.check(pack,
                    (file, pointer, message) -> new Problem(file + " (built in code)", 0, 0, pointer, message)));
        }
        return problems;
    }
}
