package org.raitoolkit.web.internal;

import java.util.Map;

/**
 * One request as the tools see it: method, path, query fields, and for a POST the form fields and
 * uploaded files. Nothing in it outlives the request.
 */
record Request(String method, String path, Params query, Params form, Map<String, Upload> files) {

    boolean isPost() {
        return method.equals("POST");
    }

    /** The form fields of a POST, or the query fields of a GET. */
    Params params() {
        return isPost() ? form : query;
    }

    /** The file uploaded under {@code field}, or null. */
    Upload file(String field) {
        return files.get(field);
    }
}
