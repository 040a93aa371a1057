package org.raitoolkit.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raitoolkit.model.AdviceOutcome;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.ReviewTrigger;
import org.raitoolkit.web.internal.Fields.Option;

/**
 * The "Assessment record" fieldset that the risk, readiness and workbook forms share: who
 * assessed, the data-protection officer's advice, the agency's decision (risk only), the
 * approval, the conditions accepted and the next review. Field names follow the answer file
 * ({@code assessment.assessedOn}, {@code assessment.approval.name},
 * {@code assessment.assessors.<row>.role}, {@code assessment.final}), so that the reader's JSON
 * pointers name them; the one layout below gives the controls, the answers tree, the form filled
 * from a file, and the labels of problems. Immutable.
 */
final class RecordForm {

    static final String PREFIX = "assessment.";
    /** The check box that makes the record FINAL; unticked, it is a DRAFT. */
    static final String FINAL = "assessment.final";
    private static final String ROOT = "assessment";

    private enum Kind { TEXT, AREA, DATE, SELECT, CHECKS }

    /** A part of the layout: one control, a nested object of controls, or repeated rows of them. */
    private sealed interface Entry permits Part, Block, Rows {
        String key();
    }

    /** One control; {@code max} is the model's {@code @Size} limit, {@code options} a select's or check boxes' choices. */
    private record Part(String key, String label, Kind kind, int max, String help, List<Option> options) implements Entry {
        static Part text(String key, String label, int max) {
            return new Part(key, label, Kind.TEXT, max, "", List.of());
        }

        static Part area(String key, String label, int max, String help) {
            return new Part(key, label, Kind.AREA, max, help, List.of());
        }

        static Part date(String key, String label, String help) {
            return new Part(key, label, Kind.DATE, 10, help, List.of());
        }
    }

    /** A nested object, such as the approval. */
    private record Block(String key, String legend, String help, List<Part> parts) implements Entry {
    }

    /** A list of objects, such as the assessors: {@code shown} rows at least, the model's {@code max} at most. */
    private record Rows(String key, String legend, String one, String help, List<Part> parts, int shown, int max)
            implements Entry {
    }

    private static final String DATES = "Where the browser shows no date picker, type dates as year-month-day, such as 2027-03-31.";

    private final List<Entry> layout;
    private final String finalHelp;

    /**
     * @param decides whether the form is a risk assessment's, whose record states the agency's decision
     * @param conditionsAnswer what a condition's id names, for its help: "a recommendation of the result", for example
     */
    RecordForm(boolean decides, String conditionsAnswer) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Rows("assessors", "Assessors", "Assessor", "The people who carried out the assessment. Leave rows "
                + "you do not need empty.", List.of(Part.text("name", "Name", 200),
                Part.text("role", "Role", 200), Part.text("unit", "Unit or department", 200)), 3, 20));
        entries.add(Part.date("assessedOn", "Assessed on", "The day the assessment was completed."));
        entries.add(new Block("dataProtectionOfficer", "Data-protection officer", "The officer consulted, a summary of the "
                + "advice, and what became of it. Where the advice was not followed in full, say why.", List.of(
                Part.text("name", "Name", 200),
                Part.date("consultedOn", "Consulted on", ""),
                Part.area("advice", "Advice, in summary", 4000, ""),
                new Part("outcome", "What became of the advice", Kind.SELECT, 0, "", options(AdviceOutcome.values())),
                Part.area("reasonNotFollowed", "Why the advice was not followed in full", 4000, ""))));
        if (decides) {
            entries.add(new Part("agencyDecision", "The agency's decision", Kind.SELECT, 0, "The decision the agency took. It "
                    + "may be stricter than the toolkit's; a milder one needs a reason, which the report shows.",
                    options(Decision.values())));
            entries.add(Part.area("decisionReason", "Reason for the agency's decision", 4000, "Why the agency decided as it "
                    + "did, where its decision differs from the toolkit's."));
        }
        entries.add(new Block("approval", "Approval", "Who signed off the decision, and when.", List.of(
                Part.text("name", "Name", 200), Part.text("role", "Role", 200), Part.date("approvedOn", "Approved on", ""))));
        entries.add(new Rows("conditions", "Conditions accepted", "Condition", "Conditions the agency accepted, each tied to "
                + conditionsAnswer + " by its id. Leave rows you do not need empty.", List.of(
                Part.text("recommendation", "Recommendation id", 120), Part.text("owner", "Owner", 200),
                Part.date("dueDate", "Due by", ""), Part.date("metOn", "Met on (if met)", ""),
                Part.area("note", "Note", 2000, "")), 3, 100));
        entries.add(Part.date("nextReview", "Next review by", "The day by which the assessment is to be reviewed; it must "
                + "come after the day of the assessment."));
        entries.add(new Part("reviewTriggers", "Events that bring the review forward", Kind.CHECKS, 0, "", triggers()));
        this.layout = List.copyOf(entries);
        this.finalHelp = "A final record needs at least one assessor with name and role, the day of the assessment, the "
                + "data-protection officer's name, the day of consultation, the advice and its outcome"
                + (decides ? ", the agency's decision" : "") + ", the approver's name and role and the day of approval, "
                + "an owner and due date for each condition, the next review and at least one event that brings it "
                + "forward. Unticked, the record is kept as a draft and may be incomplete.";
    }

    private static List<Option> options(Enum<?>[] values) {
        List<Option> options = new ArrayList<>();
        for (Enum<?> v : values) {
            options.add(Option.of(v.name(), Words.sentence(v.name())));
        }
        return options;
    }

    private static List<Option> triggers() {
        Map<ReviewTrigger, String> words = new LinkedHashMap<>();
        words.put(ReviewTrigger.MODEL_OR_SUPPLIER_CHANGE, "The model is retrained or replaced, or the supplier changes");
        words.put(ReviewTrigger.NEW_DATA_SOURCE, "A new source of data is connected, or an existing one changes in kind");
        words.put(ReviewTrigger.NEW_PURPOSE_OR_PLACE_OF_USE, "The system is to be used for a new purpose or in a new place");
        words.put(ReviewTrigger.SERIOUS_INCIDENT, "A serious incident or a near miss involving the system");
        words.put(ReviewTrigger.CHANGE_IN_LAW, "The law, a court ruling or the supervisory authority's guidance changes");
        List<Option> options = new ArrayList<>();
        for (ReviewTrigger t : ReviewTrigger.values()) {
            options.add(Option.of(t.name(), words.getOrDefault(t, Words.sentence(t.name()))));
        }
        return options;
    }

    // ------------------------------------------------------------------ form -> answers

    /**
     * The record a form gives, as the reader reads it: {@code tree} is null when every field is
     * empty and the record is not marked final. A date that does not read is left out of the
     * checked record and reported by {@code badDates}, located by pointer in the tree;
     * {@code rows} maps an index of a list in the tree to its row on the form, since empty rows
     * are not sent.
     */
    record Read(ObjectNode tree, List<Problem> badDates, Map<String, List<Integer>> rows) {

        /** Puts the record into {@code answers} as typed, for answers saved before they are complete. */
        void typedInto(ObjectNode answers) {
            if (tree != null) {
                answers.set(ROOT, tree);
            }
        }

        /** Puts the record into {@code answers} without the dates that do not read, for the reader. */
        void checkedInto(ObjectNode answers) {
            if (tree == null) {
                return;
            }
            ObjectNode checked = tree.deepCopy();
            for (Problem p : badDates) {
                String inRecord = p.pointer().substring(("/" + ROOT).length());
                int slash = inRecord.lastIndexOf('/');
                if (checked.at(inRecord.substring(0, slash)) instanceof ObjectNode parent) {
                    parent.remove(inRecord.substring(slash + 1));
                }
            }
            answers.set(ROOT, checked);
        }

        /** Refuses the answers when a date did not read, though the reader found nothing else. */
        void refuseBadDates() {
            if (!badDates.isEmpty()) {
                throw new InvalidInputException("dates that do not read", badDates);
            }
        }

        /**
         * The problems of {@code e} with those of the dates that did not read, each located at its
         * row on the form; the reader's own word on a date left out (that a final record needs it)
         * gives way to the reason it was left out.
         */
        InvalidInputException located(InvalidInputException e) {
            Set<String> bad = new HashSet<>();
            badDates.forEach(p -> bad.add(p.pointer()));
            List<Problem> all = new ArrayList<>(badDates);
            e.problems().stream().filter(p -> !bad.contains(p.pointer())).forEach(all::add);
            return new InvalidInputException(e.getMessage(), all.stream().map(this::atRow).toList());
        }

        private static final Pattern ROW = Pattern.compile("^/" + ROOT + "/([A-Za-z]+)/(\\d+)(/.*)?$");

        private Problem atRow(Problem p) {
            Matcher m = ROW.matcher(p.pointer());
            if (!m.matches() || !rows.containsKey(m.group(1))) {
                return p;
            }
            List<Integer> of = rows.get(m.group(1));
            int index = Integer.parseInt(m.group(2));
            if (index >= of.size()) {
                return p;
            }
            String rest = m.group(3) == null ? "" : m.group(3);
            return new Problem(p.source(), p.line(), p.column(), "/" + ROOT + "/" + m.group(1) + "/" + of.get(index) + rest,
                    p.message());
        }
    }

    /** The record the form's fields give. */
    Read read(Params params) {
        ObjectNode record = Trees.object();
        List<Problem> badDates = new ArrayList<>();
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (Entry entry : layout) {
            String name = PREFIX + entry.key();
            String pointer = "/" + ROOT + "/" + entry.key();
            if (entry instanceof Part p) {
                put(params, name, p, record, pointer, badDates);
            } else if (entry instanceof Block b) {
                ObjectNode block = Trees.object();
                b.parts().forEach(p -> put(params, name + "." + p.key(), p, block, pointer + "/" + p.key(), badDates));
                if (!block.isEmpty()) {
                    record.set(b.key(), block);
                }
            } else if (entry instanceof Rows r) {
                ArrayNode list = record.arrayNode();
                List<Integer> given = new ArrayList<>();
                for (int i = 0; i < r.max(); i++) {
                    ObjectNode row = Trees.object();
                    String at = pointer + "/" + list.size();
                    for (Part p : r.parts()) {
                        put(params, name + "." + i + "." + p.key(), p, row, at + "/" + p.key(), badDates);
                    }
                    if (!row.isEmpty()) {
                        list.add(row);
                        given.add(i);
                    }
                }
                if (!list.isEmpty()) {
                    record.set(r.key(), list);
                    rows.put(r.key(), List.copyOf(given));
                }
            }
        }
        boolean marked = "true".equalsIgnoreCase(params.get(FINAL));
        if (record.isEmpty() && !marked) {
            return new Read(null, List.of(), Map.of());
        }
        ObjectNode tree = Trees.object();
        tree.put("state", marked ? "FINAL" : "DRAFT");
        tree.setAll(record);
        return new Read(tree, List.copyOf(badDates), Map.copyOf(rows));
    }

    private static void put(Params params, String name, Part part, ObjectNode into, String pointer, List<Problem> badDates) {
        if (part.kind() == Kind.CHECKS) {
            List<String> values = params.all(name);
            if (!values.isEmpty()) {
                ArrayNode list = into.putArray(part.key());
                values.forEach(list::add);
            }
            return;
        }
        String value = params.get(name);
        if (value.isEmpty()) {
            return;
        }
        into.put(part.key(), value);
        if (part.kind() == Kind.DATE && !isDate(value)) {
            badDates.add(Problem.at(pointer, "'" + value + "' is not a date; enter it as year-month-day, such as 2027-03-31"));
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ answers -> form

    /** Form fields from the record of an answers document (a file read, or checked answers written back). */
    void fill(JsonNode record, Params params) {
        if (!record.isObject()) {
            return;
        }
        if ("FINAL".equalsIgnoreCase(record.path("state").asText())) {
            params.set(FINAL, "true");
        }
        for (Entry entry : layout) {
            String name = PREFIX + entry.key();
            JsonNode node = record.path(entry.key());
            if (entry instanceof Part p) {
                fill(node, p, name, params);
            } else if (entry instanceof Block b) {
                b.parts().forEach(p -> fill(node.path(p.key()), p, name + "." + p.key(), params));
            } else if (entry instanceof Rows r) {
                for (int i = 0; i < Math.min(node.size(), r.max()); i++) {
                    JsonNode row = node.path(i);
                    for (Part p : r.parts()) {
                        fill(row.path(p.key()), p, name + "." + i + "." + p.key(), params);
                    }
                }
            }
        }
    }

    private static void fill(JsonNode node, Part part, String name, Params params) {
        if (part.kind() == Kind.CHECKS) {
            node.forEach(v -> params.add(name, v.asText().strip().toUpperCase(Locale.ROOT)));
        } else if (node.isValueNode() && !node.isNull()) {
            String text = node.asText();
            params.set(name, part.kind() == Kind.SELECT ? text.strip().toUpperCase(Locale.ROOT) : text);
        }
    }

    // ------------------------------------------------------------------ the fieldset

    /** The fieldset, filled from the form's values, with the problems {@code f} holds. */
    Fields.Group view(Fields f, Params params) {
        List<Fields.Field> fields = new ArrayList<>();
        for (Entry entry : layout) {
            String name = PREFIX + entry.key();
            if (entry instanceof Part p) {
                fields.add(control(f, name, p));
            } else if (entry instanceof Block b) {
                fields.add(f.group(name, b.legend(), b.help(),
                        b.parts().stream().map(p -> control(f, name + "." + p.key(), p)).toList(), "group", "two-columns"));
            } else if (entry instanceof Rows r) {
                List<Fields.Field> rows = new ArrayList<>();
                for (int i = 0; i < shownRows(params, r); i++) {
                    String row = name + "." + i;
                    rows.add(f.group(row, r.one() + " " + (i + 1), "",
                            r.parts().stream().map(p -> control(f, row + "." + p.key(), p)).toList(), "group row", "two-columns"));
                }
                fields.add(f.group(name, r.legend(), r.help(), rows, "group", null));
            }
        }
        fields.add(f.checkbox(FINAL, "Mark as final: every field a filed record needs must be filled in", finalHelp));
        return f.group(ROOT, "Assessment record", "Who assessed, on whose advice, what the agency decided, who approved it "
                + "and when the assessment is to be reviewed: what a data-protection officer files. Every field is optional "
                + "while the record is a draft. " + DATES, fields, "group record", null);
    }

    private static Fields.Field control(Fields f, String name, Part p) {
        return switch (p.kind()) {
            case TEXT -> f.text(name, p.label(), p.help(), p.max(), false);
            case AREA -> f.textarea(name, p.label(), p.help(), 2, p.max(), false);
            case DATE -> f.date(name, p.label(), p.help());
            case SELECT -> f.select(name, p.label(), p.help(), p.options(), "Not recorded");
            case CHECKS -> f.checkboxes(name, p.label(), p.help(), p.options(), "stacked");
        };
    }

    /** The rows to show: at least {@code shown}, and every row given, up to the model's limit. */
    private static int shownRows(Params params, Rows r) {
        int shown = r.shown();
        for (String n : params.names()) {
            if (n.startsWith(PREFIX + r.key() + ".") && params.has(n)) {
                String index = n.substring((PREFIX + r.key() + ".").length()).split("\\.", 2)[0];
                if (index.matches("\\d{1,3}")) {
                    shown = Math.max(shown, Math.min(r.max(), Integer.parseInt(index) + 1));
                }
            }
        }
        return shown;
    }

    // ------------------------------------------------------------------ labels and order

    /** Whether {@code field} is one of the record's. */
    static boolean owns(String field) {
        return field.equals(ROOT) || field.startsWith(PREFIX);
    }

    /** How the problem summary names a field of the record, or null when the form has no such field. */
    String label(String field) {
        if (field.equals(ROOT)) {
            return "Assessment record";
        }
        if (field.equals(FINAL)) {
            return "Mark as final";
        }
        for (Entry entry : layout) {
            String name = PREFIX + entry.key();
            if (field.equals(name)) {
                return entry instanceof Part p ? p.label() : entry instanceof Block b ? b.legend() : ((Rows) entry).legend();
            }
            if (entry instanceof Block b) {
                for (Part p : b.parts()) {
                    if (field.equals(name + "." + p.key())) {
                        return b.legend() + ": " + lower(p.label());
                    }
                }
            } else if (entry instanceof Rows r) {
                Matcher m = Pattern.compile(Pattern.quote(name) + "\\.(\\d{1,3})(?:\\.(\\w+))?").matcher(field);
                if (m.matches() && Integer.parseInt(m.group(1)) < r.max()) {
                    String row = r.one() + " " + (Integer.parseInt(m.group(1)) + 1);
                    if (m.group(2) == null) {
                        return row;
                    }
                    for (Part p : r.parts()) {
                        if (p.key().equals(m.group(2))) {
                            return row + ": " + lower(p.label());
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Where a field of the record comes in the fieldset, for ordering problems: 0 for the fieldset itself. */
    int rank(String field) {
        for (int e = 0; e < layout.size(); e++) {
            Entry entry = layout.get(e);
            String name = PREFIX + entry.key();
            if (!field.equals(name) && !field.startsWith(name + ".")) {
                continue;
            }
            String rest = field.substring(Math.min(field.length(), name.length() + 1));
            int row = 0;
            if (entry instanceof Rows && rest.matches("\\d{1,3}(\\..*)?")) {
                String[] parts = rest.split("\\.", 2);
                row = Integer.parseInt(parts[0]) + 1;
                rest = parts.length > 1 ? parts[1] : "";
            }
            List<Part> parts = entry instanceof Block b ? b.parts() : entry instanceof Rows r ? r.parts() : List.of((Part) entry);
            int part = 0;
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).key().equals(rest)) {
                    part = i + 1;
                }
            }
            return 1 + e * 10_000 + row * 20 + part;
        }
        return field.equals(FINAL) ? 1 + layout.size() * 10_000 : 0;
    }

    /** For a form whose record comes last: every other field first, in the order given, then the record's, in its order. */
    int afterTheRest(String field) {
        return owns(field) ? 1 + rank(field) : 0;
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
