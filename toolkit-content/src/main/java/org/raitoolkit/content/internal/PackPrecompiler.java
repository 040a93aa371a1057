package org.raitoolkit.content.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.content.ReadLimits;
import org.raitoolkit.model.ContentPack;

/**
 * Loads and checks the default content pack when the library is built, and writes it into the
 * class-path resources that {@link PrecompiledPack} loads, so that {@code ContentPacks.defaults()}
 * reads it without YAML, shape checks or bean validation. Run by the build (exec-maven-plugin),
 * not by users.
 */
public final class PackPrecompiler {

    private PackPrecompiler() {
    }

    /**
     * @param args the output folder (the build's classes folder, which holds the YAML files)
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PackPrecompiler OUTPUT-FOLDER");
        }
        ClassLoader loader = PackPrecompiler.class.getClassLoader();
        // Fails the build, listing every problem, if the bundled pack is broken.
        ContentPack pack = new PackLoader(ReadLimits.DEFAULTS)
                .load(PackLoader.classpath(loader, ContentPacks.DEFAULT_PACK_RESOURCE));
        byte[] json = PrecompiledPack.write(pack);
        // Checked here rather than trusted: the JSON must bring back exactly the pack that was checked.
        if (!PrecompiledPack.read(json).equals(pack)) {
            throw new IllegalStateException("the default content pack does not read back equal from JSON;"
                    + " a model record does not round-trip through Jackson");
        }
        Path out = Path.of(args[0]);
        Path file = out.resolve(PrecompiledPack.JSON);
        Files.createDirectories(file.getParent());
        Files.write(file, json);
        Files.writeString(out.resolve(PrecompiledPack.HASH),
                PrecompiledPack.hash(loader, ContentPacks.DEFAULT_PACK_RESOURCE) + "\n", StandardCharsets.UTF_8);
    }
}
