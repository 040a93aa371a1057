package org.raitoolkit.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.raitoolkit.model.FactField;
import org.raitoolkit.model.FactKind;
import org.raitoolkit.model.FactSection;
import org.raitoolkit.web.internal.Fields.Option;

/**
 * The typed fact sections of a system profile as form fields, made from what each rule set
 * declares: label, help, kind and allowed values. Field names are
 * {@code system.<section key>.<fact>}, so that a form reads back as an answer file does. The web
 * code knows no rule set by name.
 */
final class SectionFields {

    private SectionFields() {
    }

    /** One section on the profile step: shown open when its rule set runs here or when facts or problems are given. */
    record SectionView(String key, String title, String description, boolean enabled, boolean open, List<Fields.Field> fields) {
    }

    static String prefix(FactSection<?> section) {
        return "system." + section.key() + ".";
    }

    /** One view per section, in the order the rule sets declare them. */
    static List<SectionView> views(List<FactSection<?>> sections, List<FactSection<?>> enabled, Fields form, Params params,
                                   java.util.Set<String> problemFields) {
        List<SectionView> views = new ArrayList<>();
        for (FactSection<?> section : sections) {
            String prefix = prefix(section);
            boolean given = params.names().stream().anyMatch(n -> n.startsWith(prefix) && params.has(n))
                    || problemFields.stream().anyMatch(k -> k.startsWith(prefix));
            views.add(new SectionView(section.key(), section.title(), section.description(),
                    enabled.stream().anyMatch(s -> s.key().equals(section.key())), given, fields(section, form)));
        }
        return views;
    }

    private static List<Fields.Field> fields(FactSection<?> section, Fields form) {
        List<Fields.Field> fields = new ArrayList<>();
        for (FactField fact : section.fields()) {
            String name = prefix(section) + fact.name();
            String help = fact.requiredWhen().isEmpty() ? fact.help() : fact.help() + " Required " + fact.requiredWhenText() + ".";
            fields.add(switch (fact.kind()) {
                case YES_NO -> form.select(name, fact.label(), help, List.of(Option.of("true", "Yes"), Option.of("false", "No")), "Not stated");
                case ONE_OF -> form.select(name, fact.label(), help, options(fact), "Not stated");
                case SOME_OF -> form.checkboxes(name, fact.label(), help, options(fact), "columns");
                case WHOLE_NUMBER, DATE -> form.text(name, fact.label(), help, 12, false);
                case TEXT -> form.text(name, fact.label(), help, fact.max() == null ? 1000 : fact.max().intValue(), false);
            });
        }
        return fields;
    }

    private static List<Option> options(FactField fact) {
        return fact.allowedValues().stream().map(v -> Option.of(v, Words.sentence(v))).toList();
    }

    /** Puts the facts each section has in {@code params} under its key in {@code system}; sections with none stay out. */
    static void toTree(List<FactSection<?>> sections, Params params, ObjectNode system) {
        for (FactSection<?> section : sections) {
            ObjectNode facts = system.objectNode();
            for (FactField fact : section.fields()) {
                String name = prefix(section) + fact.name();
                if (fact.kind() == FactKind.SOME_OF) {
                    List<String> values = params.all(name);
                    if (!values.isEmpty()) {
                        ArrayNode array = facts.putArray(fact.name());
                        values.forEach(array::add);
                    }
                    continue;
                }
                String value = params.get(name);
                if (value.isEmpty()) {
                    continue;
                }
                // Typed where the text allows; otherwise as given, for the reader to refuse with its own words.
                if (fact.kind() == FactKind.YES_NO && (value.equals("true") || value.equals("false"))) {
                    facts.put(fact.name(), Boolean.parseBoolean(value));
                } else if (fact.kind() == FactKind.WHOLE_NUMBER && value.matches("-?\\d{1,18}")) {
                    facts.put(fact.name(), Long.parseLong(value));
                } else {
                    facts.put(fact.name(), value);
                }
            }
            if (!facts.isEmpty()) {
                system.set(section.key(), facts);
            }
        }
    }

    /** The facts of each section in a file's {@code system} tree as form fields. */
    static void fromTree(List<FactSection<?>> sections, JsonNode system, Params params) {
        for (FactSection<?> section : sections) {
            JsonNode facts = system.path(section.key());
            if (!facts.isObject()) {
                continue;
            }
            facts.fields().forEachRemaining(e -> {
                if (e.getValue().isArray()) {
                    e.getValue().forEach(v -> params.add(prefix(section) + e.getKey(), v.asText()));
                } else if (e.getValue().isValueNode()) {
                    params.add(prefix(section) + e.getKey(), e.getValue().asText());
                }
            });
        }
    }

    /** "Section title: fact label" for a field of a section, for the problem summary; null when {@code field} is of none. */
    static String label(List<FactSection<?>> sections, String field) {
        for (FactSection<?> section : sections) {
            if (field.startsWith(prefix(section))) {
                String rest = field.substring(prefix(section).length());
                FactField fact = section.field(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
                return section.title() + ": " + (fact == null ? Words.sentence(rest) : fact.label());
            }
        }
        return null;
    }
}
