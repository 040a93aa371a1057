package org.raitoolkit.web.internal;

/**
 * A request the app cannot serve, with the status to answer and a message for the person who
 * sent it. Never carries a stack trace to the page.
 */
final class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    BadRequest(int status, String title, String message) {
        super(message, null, false, false);
        this.status = status;
        this.title = title;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
