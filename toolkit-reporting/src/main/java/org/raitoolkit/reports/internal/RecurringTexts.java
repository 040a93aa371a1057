package org.raitoolkit.reports.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;

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
 */
final class RecurringTexts {

    private final JsonFactory factory;
    private final int capacity;

    /** Power-of-two length, at most half full, so that probes stay short. Replaced when grown. */
    private volatile PreEncodedText[] table = new PreEncodedText[256];

    /** Entries held; guarded by {@code this}. */
    private int size;

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
        return size;
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
        if (known != null || size >= capacity) {
            return known;
        }
        PreEncodedText fresh = PreEncodedText.of(factory, value);
        if (2 * (size + 1) > t.length) {
            PreEncodedText[] grown = new PreEncodedText[2 * t.length];
            for (PreEncodedText e : t) {
                if (e != null) {
                    put(grown, e);
                }
            }
            put(grown, fresh);
            table = grown;
        } else {
            put(t, fresh);
        }
        size++;
        return fresh;
    }

    private static void put(PreEncodedText[] t, PreEncodedText e) {
        int mask = t.length - 1;
        int i = spread(e.hash()) & mask;
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
