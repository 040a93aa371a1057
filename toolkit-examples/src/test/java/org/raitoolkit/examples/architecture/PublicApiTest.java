package org.raitoolkit.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The architecture every module promises: public types (the root package and {@code spi}) never
 * show an {@code internal} type or a Drools type in a public or protected signature, so that
 * embedding applications depend only on what is meant to be stable.
 */
class PublicApiTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"org.raitoolkit.model", "org.raitoolkit.content", "org.raitoolkit.rules",
            "org.raitoolkit.rules.spi", "org.raitoolkit.reports", "org.raitoolkit.testkit", "org.raitoolkit.euaiact",
            "org.raitoolkit.examples", "org.raitoolkit.examples.cli", "org.raitoolkit.web"})
    void should_expose_no_internal_or_drools_type_when_a_public_package_is_inspected(String pkg) throws Exception {
        // GIVEN every public type of the package
        List<Class<?>> types = publicTypes(pkg);
        assertThat(types).as("public types in " + pkg).isNotEmpty();
        // WHEN we read every public and protected signature
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : types) {
            check(type.getName() + " extends", type.getGenericSuperclass(), leaks);
            for (Type t : type.getGenericInterfaces()) {
                check(type.getName() + " implements", t, leaks);
            }
            for (Method m : type.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic()) {
                    check(type.getName() + "." + m.getName() + " returns", m.getGenericReturnType(), leaks);
                    for (Type p : m.getGenericParameterTypes()) {
                        check(type.getName() + "." + m.getName() + " takes", p, leaks);
                    }
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (visible(c.getModifiers())) {
                    for (Type p : c.getGenericParameterTypes()) {
                        check(type.getName() + " constructor takes", p, leaks);
                    }
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers()) && !f.isSynthetic()) {
                    check(type.getName() + "." + f.getName(), f.getGenericType(), leaks);
                }
            }
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    check(type.getName() + "." + rc.getName(), rc.getGenericType(), leaks);
                }
            }
        }
        // THEN none names an internal or Drools type
        assertThat(leaks).as("signatures in " + pkg + " that show internal or Drools types").isEmpty();
    }

    /** A signature that must be flagged: the check itself is tested, not only its silence. */
    @SuppressWarnings("unused")
    private java.util.List<org.raitoolkit.rules.internal.DroolsToolkitEngine> sample;

    @org.junit.jupiter.api.Test
    void should_flag_a_signature_when_it_names_an_internal_type_inside_generics() throws Exception {
        // GIVEN a field typed List<an internal type>
        Type type = PublicApiTest.class.getDeclaredField("sample").getGenericType();
        List<String> leaks = new ArrayList<>();
        // WHEN
        check("sample", type, leaks);
        // THEN
        assertThat(leaks).singleElement().asString().contains("internal.DroolsToolkitEngine");
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(String where, Type type, List<String> leaks) {
        if (type == null) {
            return;
        }
        String name = type.getTypeName();
        for (String part : name.split("[<>,\\[\\]\\s?]+")) {
            if (part.startsWith("org.kie.") || part.startsWith("org.drools.") || part.contains(".internal.")) {
                leaks.add(where + " " + name);
            }
        }
    }

    /** The public top-level and nested public types of {@code pkg}, from its folder or jar on the class path. */
    private static List<Class<?>> publicTypes(String pkg) throws IOException, URISyntaxException, ClassNotFoundException {
        String path = pkg.replace('.', '/');
        List<Class<?>> types = new ArrayList<>();
        for (URL url : Collections.list(PublicApiTest.class.getClassLoader().getResources(path))) {
            URI uri = url.toURI();
            Path dir;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                dir = fs.getPath(path);
            } else {
                dir = Path.of(uri);
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    String file = f.getFileName().toString();
                    if (!file.endsWith(".class") || file.equals("package-info.class") || file.equals("module-info.class")) {
                        continue;
                    }
                    Class<?> c = Class.forName(pkg + "." + file.substring(0, file.length() - 6), false,
                            PublicApiTest.class.getClassLoader());
                    boolean nestedPublic = c.getEnclosingClass() == null || Modifier.isPublic(c.getModifiers());
                    if (Modifier.isPublic(c.getModifiers()) && nestedPublic && !c.isAnonymousClass()) {
                        types.add(c);
                    }
                }
            }
        }
        return types;
    }
}
