package org.raitoolkit.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;

/**
 * The problems the content module found with some answers, placed on the form: each one by the
 * field its JSON pointer names, and all of them in a summary at the top of the page that links
 * to the fields. The messages are the reader's own, the same as the command line prints.
 */
final class Problems {

    /** One line of the summary: the field it concerns (or null), how to name it, and the message. */
    record Line(String field, String label, String message) {
    }

    /** What follows the count in the summary's heading, for example "in the file". */
    private final String heading;
    private final List<Line> lines = new ArrayList<>();
    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    private Problems(String heading) {
        this.heading = heading;
    }

    /** No problems. */
    static Problems none() {
        return new Problems("");
    }

    /**
     * The problems of answers built from the form: named by field label, without the form's
     * internal source name.
     *
     * @param labels the label of a field name, or null for a field the form does not show
     * @param anchor for a problem about the whole answers (pointer {@code /ratings}, for example),
     *     the field that it is best shown at, or null
     */
    static Problems ofForm(InvalidInputException e, Function<String, String> labels, Function<Problem, String> anchor) {
        Problems p = new Problems("to fix before the assessment can run");
        for (Problem problem : e.problems()) {
            String field = field(problem.pointer());
            // A problem with a whole rating (or a value the form has no control for) goes to the
            // nearest field that the form shows.
            while (field != null && labels.apply(field) == null) {
                int dot = field.lastIndexOf('.');
                field = dot < 0 ? null : field.substring(0, dot);
            }
            if (field == null) {
                field = anchor.apply(problem);
            }
            String label = field == null ? null : labels.apply(field);
            p.add(field, label, problem.message());
        }
        return p;
    }

    /** The problems of an uploaded file, each located as the command line prints it: file, line, column, pointer. */
    static Problems ofFile(InvalidInputException e, Function<String, String> labels) {
        Problems p = new Problems("in the file");
        for (Problem problem : e.problems()) {
            String field = field(problem.pointer());
            p.add(field != null && labels.apply(field) != null ? field : null, null, problem.toString());
        }
        return p;
    }

    private void add(String field, String label, String message) {
        lines.add(new Line(field, label, message));
        if (field != null) {
            byField.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
        }
    }

    /** Adds the problems of {@code other} after these. */
    Problems and(Problems other) {
        String both = heading.isEmpty() || heading.equals(other.heading) ? other.heading
                : other.heading.isEmpty() ? heading : "to fix";
        Problems p = new Problems(both);
        lines.forEach(l -> p.add(l.field(), l.label(), l.message()));
        other.lines.forEach(l -> p.add(l.field(), l.label(), l.message()));
        return p;
    }

    /** These problems in the order of their fields on the page, by {@code rank}; those of no field last. */
    Problems inPageOrder(java.util.function.ToIntFunction<String> rank) {
        Problems p = new Problems(heading);
        lines.stream()
                .sorted(java.util.Comparator.comparingInt(l -> l.field() == null ? Integer.MAX_VALUE : rank.applyAsInt(l.field())))
                .forEach(l -> p.add(l.field(), l.label(), l.message()));
        return p;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    int size() {
        return lines.size();
    }

    /** Messages by field name, for the controls. */
    Map<String, List<String>> byField() {
        return byField;
    }

    /** The summary at the top of a page, as the template {@code problems.jte} prints it. */
    record Summary(String title, List<Item> items) {
    }

    /**
     * One problem of the summary: a link to the field {@code anchor} (an element id) reading
     * {@code link}, then {@code after}; without an anchor, {@code after} alone.
     */
    record Item(String anchor, String link, String after) {
    }

    /** The summary: each problem linking to its field, or as text when it concerns none. */
    Summary summary() {
        List<Item> items = new ArrayList<>();
        for (Line l : lines) {
            if (l.field() != null) {
                items.add(new Item(Fields.id(l.field()), l.label() != null ? l.label() : l.message(),
                        l.label() != null ? ": " + l.message() : ""));
            } else {
                items.add(new Item(null, null, l.label() != null ? l.label() + ": " + l.message() : l.message()));
            }
        }
        return new Summary(count(lines.size()) + " " + heading, items);
    }

    private static String count(int n) {
        return n == 1 ? "1 problem" : n + " problems";
    }

    /**
     * The form field a JSON pointer names: {@code /system/name} is {@code system.name}; a list
     * entry ({@code /system/dataSources/0}) is the list's field; the UNGP criteria of a rating
     * are under its severity; an attribute is the attributes field.
     */
    static String field(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (String s : pointer.substring(1).split("/", -1)) {
            segments.add(s.replace("~1", "/").replace("~0", "~"));
        }
        while (!segments.isEmpty() && segments.get(segments.size() - 1).matches("\\d+")) {
            segments.remove(segments.size() - 1);
        }
        if (segments.size() >= 2 && segments.get(0).equals("system") && segments.get(1).equals("attributes")) {
            return "system.attributes";
        }
        if (segments.size() >= 3 && segments.get(0).equals("ratings")) {
            if (segments.get(2).equals("severityCriteria")) {
                segments.set(2, "severity");
            }
        }
        return segments.isEmpty() ? null : String.join(".", segments);
    }
}
