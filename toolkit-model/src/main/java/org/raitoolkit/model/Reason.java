package org.raitoolkit.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Why part of a result is what it is: the rule that produced it, the inputs it matched and a
 * sentence a person can read.
 *
 * @param ruleId the {@code @id} of the rule that fired
 * @param text what the rule concluded, in words
 * @param matched the inputs the rule matched, by name, as text
 */
public record Reason(String ruleId, String text, Map<String, String> matched) {

    public Reason {
        // Inputs are immutable and made only here, so they need no copy.
        matched = matched instanceof Inputs ? matched : Lists.copy(matched);
    }

    /** A reason with no matched inputs listed. */
    public static Reason of(String ruleId, String text) {
        return new Reason(ruleId, text, Map.of());
    }

    /**
     * A reason whose matched inputs are given as name/value pairs, each turned into text with
     * {@link String#valueOf(Object)}, in the order given. A name given twice keeps its first
     * place and takes its last value.
     *
     * <p>The rules make a few hundred reasons per assessment, each with a few inputs: this builds
     * the inputs once, in a small array, where a map filled and then copied by the constructor
     * cost two hash maps per reason.
     *
     * @param pairs name, value, name, value, ... for example {@code "factor", "RF-X", "likelihood", 4}
     * @throws IllegalArgumentException if {@code pairs} has an odd number of elements
     */
    public static Reason withInputs(String ruleId, String text, Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("matched inputs come in name/value pairs; got " + pairs.length + " elements");
        }
        return new Reason(ruleId, text, new Inputs(pairs));
    }

    /** An immutable map that keeps its entries in the order given, for a handful of entries. */
    private static final class Inputs extends AbstractMap<String, String> {

        /** Names at even indexes, each followed by its value. */
        private final String[] flat;

        Inputs(Object[] pairs) {
            String[] entries = new String[pairs.length];
            int size = 0;
            for (int i = 0; i < pairs.length; i += 2) {
                String name = String.valueOf(pairs[i]);
                String value = String.valueOf(pairs[i + 1]);
                int at = indexOf(entries, size, name);
                if (at >= 0) {
                    entries[at + 1] = value;
                } else {
                    entries[size++] = name;
                    entries[size++] = value;
                }
            }
            this.flat = size == entries.length ? entries : java.util.Arrays.copyOf(entries, size);
        }

        private static int indexOf(String[] entries, int size, Object name) {
            for (int i = 0; i < size; i += 2) {
                if (entries[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int size() {
            return flat.length / 2;
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(flat, flat.length, key) >= 0;
        }

        @Override
        public String get(Object key) {
            int at = indexOf(flat, flat.length, key);
            return at >= 0 ? flat[at + 1] : null;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return flat.length / 2;
                }

                @Override
                public Iterator<Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < flat.length;
                        }

                        @Override
                        public Entry<String, String> next() {
                            if (next >= flat.length) {
                                throw new NoSuchElementException();
                            }
                            Entry<String, String> e = new SimpleImmutableEntry<>(flat[next], flat[next + 1]);
                            next += 2;
                            return e;
                        }
                    };
                }
            };
        }
    }
}
