package org.raitoolkit.content.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.raitoolkit.model.Problem;

/**
 * Turns a checked tree into model objects and validates them with Jakarta Validation, reporting
 * every violation at its place in the file.
 */
public final class Binder {

    /** Shared: thread-safe once configured. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Off: a missing true/false means false (ShapeCheck reports missing numbers itself).
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    /**
     * The validator, made on first use and then shared (it is thread-safe): Hibernate Validator's
     * bootstrap costs about half a second of start-up, which a program that loads the default
     * pack and validates nothing should not pay. The class holder makes it lazy and thread-safe.
     */
    private static final class Shared {
        static final Validator VALIDATOR = factory().getValidator();

        /**
         * Named provider, so no service lookup over the class path; parameters-only messages,
         * since ours and the built-in ones of the constraints we use ({@code {min}},
         * {@code {value}}, ...) need no expression language; and no {@code validation.xml}, so
         * that an application's own configuration cannot change what a pack or answer file means.
         */
        private static ValidatorFactory factory() {
            return Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .ignoreXmlConfiguration()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
        }
    }

    private Binder() {
    }

    /** The shared validator, for objects built in code. */
    public static Validator validator() {
        return Shared.VALIDATOR;
    }

    /**
     * Checks the shape of {@code tree}, binds it to {@code type} and validates the result.
     * Problems go into {@code problems}; the object is returned only if there were none.
     */
    public static <T> Optional<T> bind(LocatedTree tree, Class<T> type, List<Problem> problems) {
        return bind(tree, type, problems, value -> List.of());
    }

    /**
     * As {@link #bind(LocatedTree, Class, List)}, and runs {@code checks} (checks against a pack,
     * located by JSON pointer) on the bound object, or, when the file has shape problems, on
     * what is left once the misshapen values are pruned: so an off-scale value does not hide an
     * unknown id in the same file.
     */
    public static <T> Optional<T> bind(LocatedTree tree, Class<T> type, List<Problem> problems,
                                       java.util.function.Function<T, List<Problem>> checks) {
        return bind(tree, type, problems, checks, Map.of());
    }

    /**
     * As {@link #bind(LocatedTree, Class, List, java.util.function.Function)}, where the mapping at
     * each pointer of {@code otherKeys} may also have those keys (see {@link ShapeCheck#check(LocatedTree,
     * java.lang.reflect.Type, List, Map)}); they must have been taken out of the tree before.
     */
    public static <T> Optional<T> bind(LocatedTree tree, Class<T> type, List<Problem> problems,
                                       java.util.function.Function<T, List<Problem>> checks,
                                       Map<String, List<String>> otherKeys) {
        int before = problems.size();
        // The reader turned each value it rejected (too long, too deep, an alias) into null and said
        // why; left in, validation would add "must not be null" about the same value.
        List<String> rejected = problems.subList(0, before).stream()
                .filter(p -> p.source().equals(tree.source()) && !p.pointer().isEmpty() && isNullIn(tree, p.pointer()))
                .map(Problem::pointer).toList();
        ShapeCheck.check(tree, type, problems, otherKeys);
        if (ProblemList.isFull(problems)) {
            // No more problems will be listed: binding and validating the rest would find none to show.
            return Optional.empty();
        }
        List<String> misshapen = new ArrayList<>(rejected);
        problems.subList(before, problems.size()).forEach(p -> misshapen.add(p.pointer()));
        if (!misshapen.isEmpty()) {
            // Bind and validate the rest anyway, so that one run shows every problem in the file.
            // Whatever fails here is explained by the shape problems already reported.
            ShapeCheck.prune(tree.root(), misshapen).ifPresent(pruned -> {
                try {
                    T rest = MAPPER.treeToValue(pruned, type);
                    if (rest != null) {
                        List<Problem> more = new ArrayList<>();
                        validate(rest, more, tree::problem, misshapen, ProblemList.room(problems));
                        for (Problem p : checks.apply(rest)) {
                            if (more.size() >= ProblemList.room(problems)) {
                                break;
                            }
                            more.add(tree.problem(p.pointer(), p.message()));
                        }
                        problems.addAll(more);
                    }
                } catch (Exception e) {
                    // Nothing to add: the shape problems say what is wrong.
                }
            });
            return Optional.empty();
        }
        T value;
        try {
            value = MAPPER.treeToValue(tree.root(), type);
        } catch (JsonMappingException e) {
            problems.add(tree.problem(pointer(e), bindingMessage(e)));
            return Optional.empty();
        } catch (Exception e) {
            problems.add(tree.problem("", "could not be read: " + TreeReader.withoutJavaNames(String.valueOf(e.getMessage()))));
            return Optional.empty();
        }
        if (value == null) {
            problems.add(tree.problem("", "is empty; expected a mapping"));
            return Optional.empty();
        }
        validate(value, problems, tree::problem, List.of(), ProblemList.room(problems));
        for (Problem p : checks.apply(value)) {
            if (ProblemList.isFull(problems)) {
                // Not listed, but counted: placing it would cost a pass over the file.
                problems.add(p);
                continue;
            }
            problems.add(tree.problem(p.pointer(), p.message()));
        }
        return problems.size() > before ? Optional.empty() : Optional.of(value);
    }

    private static boolean isNullIn(LocatedTree tree, String pointer) {
        try {
            return tree.root().at(com.fasterxml.jackson.core.JsonPointer.compile(pointer)).isNull();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Places a problem given its JSON pointer and message. */
    @FunctionalInterface
    public interface Locator {
        Problem at(String pointer, String message);
    }

    /** Validates {@code value}, adding one problem per violation, in pointer order. */
    public static void validate(Object value, List<Problem> problems, Locator locator) {
        validate(value, problems, locator, List.of(), Integer.MAX_VALUE);
    }

    /**
     * Validates {@code value} bound from a tree whose values at {@code pruned} were taken out,
     * leaving out the violations those removals cause: at or under a removed value, and the
     * cross-field checks (such as "exactly one form of severity") of an object that lost a value.
     */
    private static void validate(Object value, List<Problem> problems, Locator locator, List<String> pruned, int room) {
        Set<ConstraintViolation<Object>> violations = Shared.VALIDATOR.validate(value);
        // Only as many as will be listed are placed in the file, the first by pointer.
        violations.stream()
                .filter(v -> !causedByPruning(v, pruned))
                .map(v -> Map.entry(pointer(v.getPropertyPath()), v))
                .sorted(Map.Entry.comparingByKey())
                .limit(room)
                .map(e -> locator.at(e.getKey(), describe(e.getValue())))
                .sorted(Comparator.comparingInt(Problem::line).thenComparing(Problem::pointer).thenComparing(Problem::message))
                .forEach(problems::add);
    }

    private static boolean causedByPruning(ConstraintViolation<Object> v, List<String> pruned) {
        if (pruned.isEmpty()) {
            return false;
        }
        String at = pointer(v.getPropertyPath());
        String parent = at.substring(0, Math.max(0, at.lastIndexOf('/')));
        boolean crossField = v.getLeafBean() != null && v.getLeafBean().getClass().isRecord()
                && Arrays.stream(v.getLeafBean().getClass().getRecordComponents()).noneMatch(c -> at.endsWith("/" + c.getName()));
        return pruned.stream().anyMatch(p -> at.equals(p) || at.startsWith(p + "/")
                || (crossField && p.startsWith(parent + "/")));
    }

    private static String describe(ConstraintViolation<Object> v) {
        Object bad = v.getInvalidValue();
        String shown = bad == null || bad instanceof java.util.Collection || bad instanceof java.util.Map
                || bad.getClass().isRecord() ? "" : " (found: " + abbreviate(String.valueOf(bad)) + ")";
        return v.getMessage() + shown;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    /** The JSON pointer of a validation path such as {@code riskFactors[3].mitigations[0].id}. */
    static String pointer(Path path) {
        StringBuilder s = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    s.append('/').append(node.getIndex());
                } else if (node.getKey() != null) {
                    s.append('/').append(LocatedTree.segment(String.valueOf(node.getKey())));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                s.append('/').append(LocatedTree.segment(node.getName()));
            }
        }
        return s.toString();
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                s.append('/').append(LocatedTree.segment(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                s.append('/').append(ref.getIndex());
            }
        }
        return s.toString();
    }

    /** What Jackson says of a value it could not bind, in the toolkit's words. */
    private static String bindingMessage(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
            String value = String.valueOf(f.getValue());
            if (f.getTargetType() == java.time.LocalDate.class && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return "'" + value + "' is not a date of the calendar; expected a date as YYYY-MM-DD, with a month "
                        + "from 01 to 12 and a day that month has";
            }
            return "expected " + expected(f.getTargetType()) + ", found '" + value + "'";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + expected(m.getTargetType());
        }
        String message = TreeReader.withoutJavaNames(String.valueOf(e.getOriginalMessage()));
        return message.contains("Exception") ? "a value of the wrong form" : message;
    }

    private static String expected(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "a date as YYYY-MM-DD (for example 2026-11-27)";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        } else if (type == double.class || type == Double.class) {
            return "a number";
        } else if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        } else if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        } else if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        } else if (type == String.class) {
            return "text";
        }
        return "a mapping";
    }
}
