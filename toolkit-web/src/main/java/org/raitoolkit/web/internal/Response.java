package org.raitoolkit.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the app answers to one request: a status, a content type, the body and any headers of its
 * own. The security headers every response carries are added by {@link WebApp}.
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

    /** An HTML page. */
    static Response page(int status, String html) {
        return new Response(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A file for the browser to save rather than show, under {@code filename}. */
    static Response attachment(String filename, String contentType, String text) {
        return attachment(filename, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A file to download as it is, such as a PDF report. */
    static Response attachment(String filename, String contentType, byte[] bytes) {
        Map<String, String> headers = new LinkedHashMap<>();
        // The name is built from a slug (letters, digits, dashes), so it needs no quoting rules.
        headers.put("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        return new Response(200, contentType, bytes, headers);
    }

    /** A redirect to {@code location} (a path of this app) after a POST. */
    static Response seeOther(String location) {
        return new Response(303, "text/plain; charset=utf-8", new byte[0], Map.of("Location", location));
    }
}
