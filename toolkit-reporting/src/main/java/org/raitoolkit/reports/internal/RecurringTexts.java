package org.raitoolkit.reports.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.ToIntFunction;
import java.util.zip.CRC32;

/**
 * Texts that recur in report after report (field names, content pack titles and texts, rule ids,
 * reason sentences), each encoded once for one factory and then copied as bytes. Most of a risk
 * report is such text, and encoding it again for every report was a quarter of a batch's CPU.
 *
 * <p>Bounded: once {@code capacity} texts are held, further ones are written plainly and not
 * kept, so a run over many inputs cannot grow it without end. Callers pass only text that comes
 * from the content pack or the rules, never user input such as a system's name or purpose:
 * that would fill the cache with texts that do not recur. Thread-safe.
 *
 * <p>Not a {@code ConcurrentHashMap}: a risk report makes some 2,600 look-ups, and under C1 (the
 * launcher's compiler for batches) the map's get, through its nodes to the key and then the
 * value, was half the time of rendering. Here a look-up is one probe of an open-addressing table
 * of the entries themselves, which carry the hash and the key: most keys are the very strings
 * that were added (content pack text, field names, enum names), found by reference without
 * reading them; only strings the rules built afresh are compared in full. The table only
 * ever gains entries and is read without a lock; an entry's fields are final, so a reader that
 * sees it sees it whole, and a reader that races an insertion and sees an empty slot takes the
 * locked path, which looks again.
 *
 * <p>Text that the rules build afresh for each assessment (reason sentences) is equal to text
 * seen before but never the same instance: {@code String.hashCode} computes its hash again and
 * {@code equals} compares it in full, both a char at a time under C1, about 120 ns for a
 * sentence of 70 characters. {@link #writeBuiltValue} keys such text by its Latin-1 bytes
 * instead, copied out of the string in one go, hashed with CRC32 and compared with
 * {@code Arrays.equals}, which C1 too compiles to vector instructions: about 35 ns. It has a
 * table of its own, so that the look-ups of the other texts keep using their cached hashes.
 */
final class RecurringTexts {

    private final JsonFactory factory;
    private final int capacity;

    /** Power-of-two length, at most half full, so that probes stay short. Replaced when grown. */
    private volatile PreEncodedText[] table = new PreEncodedText[256];

    /** The same for {@link #writeBuiltValue}, keyed by Latin-1 bytes. */
    private volatile Built[] built = new Built[256];

    /** Entries held in each table; guarded by {@code this}. The capacity bounds their sum. */
    private int size;
    private int builtSize;

    /**
     * An entry of the table of built texts: the text's Latin-1 bytes, their CRC32, and whether
     * equal bytes mean an equal string. They do unless the bytes hold a {@code '?'}: a character
     * outside Latin-1 becomes {@code '?'} too, so such text is compared as strings.
     *
     * <p>Built texts are reasons' sentences, so an entry also keeps the first whole reason met
     * with its sentence, encoded (see {@link WholeReason}); set without a lock, since any
     * reason kept is checked against the reason at hand before it is used.
     */
    static final class Built {
        private final int hash;
        private final byte[] latin1;
        private final boolean bytesDecide;
        private final PreEncodedText text;
        private volatile WholeReason reason;

        private Built(int hash, byte[] latin1, boolean bytesDecide, PreEncodedText text) {
            this.hash = hash;
            this.latin1 = latin1;
            this.bytesDecide = bytesDecide;
            this.text = text;
        }

        private int hash() {
            return hash;
        }

        /** The whole reason kept with this sentence, or null before one is. */
        WholeReason reason() {
            return reason;
        }

        void keep(WholeReason whole) {
            reason = whole;
        }
    }

    RecurringTexts(JsonFactory factory, int capacity) {
        this.factory = factory;
        this.capacity = capacity;
    }

    /** Writes {@code value} as a string value, or {@code null} as a JSON null. */
    void writeValue(JsonGenerator g, String value) throws IOException {
        if (value == null) {
            g.writeNull();
            return;
        }
        SerializableString known = lookUp(value);
        if (known != null) {
            g.writeString(known);
        } else {
            g.writeString(value);
        }
    }

    /**
     * Writes {@code value}, text built afresh for each report, as a string value, or
     * {@code null} as a JSON null. The same bytes as {@link #writeValue}, found more cheaply
     * for such text; slower for text that is the same instance every time.
     */
    void writeBuiltValue(JsonGenerator g, String value) throws IOException {
        if (value == null) {
            g.writeNull();
            return;
        }
        Built known = built(value);
        if (known != null) {
            g.writeString(known.text);
        } else {
            g.writeString(value);
        }
    }

    /**
     * The entry of {@code value}, text built afresh for each report, found as cheaply as
     * {@link #writeBuiltValue} finds it, or added; null when the cache is full and the text new.
     */
    Built built(String value) {
        // A copy of the string's bytes for Latin-1 text; other text has '?' for the characters
        // outside Latin-1 (see Built).
        byte[] latin1 = value.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(latin1, 0, latin1.length);
        int hash = (int) crc.getValue();
        Built known = findBuilt(built, value, latin1, hash);
        return known != null ? known : addBuilt(value, latin1, hash);
    }

    /** Writes {@code name} as a field name. */
    void writeName(JsonGenerator g, String name) throws IOException {
        SerializableString known = lookUp(name);
        if (known != null) {
            g.writeFieldName(known);
        } else {
            g.writeFieldName(name);
        }
    }

    /** How many texts are held; for tests of the bound. */
    synchronized int size() {
        return size + builtSize;
    }

    // Null when the cache is full and the text new: encoding it here only to write it once
    // would cost more than writing it plainly.
    private PreEncodedText lookUp(String value) {
        int hash = value.hashCode();
        PreEncodedText known = find(table, value, hash);
        return known != null ? known : add(value, hash);
    }

    private static PreEncodedText find(PreEncodedText[] t, String value, int hash) {
        int mask = t.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            PreEncodedText e = t[i];
            if (e == null) {
                return null;
            }
            // By reference first: most texts are the instances that were added.
            String key = e.getValue();
            if (key == value || (e.hash() == hash && key.equals(value))) {
                return e;
            }
        }
    }

    private synchronized PreEncodedText add(String value, int hash) {
        PreEncodedText[] t = table;
        PreEncodedText known = find(t, value, hash);
        if (known != null || size + builtSize >= capacity) {
            return known;
        }
        PreEncodedText fresh = PreEncodedText.of(factory, value);
        table = placed(t, size, fresh, PreEncodedText::hash);
        size++;
        return fresh;
    }

    private static Built findBuilt(Built[] t, String value, byte[] latin1, int hash) {
        int mask = t.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            Built e = t[i];
            if (e == null) {
                return null;
            }
            if (e.hash == hash && Arrays.equals(e.latin1, latin1)
                    && (e.bytesDecide || e.text.getValue().equals(value))) {
                return e;
            }
        }
    }

    private synchronized Built addBuilt(String value, byte[] latin1, int hash) {
        Built[] t = built;
        Built known = findBuilt(t, value, latin1, hash);
        if (known != null || size + builtSize >= capacity) {
            return known;
        }
        boolean bytesDecide = true;
        for (byte b : latin1) {
            if (b == '?') {
                bytesDecide = false;
                break;
            }
        }
        Built fresh = new Built(hash, latin1, bytesDecide, PreEncodedText.of(factory, value));
        built = placed(t, builtSize, fresh, Built::hash);
        builtSize++;
        return fresh;
    }

    /**
     * Puts {@code fresh} in {@code t}, which holds {@code count} entries, and returns the table to
     * use from then on: {@code t} itself, or a new one twice as long, with every entry placed
     * again, when {@code t} would be more than half full.
     */
    private static <E> E[] placed(E[] t, int count, E fresh, ToIntFunction<E> hashOf) {
        E[] target = t;
        if (2 * (count + 1) > t.length) {
            @SuppressWarnings("unchecked")
            E[] grown = (E[]) Array.newInstance(t.getClass().getComponentType(), 2 * t.length);
            for (E e : t) {
                if (e != null) {
                    put(grown, e, hashOf.applyAsInt(e));
                }
            }
            target = grown;
        }
        put(target, fresh, hashOf.applyAsInt(fresh));
        return target;
    }

    private static <E> void put(E[] t, E e, int hash) {
        int mask = t.length - 1;
        int i = spread(hash) & mask;
        while (t[i] != null) {
            i = (i + 1) & mask;
        }
        t[i] = e;
    }

    // Strings that differ only at the end differ in the low bits of their hash; with linear
    // probing that clusters, so the high bits are folded in.
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
