package org.raitoolkit.testkit;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** A rule set's test resources (scenario folders, answer files) as paths, for the kit's runners. */
public final class TestResources {

    private TestResources() {
    }

    /**
     * The class-path resource {@code name} as a path.
     *
     * @throws IllegalStateException if there is no such resource, or it is not a file or folder
     */
    public static Path path(String name) {
        URL url = TestResources.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("no test resource " + name + " on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | java.nio.file.FileSystemNotFoundException e) {
            throw new IllegalStateException("test resource " + name + " is not a file or folder: " + url, e);
        }
    }
}
