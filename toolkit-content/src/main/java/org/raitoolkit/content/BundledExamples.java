package org.raitoolkit.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example answer files bundled with this module, under {@code examples/readiness},
 * {@code examples/risk} and {@code examples/workbook} on the class path, whether that is a folder
 * or a jar. For demos, tests and benchmarks that want realistic inputs; read them with
 * {@code AnswerFiles.forPack(pack).parseRisk(name, bytes)} and the like. Thread-safe.
 */
public final class BundledExamples {

    /** The class-path folder of the examples, one sub-folder per kind. */
    public static final String ROOT = "org/raitoolkit/content/examples/";

    private BundledExamples() {
    }

    /**
     * A bundled example.
     *
     * @param name its file name, for example {@code hotspot-prediction.yaml}
     * @param bytes its content
     */
    public record Example(String name, byte[] bytes) {
        /** The name without its extension, for example {@code hotspot-prediction}. */
        public String base() {
            return name.replaceFirst("\\.(ya?ml|json)$", "");
        }
    }

    /**
     * Every example of one kind ({@code readiness}, {@code risk} or {@code workbook}), sorted by
     * name; empty for any other kind.
     */
    public static List<Example> list(String kind) {
        String folder = ROOT + kind;
        URL url = BundledExamples.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath(folder));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Example> read(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .map(p -> {
                        try (InputStream in = Files.newInputStream(p)) {
                            return new Example(p.getFileName().toString(), in.readAllBytes());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }
}
