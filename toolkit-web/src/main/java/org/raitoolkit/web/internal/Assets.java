package org.raitoolkit.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The app's own static files, read once from {@code web/} on the class path: its style sheet and
 * its small script, plus the reports' style sheet. Nothing is loaded from elsewhere.
 */
final class Assets {

    /** A static file: content type and bytes. */
    record Asset(String contentType, byte[] bytes) {
    }

    private final Map<String, Asset> byPath;

    Assets(String reportCss) {
        byPath = Map.of(
                "/static/app.css", new Asset("text/css; charset=utf-8", read("org/raitoolkit/web/static/app.css")),
                "/static/app.js", new Asset("text/javascript; charset=utf-8", read("org/raitoolkit/web/static/app.js")),
                "/static/report.css", new Asset("text/css; charset=utf-8", Assessments.utf8(reportCss)));
    }

    /** The file at {@code path}, or null. */
    Asset get(String path) {
        return byPath.get(path);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
