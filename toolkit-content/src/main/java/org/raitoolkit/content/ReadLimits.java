package org.raitoolkit.content;

/**
 * Bounds on what the readers accept, so that a hostile or broken file fails with a clear message
 * instead of exhausting memory. Immutable.
 *
 * @param maxFileBytes the largest file read, in bytes
 * @param maxDepth the deepest nesting of objects and lists
 * @param maxStringLength the longest string value, in characters
 * @param maxListLength the most entries in one list or object
 */
public record ReadLimits(long maxFileBytes, int maxDepth, int maxStringLength, int maxListLength) {

    /** 2 MiB files, depth 20, strings of 20,000 characters, 5,000 entries per list. */
    public static final ReadLimits DEFAULTS = new ReadLimits(2L * 1024 * 1024, 20, 20_000, 5_000);

    public ReadLimits {
        if (maxFileBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxListLength < 1) {
            throw new IllegalArgumentException("every read limit must be at least 1");
        }
    }

    /** The default limits. */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** These limits with another largest file size. */
    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxStringLength, maxListLength);
    }
}
