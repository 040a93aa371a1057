package org.raitoolkit.examples.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;

/**
 * A folder the command line writes reports into. File names come from input names, so each is
 * made safe and checked to stay inside the folder: no name can write elsewhere.
 */
final class OutputFolder {

    // Compiled once: String.replaceAll compiles its pattern on every call, and a batch makes a
    // slug for every file.
    private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9._-]+");
    private static final Pattern UNSAFE_ENDS = Pattern.compile("^[.-]+|-+$");

    private final Path root;

    OutputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** A safe file name from {@code name}: lower-case letters, digits, '-', '_' and '.', at most 80 characters. */
    static String slug(String name) {
        if (isSlug(name)) {
            // What the replacements below would leave as it is; a batch makes a slug per file,
            // and generated names such as system-00001 mostly are slugs already.
            return name;
        }
        String s = UNSAFE_ENDS.matcher(UNSAFE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (s.length() > 80) {
            s = s.substring(0, 80);
        }
        return s.isEmpty() ? "unnamed" : s;
    }

    /** Whether {@link #slug} would return {@code name} unchanged. */
    private static boolean isSlug(String name) {
        if (name.isEmpty() || name.length() > 80 || name.charAt(0) == '.' || name.charAt(0) == '-'
                || name.charAt(name.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code relative} resolved inside the folder.
     *
     * @throws InvalidInputException if it would resolve outside the folder
     */
    Path resolve(String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw outside(relative, p);
        }
        checkLinks(p.getParent(), p, relative);
        return p;
    }

    /**
     * The folder {@code relative} inside this one, created if missing, for many files whose names
     * are made with {@link #slug}: the check that {@link #resolve} makes for every file, with a
     * real-path lookup of each folder on the way, is made once here for all of them. A slug is
     * one plain file name, so it cannot lead out of the folder returned.
     *
     * @throws InvalidInputException if the folder is, or leads, outside this one
     * @throws UncheckedIOException if it cannot be created
     */
    Path folder(String relative) {
        Path folder = resolve(relative);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the folder " + folder + ": " + IoMessages.reason(e), e);
        }
        // Now that it exists, the folder itself: a link that stood there already is refused.
        checkLinks(folder, folder, relative);
        return folder;
    }

    /**
     * A link inside the folder (systems -> /elsewhere) would still lead a file out of it: checks
     * where the deepest folder from {@code start} up that already exists really is.
     */
    private void checkLinks(Path start, Path target, String relative) {
        Path existing = start;
        while (existing != null && existing.startsWith(root) && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && existing.startsWith(root)) {
            try {
                Path real = existing.toRealPath();
                if (!real.startsWith(root.toRealPath())) {
                    throw outside(relative, real.resolve(existing.relativize(target)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not check output path " + target + ": " + IoMessages.reason(e), e);
            }
        }
    }

    private InvalidInputException outside(String relative, Path resolved) {
        return new InvalidInputException("output path is not valid", List.of(new Problem(relative, 0, 0, "",
                "resolves to " + resolved + ", outside the output folder " + root + "; output paths must stay inside it")));
    }
}
