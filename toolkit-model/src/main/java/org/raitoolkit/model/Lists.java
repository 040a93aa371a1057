package org.raitoolkit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * Defensive copies for record components. Unlike {@code List.copyOf} these keep a {@code null}
 * element, so that Jakarta Validation can report it with its position instead of the constructor
 * failing with a bare NullPointerException.
 */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static <K, V> Map<K, V> copy(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
