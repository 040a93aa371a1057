package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raitoolkit.content.internal.PackChecks;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.InvalidInputException;

/**
 * A copy of the default content pack in a folder, for tests that break one thing in it and check
 * what the loader says. Edits find their place by pattern, so that they keep working while the
 * default content is rewritten, and return the line they touched for the assertions.
 */
final class PackFolder {

    private final Path dir;

    private PackFolder(Path dir) {
        this.dir = dir;
    }

    /** Copies the files of the default pack from the class path into {@code dir}. */
    static PackFolder copyOfDefault(Path dir) {
        for (String base : PackChecks.Files.ALL) {
            String resource = ContentPacks.DEFAULT_PACK_RESOURCE + "/" + base + ".yaml";
            try (InputStream in = PackFolder.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the default pack has no " + resource);
                }
                Files.write(dir.resolve(base + ".yaml"), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new PackFolder(dir);
    }

    Path dir() {
        return dir;
    }

    /** The YAML file of {@code base}, such as {@code pack} for {@code pack.yaml}. */
    Path yaml(String base) {
        return dir.resolve(base + ".yaml");
    }

    String read(String base) {
        try {
            return Files.readString(yaml(base));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the file of {@code base} with a file of the same base name and {@code extension}. */
    PackFolder replace(String base, String extension, String content) {
        delete(base);
        write(dir.resolve(base + extension), content);
        return this;
    }

    PackFolder write(String base, String content) {
        write(yaml(base), content);
        return this;
    }

    PackFolder delete(String base) {
        try {
            Files.delete(yaml(base));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Replaces the first match of {@code regex} in the YAML file of {@code base}.
     *
     * @return where the match started
     * @throws IllegalStateException if nothing matches, so that a test never passes on an edit
     *     that did not happen
     */
    Position replaceFirst(String base, String regex, String replacement) {
        String text = read(base);
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no match for " + regex + " in " + base + ".yaml");
        }
        Position at = Position.of(text, m.start());
        write(base, m.replaceFirst(replacement));
        return at;
    }

    /** Appends {@code lines} to the YAML file of {@code base} and returns where they start. */
    Position append(String base, String lines) {
        String text = read(base);
        String joined = text.endsWith("\n") ? text : text + "\n";
        write(base, joined + lines);
        return Position.of(joined + lines, joined.length());
    }

    /** Loads the folder, expecting it to fail. */
    InvalidInputException loadFails() {
        return loadFails(ReadLimits.DEFAULTS);
    }

    InvalidInputException loadFails(ReadLimits limits) {
        InvalidInputException[] thrown = new InvalidInputException[1];
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> ContentPacks.load(dir, limits))
                .satisfies(e -> thrown[0] = e);
        return thrown[0];
    }

    ContentPack load() {
        return ContentPacks.load(dir);
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 1-based line and column in a text. */
    record Position(int line, int column) {
        static Position of(String text, int offset) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Position(line, offset - lineStart + 1);
        }
    }
}
