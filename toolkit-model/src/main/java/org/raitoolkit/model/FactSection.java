package org.raitoolkit.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The typed facts that an extension rule set reads from a risk answer file, under one key of its
 * {@code system} section (for example {@code system.nationalWarrant}). The facts are the components of a
 * record; the section gives each one a help text and, where it applies, the conditions under which
 * it is required. Readers validate the section like the rest of the file, with line and pointer;
 * the engine inserts the record as a fact that the rule set's rules match; templates, forms, the
 * JSON Schema and reports are made from the same declaration. Immutable and thread-safe.
 *
 * @param <T> the record that holds the facts
 */
public final class FactSection<T extends Record> {

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,49}");

    private final String key;
    private final String title;
    private final String description;
    private final Class<T> type;
    private final List<FactField> fields;
    private final List<RecordComponent> components;

    private FactSection(Builder<T> b, List<FactField> fields) {
        this.key = b.key;
        this.title = b.title;
        this.description = b.description;
        this.type = b.type;
        this.fields = List.copyOf(fields);
        this.components = List.of(b.type.getRecordComponents());
    }

    /**
     * A builder for the section {@code key} (a name such as {@code nationalWarrant}: a lower-case letter,
     * then letters and digits) whose facts are the components of {@code type}.
     */
    public static <T extends Record> Builder<T> builder(String key, Class<T> type) {
        return new Builder<>(key, type);
    }

    /** The key under {@code system} in answer files. */
    public String key() { return key; }

    /** A short title for forms and reports, for example "National warrant". */
    public String title() { return title; }

    /** What the section is for, in a sentence or two. */
    public String description() { return description; }

    /** The record that holds the facts. */
    public Class<T> type() { return type; }

    /** The facts, in the record's component order. */
    public List<FactField> fields() { return fields; }

    /** The fact named {@code name}, or {@code null}. */
    public FactField field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * The values of {@code facts} by fact name, in component order, leaving out absent ones
     * ({@code null}, or an empty set).
     *
     * @throws IllegalArgumentException if {@code facts} is not of this section's type
     */
    public Map<String, Object> values(Record facts) {
        if (!type.isInstance(facts)) {
            throw new IllegalArgumentException("facts of " + facts.getClass().getSimpleName() + " do not belong to section " + key);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            Object v;
            try {
                v = c.getAccessor().invoke(facts);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read fact " + c.getName() + " of section " + key, e);
            }
            if (v != null && !(v instanceof java.util.Collection<?> col && col.isEmpty())) {
                values.put(c.getName(), v);
            }
        }
        return values;
    }

    /**
     * The facts that {@code facts} leaves out although a condition of theirs holds: each fact's
     * name with the first such condition, in component order. Empty when nothing required is missing.
     */
    public Map<String, FactCondition> missingRequired(Record facts) {
        Map<String, Object> values = values(facts);
        Map<String, FactCondition> missing = new LinkedHashMap<>();
        for (FactField f : fields) {
            if (!values.containsKey(f.name())) {
                f.requiredWhen().stream().filter(c -> c.holdsFor(values.get(c.field()))).findFirst()
                        .ifPresent(c -> missing.put(f.name(), c));
            }
        }
        return missing;
    }

    @Override
    public String toString() {
        return "FactSection[" + key + ", " + type.getSimpleName() + ", " + fields.size() + " facts]";
    }

    /** Declares a {@link FactSection}; every component of the record needs a help text. Not thread-safe. */
    public static final class Builder<T extends Record> {
        private final String key;
        private final Class<T> type;
        private String title;
        private String description = "";
        private final Map<String, String> help = new LinkedHashMap<>();
        private final Map<String, List<FactCondition>> conditions = new LinkedHashMap<>();

        private Builder(String key, Class<T> type) {
            this.key = Objects.requireNonNull(key, "key");
            this.type = Objects.requireNonNull(type, "type");
            this.title = key;
        }

        /** The section's title for forms and reports. */
        public Builder<T> title(String value) { this.title = Objects.requireNonNull(value, "title"); return this; }

        /** What the section is for. */
        public Builder<T> description(String value) { this.description = Objects.requireNonNull(value, "description"); return this; }

        /** The help text of the fact {@code name}. */
        public Builder<T> field(String name, String helpText) {
            help.put(name, helpText);
            return this;
        }

        /** Makes {@code name} required when {@code otherField} has one of {@code values}; may be given more than once. */
        public Builder<T> requiredWhen(String name, String otherField, String... values) {
            conditions.computeIfAbsent(name, n -> new ArrayList<>()).add(new FactCondition(otherField, Arrays.asList(values)));
            return this;
        }

        /**
         * The section.
         *
         * @throws IllegalArgumentException listing every problem with the declaration: a bad key, a
         *     component without help text or of a type answer files cannot hold, help for a fact the
         *     record does not have, a condition on an unknown fact or with a value it cannot take
         */
        public FactSection<T> build() {
            List<String> problems = new ArrayList<>();
            if (!KEY.matcher(key).matches()) {
                problems.add("key '" + key + "' must be a lower-case letter followed by letters and digits (at most 50)");
            }
            Map<String, FactField> byName = new LinkedHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                String text = help.get(c.getName());
                if (text == null || text.isBlank()) {
                    problems.add("fact '" + c.getName() + "' has no help text");
                    continue;
                }
                FactField f = describe(c, text, conditions.getOrDefault(c.getName(), List.of()), problems);
                if (f != null) {
                    byName.put(f.name(), f);
                }
            }
            Set<String> names = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(java.util.stream.Collectors.toSet());
            help.keySet().stream().filter(n -> !names.contains(n))
                    .forEach(n -> problems.add("help given for '" + n + "', which " + type.getSimpleName() + " does not have"));
            conditions.forEach((name, list) -> {
                if (!names.contains(name)) {
                    problems.add("condition given for '" + name + "', which " + type.getSimpleName() + " does not have");
                }
                for (FactCondition c : list) {
                    FactField other = byName.get(c.field());
                    if (other == null) {
                        problems.add("'" + name + "' is required when '" + c.field() + "' has a value, but there is no such fact");
                    } else {
                        List<String> allowed = other.kind() == FactKind.YES_NO ? List.of("true", "false") : other.allowedValues();
                        c.values().stream().filter(v -> !allowed.contains(v)).forEach(v -> problems.add("'" + name
                                + "' is required when '" + c.field() + "' is " + v + ", which it cannot be; allowed: " + allowed));
                    }
                }
            });
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("fact section " + key + " is not valid: " + String.join("; ", problems));
            }
            return new FactSection<>(this, new ArrayList<>(byName.values()));
        }

        private static FactField describe(RecordComponent c, String text, List<FactCondition> when, List<String> problems) {
            Class<?> raw = c.getType();
            // Constraint annotations do not target record components; Java copies them onto the accessor.
            Min min = c.getAccessor().getAnnotation(Min.class);
            Max max = c.getAccessor().getAnnotation(Max.class);
            Size size = c.getAccessor().getAnnotation(Size.class);
            Long lo = min == null ? null : min.value();
            Long hi = max == null ? null : max.value();
            if (raw == Boolean.class || raw == boolean.class) {
                return new FactField(c.getName(), text, FactKind.YES_NO, List.of(), null, null, when);
            }
            if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
                return new FactField(c.getName(), text, FactKind.WHOLE_NUMBER, List.of(), lo, hi, when);
            }
            if (raw == LocalDate.class) {
                return new FactField(c.getName(), text, FactKind.DATE, List.of(), null, null, when);
            }
            if (raw == String.class) {
                return new FactField(c.getName(), text, FactKind.TEXT, List.of(), null,
                        size == null ? null : (long) size.max(), when);
            }
            if (raw.isEnum()) {
                return new FactField(c.getName(), text, FactKind.ONE_OF, constants(raw), null, null, when);
            }
            if (raw == Set.class && c.getGenericType() instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isEnum()) {
                return new FactField(c.getName(), text, FactKind.SOME_OF, constants(element), null, null, when);
            }
            Type t = c.getGenericType();
            problems.add("fact '" + c.getName() + "' is of type " + t.getTypeName() + ", which an answer file cannot hold; "
                    + "allowed: Boolean, Integer, Long, LocalDate, String, an enum, or a Set of an enum");
            return null;
        }

        private static List<String> constants(Class<?> enumType) {
            return Arrays.stream(enumType.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
        }
    }
}
