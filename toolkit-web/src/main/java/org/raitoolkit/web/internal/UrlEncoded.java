package org.raitoolkit.web.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads a query string or an {@code application/x-www-form-urlencoded} body, already read within
 * the size limit, and bounds the number of fields, so that a small body cannot make many objects.
 * Multipart bodies are the server's to parse (see {@link JavalinServer}).
 */
final class UrlEncoded {

    /** More fields than a full readiness form with every answer carried, with room to spare. */
    static final int MAX_FIELDS = 10_000;

    private UrlEncoded() {
    }

    /** Parses {@code text}, a query string or a URL-encoded body; null is no fields. */
    static Params parse(String text) {
        Params params = new Params();
        if (text == null || text.isEmpty()) {
            return params;
        }
        int count = 0;
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++count > MAX_FIELDS) {
                throw tooManyFields();
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                params.add(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new BadRequest(400, "Malformed form", "A form field was not URL-encoded correctly: " + e.getMessage());
            }
        }
        return params;
    }

    static BadRequest tooManyFields() {
        return new BadRequest(413, "Too many fields", "The form sent more than " + MAX_FIELDS + " fields.");
    }
}
