package org.raitoolkit.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.raitoolkit.model.Problem;

/**
 * Checks a parsed tree against the record type it will be bound to, before binding, and reports
 * every mismatch: unknown properties (naming the allowed ones), a list where an object belongs,
 * a word where a number belongs, empty list entries, and enum values outside their set (naming the
 * allowed values).
 *
 * <p>Jackson's binder stops at the first such error; walking the tree ourselves lets a person see
 * all of them at once. Missing and null values are left to Jakarta Validation, which knows which
 * are required, except missing numbers: a primitive has no null for validation to see.
 */
public final class ShapeCheck {

    /** What a value of a class must look like in the tree. */
    private enum Kind { RECORD, LIST, MAP, ENUM, WHOLE_NUMBER, NUMBER, BOOLEAN, TEXT, ANY }

    private ShapeCheck() {
    }

    /** Adds a problem to {@code problems} for every place where {@code tree} does not fit {@code type}. */
    public static void check(LocatedTree tree, Type type, List<Problem> problems) {
        check(tree, type, problems, Map.of());
    }

    /**
     * As {@link #check(LocatedTree, Type, List)}, where the mapping at each pointer of
     * {@code otherKeys} may also have those keys: sections read on their own, named in the list of
     * allowed properties when a key is unknown.
     */
    public static void check(LocatedTree tree, Type type, List<Problem> problems, Map<String, List<String>> otherKeys) {
        check(tree, tree.root(), PointerPath.ROOT, type, problems, otherKeys);
    }

    private static void check(LocatedTree tree, JsonNode node, PointerPath pointer, Type type, List<Problem> problems,
                              Map<String, List<String>> otherKeys) {
        if (node == null || node.isNull() || ProblemList.isFull(problems)) {
            // Full: no more problems will be listed, so none are looked for (or placed).
            return;
        }
        Class<?> raw = raw(type);
        Kind kind = kindOf(raw);
        if (kind == Kind.RECORD) {
            record(tree, node, pointer, raw, problems, otherKeys);
        } else if (kind == Kind.LIST) {
            if (!node.isArray()) {
                problems.add(tree.problem(pointer.toString(), "expected a list, found " + kind(node)));
                return;
            }
            Type element = argument(type, 0);
            for (int i = 0; i < node.size() && !ProblemList.isFull(problems); i++) {
                // No list of the model holds an absent value, and an empty entry ("- " or null)
                // would otherwise reach a constructor that copies the list into an EnumSet.
                if (node.get(i).isNull()) {
                    String at = pointer.index(i).toString();
                    // The reader turns a value it rejected (alias, too long, too deep) into null; said once is enough.
                    boolean reported = problems.stream().anyMatch(p -> p.pointer().equals(at) && p.source().equals(tree.source()));
                    if (!reported) {
                        problems.add(tree.problem(at, "empty list entry; remove it or write a value"));
                    }
                    continue;
                }
                check(tree, node.get(i), pointer.index(i), element, problems, otherKeys);
            }
        } else if (kind == Kind.MAP) {
            if (!node.isObject()) {
                problems.add(tree.problem(pointer.toString(), "expected a mapping of keys to values, found " + kind(node)));
                return;
            }
            Type value = argument(type, 1);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext() && !ProblemList.isFull(problems); ) {
                Map.Entry<String, JsonNode> e = it.next();
                check(tree, e.getValue(), pointer.key(e.getKey()), value, problems, otherKeys);
            }
        } else if (kind == Kind.ENUM) {
            enumValue(tree, node, pointer, raw, problems);
        } else if (kind == Kind.WHOLE_NUMBER) {
            if (!node.isIntegralNumber()) {
                problems.add(tree.problem(pointer.toString(), "expected a whole number, found " + kind(node)));
            } else if (!node.canConvertToInt()) {
                problems.add(tree.problem(pointer.toString(), "number " + node.asText() + " is out of range"));
            }
        } else if (kind == Kind.NUMBER) {
            if (!node.isNumber()) {
                problems.add(tree.problem(pointer.toString(), "expected a number, found " + kind(node)));
            }
        } else if (kind == Kind.BOOLEAN) {
            if (!node.isBoolean()) {
                problems.add(tree.problem(pointer.toString(), "expected true or false, found " + kind(node)));
            }
        } else if (kind == Kind.TEXT) {
            if (!node.isValueNode()) {
                problems.add(tree.problem(pointer.toString(), "expected text, found " + kind(node)));
            }
        }
    }

    /** What a value of {@code raw} must look like in the tree. */
    private static Kind kindOf(Class<?> raw) {
        if (raw.isRecord()) {
            return Kind.RECORD;
        } else if (Collection.class.isAssignableFrom(raw)) {
            return Kind.LIST;
        } else if (Map.class.isAssignableFrom(raw)) {
            return Kind.MAP;
        } else if (raw.isEnum()) {
            return Kind.ENUM;
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return Kind.WHOLE_NUMBER;
        } else if (raw == double.class || raw == Double.class) {
            return Kind.NUMBER;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return Kind.BOOLEAN;
        } else if (raw == String.class) {
            return Kind.TEXT;
        }
        return Kind.ANY;
    }

    private static void record(LocatedTree tree, JsonNode node, PointerPath pointer, Class<?> raw, List<Problem> problems,
                               Map<String, List<String>> otherKeys) {
        TypeShapes.RecordShape shape = TypeShapes.record(raw);
        // The pointer as text only when some mapping may have other keys: most reads have none.
        List<String> others = otherKeys.isEmpty() ? null : otherKeys.get(pointer.toString());
        String allowed = others == null || others.isEmpty() ? shape.allowed() : shape.allowed() + ", " + String.join(", ", others);
        if (!node.isObject() && shape.textForm() && node.isTextual()) {
            return;
        }
        if (!node.isObject()) {
            problems.add(tree.problem(pointer.toString(), "expected a mapping with the properties "
                    + allowed + ", found " + kind(node)));
            return;
        }
        // One pass over the mapping finds both its unknown keys and each component's value: a
        // lookup per key, instead of one per key for the check and another per component.
        List<TypeShapes.Component> components = shape.components();
        JsonNode[] values = new JsonNode[components.size()];
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Integer at = shape.positions().get(e.getKey());
            if (at != null) {
                values[at] = e.getValue();
            } else if (!shape.ignoreUnknown() && !ProblemList.isFull(problems)) {
                // A record that reads one section of a larger file says so, and the rest is not its business.
                // Where sections may be, a mapping under an unknown key is most likely the facts of
                // a rule set this reader was not given: say so, and what to do.
                String closest = closest(e.getKey(), shape, others);
                String hint = closest != null ? "; did you mean '" + closest + "'?"
                        : others != null && e.getValue().isObject()
                        ? "; a mapping here holds the typed facts of a rule set, and no rule set known to this reader "
                        + "declares '" + e.getKey() + "': add the rule set that reads it, or remove the section" : "";
                problems.add(tree.problem(pointer.key(e.getKey()).toString(),
                        "unknown property '" + e.getKey() + "'; allowed: " + allowed + hint));
            }
        }
        for (int i = 0; i < values.length; i++) {
            TypeShapes.Component c = components.get(i);
            JsonNode child = values[i];
            Class<?> type = c.type();
            // A number has no "absent" value that validation could see, so a missing one is said
            // here; a missing true/false means false, as the model documents.
            if ((child == null || child.isNull()) && type.isPrimitive() && type != boolean.class) {
                problems.add(tree.problem(pointer.key(c.name()).toString(), "missing value; expected "
                        + (type == double.class || type == float.class ? "a number" : "a whole number")));
                continue;
            }
            check(tree, child, pointer.key(c.name()), c.genericType(), problems, otherKeys);
        }
    }

    /**
     * The allowed name that {@code key} is most likely a slip for: the same but for case, or at
     * most one edit away (two for names of eight letters or more); {@code null} when none is.
     */
    private static String closest(String key, TypeShapes.RecordShape shape, List<String> others) {
        String best = null;
        int bestDistance = key.length() >= 8 ? 3 : 2;
        List<String> names = new java.util.ArrayList<>();
        shape.components().forEach(c -> names.add(c.name()));
        if (others != null) {
            names.addAll(others);
        }
        for (String name : names) {
            int d = name.equalsIgnoreCase(key) ? 0 : org.raitoolkit.content.Spelling.distance(key, name, bestDistance);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * A copy of {@code root} without the values at {@code pointers}, which {@link #check} found
     * misshapen: properties are removed, list entries set to null. Binding what is left lets one
     * run report constraint violations in the rest of the file too.
     *
     * @return the pruned copy, or empty if the root itself is misshapen
     */
    static java.util.Optional<JsonNode> prune(JsonNode root, java.util.Collection<String> pointers) {
        JsonNode copy = root.deepCopy();
        for (String pointer : pointers) {
            if (pointer.isEmpty()) {
                return java.util.Optional.empty();
            }
            com.fasterxml.jackson.core.JsonPointer at = com.fasterxml.jackson.core.JsonPointer.compile(pointer);
            JsonNode parent = copy.at(at.head());
            String leaf = at.last().getMatchingProperty();
            if (parent instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
                object.remove(leaf);
            } else if (parent instanceof com.fasterxml.jackson.databind.node.ArrayNode array && at.last().getMatchingIndex() >= 0
                    && at.last().getMatchingIndex() < array.size()) {
                array.set(at.last().getMatchingIndex(), com.fasterxml.jackson.databind.node.NullNode.getInstance());
            }
        }
        return java.util.Optional.of(copy);
    }

    private static void enumValue(LocatedTree tree, JsonNode node, PointerPath pointer, Class<?> raw, List<Problem> problems) {
        TypeShapes.EnumShape shape = TypeShapes.enumeration(raw);
        if (!node.isValueNode()) {
            problems.add(tree.problem(pointer.toString(), "expected one of " + shape.names() + ", found " + kind(node)));
            return;
        }
        String text = node.asText();
        if (shape.parse() != null) {
            try {
                shape.parse().apply(text);
            } catch (RuntimeException e) {
                // The factory's own message, such as "'5' is not a likelihood; use 1-5 or ...".
                problems.add(tree.problem(pointer.toString(), e.getMessage()));
            }
        } else if (!node.isTextual() || !shape.constants().contains(text)) {
            problems.add(tree.problem(pointer.toString(), "'" + text + "' is not allowed; allowed: " + shape.names()));
        }
    }

    private static String kind(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            String t = node.asText();
            return "the text '" + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + "'";
        }
        return "'" + node.asText() + "'";
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
