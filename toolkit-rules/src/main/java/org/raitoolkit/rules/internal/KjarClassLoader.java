package org.raitoolkit.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

/**
 * Loads the classes of a compiled rule jar from memory. Each compiled rule set gets its own
 * loader, so that the generated classes of two rule sets never meet, and a rule base that is no
 * longer used can be collected with its classes.
 */
final class KjarClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes = new HashMap<>();

    KjarClassLoader(byte[] kjar, ClassLoader parent) {
        super(parent);
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(kjar))) {
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                if (e.getName().endsWith(".class")) {
                    classes.put(e.getName().substring(0, e.getName().length() - 6).replace('/', '.'), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read compiled rules", e);
        }
    }

    /** The names of the classes in the jar. */
    List<String> classNames() {
        return List.copyOf(classes.keySet());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
