package org.raitoolkit.content.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@link ShapeCheck} needs to know of a record or enum type, read by reflection once per
 * type and kept with the type: {@code Class.getRecordComponents} and the generic signatures
 * behind it are read anew on every call, which showed in profiles of the batch.
 */
final class TypeShapes {

    private static final ClassValue<RecordShape> RECORDS = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    private static final ClassValue<EnumShape> ENUMS = new ClassValue<>() {
        @Override
        protected EnumShape computeValue(Class<?> type) {
            return EnumShape.of(type);
        }
    };

    private TypeShapes() {
    }

    /** The shape of the record type {@code type}. */
    static RecordShape record(Class<?> type) {
        return RECORDS.get(type);
    }

    /** The shape of the enum type {@code type}. */
    static EnumShape enumeration(Class<?> type) {
        return ENUMS.get(type);
    }

    /** One component of a record: its name, its class, and its generic type (for list and map elements). */
    record Component(String name, Class<?> type, Type genericType) {
    }

    /**
     * A record type's components in declaration order, each one's position in that order by
     * name, the names as messages list them, and whether the record ignores properties it does
     * not know.
     */
    record RecordShape(List<Component> components, Map<String, Integer> positions, String allowed, boolean ignoreUnknown) {

        static RecordShape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            JsonIgnoreProperties ignore = type.getAnnotation(JsonIgnoreProperties.class);
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < components.length; i++) {
                positions.put(components[i].getName(), i);
            }
            return new RecordShape(
                    Arrays.stream(components).map(c -> new Component(c.getName(), c.getType(), c.getGenericType())).toList(),
                    Collections.unmodifiableMap(positions),
                    Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(", ")),
                    ignore != null && ignore.ignoreUnknown());
        }
    }

    /**
     * An enum type's constant names, as a set and as messages list them, and its static
     * {@code parse(String)} factory, which the model gives enums with lenient spellings
     * ({@code null} if it has none).
     */
    record EnumShape(Set<String> constants, String names, Method parse) {

        static EnumShape of(Class<?> type) {
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return new EnumShape(Set.copyOf(constants), String.join(", ", constants), parser(type));
        }

        private static Method parser(Class<?> type) {
            try {
                Method m = type.getMethod("parse", String.class);
                return Modifier.isStatic(m.getModifiers()) ? m : null;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    }
}
