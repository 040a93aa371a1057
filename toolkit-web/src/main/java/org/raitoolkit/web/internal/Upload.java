package org.raitoolkit.web.internal;

/** A file sent with a form: the name the browser gave and its bytes, held in memory for the one request. */
record Upload(String filename, byte[] bytes) {
}
