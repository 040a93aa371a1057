package org.raitoolkit.web.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a submitted form, or of answers read from a file, by name, in the order given.
 * A name may carry several values (check boxes). This is the only state the web app has, and it
 * lives in the page: every form carries it back, so that the server keeps nothing between
 * requests. Mutable while a request builds it; not thread-safe.
 */
final class Params {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /** Adds {@code value} under {@code name}; a {@code null} value is ignored. */
    public Params add(String name, String value) {
        if (value != null) {
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return this;
    }

    /** Replaces every value under {@code name} with {@code value}, or removes the name when it is null or blank. */
    public Params set(String name, String value) {
        values.remove(name);
        if (value != null && !value.isBlank()) {
            add(name, value);
        }
        return this;
    }

    /** Removes {@code name}. */
    public void remove(String name) {
        values.remove(name);
    }

    /** The first value under {@code name}, stripped, or {@code ""} when there is none. */
    public String get(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? "" : list.get(0).strip();
    }

    /** The first value under {@code name}, exactly as given, or {@code ""}. */
    public String raw(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? "" : list.get(0);
    }

    /** Every non-blank value under {@code name}, stripped, in order. */
    public List<String> all(String name) {
        List<String> list = values.get(name);
        if (list == null) {
            return List.of();
        }
        return list.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** Whether {@code name} has a non-blank value. */
    public boolean has(String name) {
        return !get(name).isEmpty() || !all(name).isEmpty();
    }

    /** Every name given, in order. */
    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** Every value under {@code name}, exactly as given (for carrying them on unchanged). */
    List<String> rawValues(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The number of values, all names together. */
    public int size() {
        return values.values().stream().mapToInt(List::size).sum();
    }
}
