package org.raitoolkit.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the public types of the model's root package by reading the compiled classes, so that a
 * record added later is covered by the property tests without anyone listing it.
 */
final class ModelTypes {

    private static final String PACKAGE = ModelTypes.class.getPackageName();

    private ModelTypes() {
    }

    /** Every public record of the package, sorted by name. */
    static List<Class<?>> records() {
        return all().stream().filter(Class::isRecord).toList();
    }

    /** Every public enum of the package, sorted by name. */
    static List<Class<?>> enums() {
        return all().stream().filter(Class::isEnum).toList();
    }

    private static List<Class<?>> all() {
        List<Class<?>> types = new ArrayList<>();
        try {
            Enumeration<URL> roots = ModelTypes.class.getClassLoader().getResources(PACKAGE.replace('.', '/'));
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (!"file".equals(root.getProtocol())) {
                    continue;
                }
                try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".class") && !n.contains("$"))
                            .map(n -> load(PACKAGE + "." + n.substring(0, n.length() - ".class".length())))
                            .filter(c -> java.lang.reflect.Modifier.isPublic(c.getModifiers()))
                            .filter(c -> c.getProtectionDomain().getCodeSource().getLocation()
                                    .equals(Problem.class.getProtectionDomain().getCodeSource().getLocation()))
                            .forEach(types::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        // Test classes share the package; the code-source filter above keeps only main classes.
        return types.stream().distinct().sorted(Comparator.comparing(Class::getSimpleName)).toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ModelTypes.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
