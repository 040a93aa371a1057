package org.raitoolkit.content;

/**
 * Bounds on what the readers accept, so that a hostile or broken file fails fast, with a clear
 * message, instead of exhausting time or memory. Immutable.
 *
 * <p>The readers count while they read: the entries of every list, the keys of every mapping,
 * the nesting depth and the values of the whole file. The first limit crossed stops reading that
 * file at once, with one problem that gives its line and column, the limit and what is allowed;
 * nothing past that point is parsed or kept. A file that is read reports at most
 * {@link #maxProblems} problems, then one line saying that more were found.
 *
 * <p>The defaults leave ample room for real files: the built-in content pack's largest list has
 * 78 entries, its largest mapping 11 keys, its deepest value 6 levels, and its largest file about
 * 1,100 values.
 *
 * @param maxFileBytes the largest file read, in bytes
 * @param maxDepth the deepest nesting of objects and lists
 * @param maxStringLength the longest string value or key, in characters
 * @param maxListLength the most entries in one list
 * @param maxMappingKeys the most keys in one mapping (object)
 * @param maxNodes the most values in one file, counting every list, mapping and scalar
 * @param maxProblems the most problems listed for one read; the rest are counted in one line
 */
public record ReadLimits(long maxFileBytes, int maxDepth, int maxStringLength, int maxListLength,
                         int maxMappingKeys, int maxNodes, int maxProblems) {

    /** The default number of keys in one mapping. */
    private static final int DEFAULT_MAPPING_KEYS = 5_000;
    /** The default number of values in one file. */
    private static final int DEFAULT_NODES = 100_000;
    /** The default number of problems listed. */
    private static final int DEFAULT_PROBLEMS = 100;

    /**
     * 2 MiB files, depth 20, strings of 20,000 characters, 5,000 entries per list, 5,000 keys per
     * mapping, 100,000 values per file and 100 problems listed.
     */
    public static final ReadLimits DEFAULTS = new ReadLimits(2L * 1024 * 1024, 20, 20_000, 5_000,
            DEFAULT_MAPPING_KEYS, DEFAULT_NODES, DEFAULT_PROBLEMS);

    public ReadLimits {
        if (maxFileBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxListLength < 1
                || maxMappingKeys < 1 || maxNodes < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("every read limit must be at least 1");
        }
    }

    /**
     * The limits of earlier versions: {@code maxListLength} bounds both the entries of a list and
     * the keys of a mapping, and the other limits take their defaults (100,000 values per file, or
     * more if the list limit needs it; 100 problems listed).
     */
    public ReadLimits(long maxFileBytes, int maxDepth, int maxStringLength, int maxListLength) {
        this(maxFileBytes, maxDepth, maxStringLength, maxListLength, maxListLength,
                Math.max(DEFAULT_NODES, maxListLength < Integer.MAX_VALUE / 4 ? maxListLength * 4 : Integer.MAX_VALUE),
                DEFAULT_PROBLEMS);
    }

    /** The default limits. */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** These limits with another largest file size. */
    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxStringLength, maxListLength, maxMappingKeys, maxNodes, maxProblems);
    }

    /** These limits with another largest number of values in one file. */
    public ReadLimits withMaxNodes(int nodes) {
        return new ReadLimits(maxFileBytes, maxDepth, maxStringLength, maxListLength, maxMappingKeys, nodes, maxProblems);
    }

    /** These limits with another largest number of problems listed. */
    public ReadLimits withMaxProblems(int problems) {
        return new ReadLimits(maxFileBytes, maxDepth, maxStringLength, maxListLength, maxMappingKeys, maxNodes, problems);
    }
}
