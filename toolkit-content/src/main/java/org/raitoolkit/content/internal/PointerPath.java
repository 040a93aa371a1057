package org.raitoolkit.content.internal;

/**
 * A JSON pointer kept as a link to its parent plus one key or index, and written out as text only
 * when asked. Reading a file passes a pointer to every value, but needs one as text only to place
 * a problem, which most files have none of; building the text for every value (concatenation and
 * RFC 6901 escaping) showed in profiles of the batch.
 */
final class PointerPath {

    /** The whole document: the pointer {@code ""}. */
    static final PointerPath ROOT = new PointerPath(null, null, -1);

    private final PointerPath parent;
    /** The key under the parent, or {@code null} for a list index. */
    private final String key;
    private final int index;
    private String text;

    private PointerPath(PointerPath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.text = parent == null ? "" : null;
    }

    /** The value under {@code key} of the mapping at this pointer. */
    PointerPath key(String key) {
        return new PointerPath(this, key, -1);
    }

    /** The entry at {@code index} of the list at this pointer. */
    PointerPath index(int index) {
        return new PointerPath(this, null, index);
    }

    /** The pointer as RFC 6901 text, such as {@code /ratings/RF-X/mitigations/0}. */
    @Override
    public String toString() {
        if (text == null) {
            text = parent + "/" + (key != null ? LocatedTree.segment(key) : Integer.toString(index));
        }
        return text;
    }
}
