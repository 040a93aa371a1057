package org.raitoolkit.reports.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts that recur in report after report (field names, content pack titles and texts, rule ids,
 * reason sentences), each encoded once for one factory and then copied as bytes. Most of a risk
 * report is such text, and encoding it again for every report was a quarter of a batch's CPU.
 *
 * <p>Bounded: once {@code capacity} texts are held, further ones are written plainly and not
 * kept, so a run over many inputs cannot grow it without end. Concurrent writers may together
 * add a few texts beyond the capacity, no more than one each. Callers pass only text that comes
 * from the content pack or the rules, never user input such as a system's name or purpose:
 * that would fill the cache with texts that do not recur. Thread-safe.
 */
final class RecurringTexts {

    private final JsonFactory factory;
    private final int capacity;
    private final Map<String, PreEncodedText> encoded = new ConcurrentHashMap<>();

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
    int size() {
        return encoded.size();
    }

    // Null when the cache is full and the text new: encoding it here only to write it once
    // would cost more than writing it plainly.
    private PreEncodedText lookUp(String value) {
        PreEncodedText known = encoded.get(value);
        if (known != null || encoded.size() >= capacity) {
            return known;
        }
        PreEncodedText fresh = PreEncodedText.of(factory, value);
        PreEncodedText raced = encoded.putIfAbsent(value, fresh);
        return raced != null ? raced : fresh;
    }
}
