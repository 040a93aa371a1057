package org.raitoolkit.examples.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;

/**
 * A folder the command line writes reports into. File names come from input names, so each is
 * made safe and checked to stay inside the folder: no name can write elsewhere.
 */
final class OutputFolder {

    private final Path root;

    OutputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** A safe file name from {@code name}: lower-case letters, digits, '-', '_' and '.', at most 80 characters. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[.-]+|-+$", "");
        if (s.length() > 80) {
            s = s.substring(0, 80);
        }
        return s.isEmpty() ? "unnamed" : s;
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
        // A link inside the folder (systems -> /elsewhere) would still lead the file out of it: check
        // where the deepest folder on the way that already exists really is.
        Path existing = p.getParent();
        while (existing != null && existing.startsWith(root) && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && existing.startsWith(root)) {
            try {
                Path real = existing.toRealPath();
                if (!real.startsWith(root.toRealPath())) {
                    throw outside(relative, real.resolve(existing.relativize(p)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not check output path " + p + ": " + e.getMessage(), e);
            }
        }
        return p;
    }

    private InvalidInputException outside(String relative, Path resolved) {
        return new InvalidInputException("output path is not valid", List.of(new Problem(relative, 0, 0, "",
                "resolves to " + resolved + ", outside the output folder " + root + "; output paths must stay inside it")));
    }
}
