package org.raitoolkit.content.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
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
import java.util.function.Function;
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
     * not know, and whether it may be written as text instead of a mapping.
     */
    record RecordShape(List<Component> components, Map<String, Integer> positions, String allowed, boolean ignoreUnknown,
                       boolean textForm) {

        static RecordShape of(Class<?> type) {
            // A component the model keeps out of files (such as a profile's typed extensions, read
            // as sections of their own) is no property a file may give.
            RecordComponent[] components = Arrays.stream(type.getRecordComponents())
                    .filter(c -> !c.getAccessor().isAnnotationPresent(com.fasterxml.jackson.annotation.JsonIgnore.class))
                    .toArray(RecordComponent[]::new);
            JsonIgnoreProperties ignore = type.getAnnotation(JsonIgnoreProperties.class);
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < components.length; i++) {
                positions.put(components[i].getName(), i);
            }
            return new RecordShape(
                    Arrays.stream(components).map(c -> new Component(c.getName(), c.getType(), c.getGenericType())).toList(),
                    Collections.unmodifiableMap(positions),
                    Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(", ")),
                    ignore != null && ignore.ignoreUnknown(),
                    hasTextForm(type));
        }

        /** Whether the record may also be written as text: it has a static creator from one String. */
        private static boolean hasTextForm(Class<?> type) {
            return Arrays.stream(type.getMethods())
                    .anyMatch(m -> Modifier.isStatic(m.getModifiers())
                            && m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonCreator.class)
                            && m.getParameterCount() == 1 && m.getParameterTypes()[0] == String.class);
        }
    }

    /**
     * An enum type's constant names, as a set and as messages list them, and its static
     * {@code parse(String)} factory, which the model gives enums with lenient spellings
     * ({@code null} if it has none), as a function: called through {@link Method#invoke} it
     * showed in profiles of the batch (a few dozen calls per answer file).
     */
    record EnumShape(Set<String> constants, String names, Function<String, Object> parse) {

        static EnumShape of(Class<?> type) {
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return new EnumShape(Set.copyOf(constants), String.join(", ", constants), parser(type));
        }

        private static Function<String, Object> parser(Class<?> type) {
            Method m;
            try {
                m = type.getMethod("parse", String.class);
            } catch (NoSuchMethodException e) {
                return null;
            }
            if (!Modifier.isStatic(m.getModifiers())) {
                return null;
            }
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                MethodHandle target = lookup.unreflect(m);
                @SuppressWarnings("unchecked")
                Function<String, Object> f = (Function<String, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                        MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                        target, MethodType.methodType(m.getReturnType().isPrimitive() ? Object.class : m.getReturnType(), String.class))
                        .getTarget().invoke();
                return f;
            } catch (Throwable e) {
                // Not expected for a public static method; reflection then, as before.
                return text -> {
                    try {
                        return m.invoke(null, text);
                    } catch (InvocationTargetException ite) {
                        throw ite.getCause() instanceof RuntimeException r ? r : new IllegalArgumentException(ite.getCause().getMessage(), ite.getCause());
                    } catch (IllegalAccessException iae) {
                        throw new IllegalStateException(iae);
                    }
                };
            }
        }
    }
}
