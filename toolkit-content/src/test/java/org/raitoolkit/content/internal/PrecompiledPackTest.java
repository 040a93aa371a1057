package org.raitoolkit.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.content.ReadLimits;
import org.raitoolkit.model.ContentPack;

/**
 * The default pack as the build precompiled it: used only when it was made from the YAML files
 * beside it, and then the same pack as reading those files gives.
 */
class PrecompiledPackTest {

    private static final ClassLoader LOADER = PrecompiledPackTest.class.getClassLoader();
    private static final String PACK = ContentPacks.DEFAULT_PACK_RESOURCE;

    @Test
    void should_equal_the_pack_read_from_yaml_when_the_build_precompiled_it() {
        // GIVEN
        ContentPack fromYaml = fromYaml(LOADER);
        // WHEN
        var precompiled = PrecompiledPack.load(LOADER, PACK);
        // THEN
        assertThat(precompiled).as("the build's process-classes step wrote it into target/classes").isPresent();
        assertThat(precompiled.get()).isEqualTo(fromYaml);
    }

    @Test
    void should_equal_the_pack_read_from_yaml_when_the_default_pack_is_asked_for() {
        // GIVEN / WHEN / THEN
        assertThat(ContentPacks.defaults()).isEqualTo(fromYaml(LOADER));
    }

    @Test
    void should_be_written_byte_for_byte_alike_when_written_again() throws IOException {
        // GIVEN
        byte[] built = resource(LOADER, PrecompiledPack.JSON);
        // WHEN
        byte[] again = PrecompiledPack.write(fromYaml(LOADER));
        // THEN
        assertThat(again).isEqualTo(built);
    }

    @Test
    void should_be_used_when_copied_with_the_yaml_files_it_was_made_from(@TempDir Path dir) throws IOException {
        // GIVEN
        copyPackAndPrecompiled(dir);
        try (URLClassLoader copy = loaderOf(dir)) {
            // WHEN
            var precompiled = PrecompiledPack.load(copy, PACK);
            // THEN
            assertThat(precompiled).isPresent().contains(fromYaml(LOADER));
        }
    }

    @Test
    void should_be_ignored_when_a_yaml_file_changed_after_the_build(@TempDir Path dir) throws IOException {
        // GIVEN / WHEN
        var precompiled = loadAfter(dir, copy -> Files.writeString(copy.resolve(PACK + "/scoring.yaml"),
                "\n# edited after the build\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND));
        // THEN
        assertThat(precompiled).isEmpty();
    }

    @Test
    void should_be_ignored_when_its_hash_is_of_other_files(@TempDir Path dir) throws IOException {
        // GIVEN / WHEN
        var precompiled = loadAfter(dir, copy -> Files.writeString(copy.resolve(PrecompiledPack.HASH),
                "0".repeat(64) + "\n", StandardCharsets.UTF_8));
        // THEN
        assertThat(precompiled).isEmpty();
    }

    @Test
    void should_be_ignored_when_its_json_is_damaged(@TempDir Path dir) throws IOException {
        // GIVEN / WHEN
        var precompiled = loadAfter(dir, copy -> {
            Path json = copy.resolve(PrecompiledPack.JSON);
            byte[] bytes = Files.readAllBytes(json);
            Files.write(json, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        });
        // THEN
        assertThat(precompiled).isEmpty();
    }

    @Test
    void should_be_ignored_when_the_build_did_not_write_it(@TempDir Path dir) throws IOException {
        // GIVEN / WHEN
        var precompiled = loadAfter(dir, copy -> {
            Files.delete(copy.resolve(PrecompiledPack.JSON));
            Files.delete(copy.resolve(PrecompiledPack.HASH));
        });
        // THEN
        assertThat(precompiled).isEmpty();
    }

    /** A change to the copied files, made between the build and the load. */
    private interface Change {
        void apply(Path copy) throws IOException;
    }

    /** Copies the pack and its precompiled form to {@code dir}, applies {@code change}, then loads from there alone. */
    private static java.util.Optional<ContentPack> loadAfter(Path dir, Change change) throws IOException {
        copyPackAndPrecompiled(dir);
        change.apply(dir);
        try (URLClassLoader copy = loaderOf(dir)) {
            return PrecompiledPack.load(copy, PACK);
        }
    }

    private static ContentPack fromYaml(ClassLoader loader) {
        return new PackLoader(ReadLimits.DEFAULTS).load(PackLoader.classpath(loader, PACK));
    }

    /** The YAML files and the precompiled pack from the class path, under {@code dir}. */
    private static void copyPackAndPrecompiled(Path dir) throws IOException {
        List<String> resources = new ArrayList<>(List.of(PrecompiledPack.JSON, PrecompiledPack.HASH));
        PackChecks.Files.ALL.forEach(base -> resources.add(PACK + "/" + base + ".yaml"));
        for (String resource : resources) {
            Path target = dir.resolve(resource);
            Files.createDirectories(target.getParent());
            Files.write(target, resource(LOADER, resource));
        }
    }

    /** A class loader that sees only {@code dir}, so the resources of this build cannot answer for it. */
    private static URLClassLoader loaderOf(Path dir) throws IOException {
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }

    private static byte[] resource(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
