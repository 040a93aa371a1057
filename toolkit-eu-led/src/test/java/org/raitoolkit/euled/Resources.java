package org.raitoolkit.euled;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test resources as paths. */
final class Resources {

    private Resources() {
    }

    static Path path(String name) {
        try {
            return Path.of(Resources.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + name, e);
        }
    }
}
