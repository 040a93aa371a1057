package org.raitoolkit.examples.web.internal;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example answer files bundled with the command line ({@code examples/<kind>/*.yaml} on the
 * class path), offered on each tool's page as a starting point. Read once; immutable.
 */
final class Examples {

    private final Map<String, Map<String, byte[]>> byKind = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    Examples(ClassLoader loader) {
        for (String kind : new String[] {"readiness", "risk", "workbook"}) {
            Map<String, byte[]> examples = list(loader, "examples/" + kind);
            byKind.put(kind, examples);
            examples.forEach((name, bytes) -> labels.put(kind + "/" + name, label(name, bytes)));
        }
    }

    /** The examples of one kind by name (file name without extension), sorted. */
    Map<String, byte[]> of(String kind) {
        return byKind.getOrDefault(kind, Map.of());
    }

    /** The bytes of example {@code name} of {@code kind}, or null. */
    byte[] get(String kind, String name) {
        return of(kind).get(name);
    }

    /** How to name an example in a list: the system or agency it describes, and a workbook's stage. */
    String label(String kind, String name) {
        return labels.getOrDefault(kind + "/" + name, name);
    }

    private static String label(String name, byte[] bytes) {
        com.fasterxml.jackson.databind.node.ObjectNode tree = Trees.read(name + ".yaml", bytes);
        if (tree == null) {
            return name;
        }
        com.fasterxml.jackson.databind.JsonNode system = tree.path("system");
        String label = system.isObject() ? system.path("name").asText(name)
                : system.isValueNode() ? system.asText() : tree.path("agency").asText(name);
        for (org.raitoolkit.model.LifecycleStage stage : org.raitoolkit.model.LifecycleStage.values()) {
            if (system.isValueNode() && name.endsWith("-" + stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))) {
                label += " (" + Words.stage(stage).toLowerCase(java.util.Locale.ROOT) + " stage)";
            }
        }
        return label;
    }

    private static Map<String, byte[]> list(ClassLoader loader, String folder) {
        URL url = loader.getResource(folder);
        Map<String, byte[]> examples = new LinkedHashMap<>();
        if (url == null) {
            return examples;
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
                read(fs.getPath(folder), examples);
            } else {
                read(Path.of(uri), examples);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    private static void read(Path dir, Map<String, byte[]> into) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.matches(".*\\.ya?ml")) {
                    try (InputStream in = Files.newInputStream(p)) {
                        into.put(name.replaceFirst("\\.ya?ml$", ""), in.readAllBytes());
                    }
                }
            }
        }
    }
}
