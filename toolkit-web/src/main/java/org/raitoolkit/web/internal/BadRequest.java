package org.raitoolkit.web.internal;

import java.util.Map;

/**
 * A request the app cannot serve, with the status to answer and a message for the person who
 * sent it. Never carries a stack trace to the page.
 */
final class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final transient Map<String, String> headers;

    BadRequest(int status, String title, String message) {
        this(status, title, message, Map.of());
    }

    /** With headers for the answer, for example {@code Allow} on a 405. */
    BadRequest(int status, String title, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    Map<String, String> headers() {
        return headers;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
