package org.raitoolkit.content;

import static org.raitoolkit.content.Rejections.onlyInvalidInput;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.internal.PackChecks;

/**
 * Fuzzes the content-pack loader one file at a time: the fuzzed bytes replace one file of a copy
 * of the default pack, and the folder is loaded through {@link ContentPacks#load(Path)}. Whatever
 * the bytes, the pack loads or is rejected with problems placed in its files.
 *
 * <p>An input's first line names the file it replaces, such as {@code risk-factors.yaml} or
 * {@code scoring.json}; the rest is the file's content. A first line that names no pack file
 * still picks one, by its hash, as YAML, so that every input reaches the loader. The seed corpus is
 * in {@code src/test/resources/org/raitoolkit/content/ContentPacksFuzzTestInputs/<method>/}.
 */
class ContentPacksFuzzTest {

    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

    @TempDir
    static Path dir;

    /** The default content of each file, by base name, to put back after each input. */
    private static final Map<String, byte[]> DEFAULTS = new HashMap<>();

    @BeforeAll
    static void copyDefaultPack() throws IOException {
        PackFolder.copyOfDefault(dir);
        for (String base : PackChecks.Files.ALL) {
            DEFAULTS.put(base, Files.readAllBytes(dir.resolve(base + ".yaml")));
        }
    }

    @FuzzTest
    void should_load_or_reject_with_problems_in_its_files_when_one_pack_file_is_any_bytes(byte[] input) throws IOException {
        int newline = indexOf(input, (byte) '\n');
        String header = new String(input, 0, newline < 0 ? input.length : newline, StandardCharsets.UTF_8).strip();
        byte[] content = newline < 0 ? new byte[0] : Arrays.copyOfRange(input, newline + 1, input.length);
        String base = baseName(header);
        String extension = EXTENSIONS.stream().filter(header::endsWith).findFirst().orElse(".yaml");
        Path file = dir.resolve(base + extension);
        Files.delete(dir.resolve(base + ".yaml"));
        Files.write(file, content);
        try {
            onlyInvalidInput(packFiles(), () -> ContentPacks.load(dir));
        } finally {
            Files.delete(file);
            Files.write(dir.resolve(base + ".yaml"), DEFAULTS.get(base));
        }
    }

    /** The pack file a header names, or one picked by its hash. */
    private static String baseName(String header) {
        for (String base : PackChecks.Files.ALL) {
            for (String extension : EXTENSIONS) {
                if (header.equals(base + extension)) {
                    return base;
                }
            }
        }
        return PackChecks.Files.ALL.get(Math.floorMod(header.hashCode(), PackChecks.Files.ALL.size()));
    }

    /** Every name a problem may give as its source: each possible file of the pack. */
    private static List<String> packFiles() {
        List<String> names = new ArrayList<>();
        for (String base : PackChecks.Files.ALL) {
            for (String extension : EXTENSIONS) {
                names.add(dir.resolve(base + extension).toString());
            }
        }
        return names;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
