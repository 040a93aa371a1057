package org.raitoolkit.web.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raitoolkit.web.internal.Views.Hidden;

/**
 * Builds the form controls of a page, filled from the current {@link Params}, each with its help
 * text and any problem found with it, and remembers which fields it built. {@link #rest} then
 * gives every other field as a hidden input, so that answers on another step or another stage
 * travel with the form instead of being kept on the server. The templates {@code field*.jte}
 * print the controls.
 *
 * <p>Accessibility: every control has a label; groups are fieldsets with a legend; help and
 * problems are tied to the control with {@code aria-describedby}, and a control with a problem
 * says so with {@code aria-invalid}. Not thread-safe; one per response.
 */
final class Fields {

    /** One choice of a radio group, a check-box group or a select. */
    record Option(String value, String label, String hint) {
        static Option of(String value, String label) {
            return new Option(value, label, "");
        }
    }

    /** A control of the form, as a template prints it. */
    sealed interface Field permits Text, TextArea, Choices, Check, Select, Group {
    }

    /** The problems and the help shown under a label; {@code describedBy} lists their ids, or is null. */
    record Notes(List<Note> errors, String helpId, String help, String describedBy) {
    }

    /** One problem with a field, under the id that describes the control. */
    record Note(String id, String message) {
    }

    /** A one-line input: {@code type} is {@code text} or {@code date}, which has no {@code maxLength} (null). */
    record Text(String type, String css, String id, String name, String label, String value, Integer maxLength, String size,
            boolean required, Notes notes, String invalid) implements Field {
    }

    /** A text area; {@code content} is the value as the element holds it. */
    record TextArea(String css, String id, String name, String label, String content, int rows, int maxLength,
            boolean required, Notes notes, String invalid) implements Field {
    }

    /** A group of radio buttons or check boxes ({@code type}) in a fieldset. */
    record Choices(String type, String css, String id, String name, String legend, Notes notes, List<Choice> options)
            implements Field {
    }

    /** One radio button or check box of a group, with its hint (or an empty one). */
    record Choice(String id, String value, String label, boolean checked, String hint, String hintId) {
    }

    /** A single check box that sends {@code true} when ticked. */
    record Check(String css, String id, String name, String label, boolean checked, String help, String helpId)
            implements Field {
    }

    /**
     * Controls that belong together (one person, one condition) in a fieldset with a legend;
     * {@code layout} is the class of the block around the controls, or null.
     */
    record Group(String css, String id, String legend, Notes notes, String layout, List<Field> fields) implements Field {
    }

    /** A drop-down list. */
    record Select(String css, String id, String name, String label, Notes notes, String invalid, List<Choice> options)
            implements Field {
    }

    private final Params values;
    private final Map<String, List<String>> problems;
    private final Set<String> written = new HashSet<>();

    Fields(Params values, Map<String, List<String>> problems) {
        this.values = values;
        this.problems = problems;
    }

    /**
     * An element id made from a field name: letters, digits, {@code -} and {@code _} kept, anything
     * else as {@code -}. Field names come from the content pack's ids, which already fit.
     */
    static String id(String name) {
        return "f-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** A one-line text input. */
    Text text(String name, String label, String help, int maxLength, boolean required) {
        written.add(name);
        return new Text("text", css("field", name), id(name), name, label, values.raw(name), maxLength,
                maxLength <= 20 ? "short" : null, required, notes(name, help), invalid(name));
    }

    /** A date input; browsers without a date picker show a text box, hence the format in the help. */
    Text date(String name, String label, String help) {
        written.add(name);
        return new Text("date", css("field", name), id(name), name, label, values.raw(name), null, null, false,
                notes(name, help), invalid(name));
    }

    /**
     * A fieldset of {@code fields} under {@code legend}; {@code name} is the field its problems
     * are filed under (such as {@code assessment.approval}), and gives its id.
     */
    Group group(String name, String legend, String help, List<Field> fields, String css, String layout) {
        written.add(name);
        return new Group(css(css, name), id(name), legend, notes(name, help), layout, fields);
    }

    /** A text area. */
    TextArea textarea(String name, String label, String help, int rows, int maxLength, boolean required) {
        written.add(name);
        // A text area drops one line break right after its start tag; keep a leading one the user typed.
        String value = values.raw(name);
        return new TextArea(css("field", name), id(name), name, label, value.startsWith("\n") ? "\n" + value : value, rows,
                maxLength, required, notes(name, help), invalid(name));
    }

    /** A group of radio buttons; at most one value. */
    Choices radios(String name, String legend, String help, List<Option> options, String css) {
        return choices("radio", name, legend, help, options, css);
    }

    /** A group of check boxes; any number of values. */
    Choices checkboxes(String name, String legend, String help, List<Option> options, String css) {
        return choices("checkbox", name, legend, help, options, css);
    }

    private Choices choices(String type, String name, String legend, String help, List<Option> options, String css) {
        written.add(name);
        String id = id(name);
        List<String> chosen = values.all(name);
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            String optionId = id + "-" + i;
            choices.add(new Choice(optionId, o.value(), o.label(), chosen.contains(o.value()), o.hint(),
                    o.hint().isEmpty() ? null : optionId + "-hint"));
        }
        return new Choices(type, css("choices " + css, name), id, name, legend, notes(name, help), choices);
    }

    /** A single check box. */
    Check checkbox(String name, String label, String help) {
        written.add(name);
        String id = id(name);
        return new Check(css("field check", name), id, name, label, "true".equalsIgnoreCase(values.get(name)), help,
                help.isEmpty() ? null : id + "-help");
    }

    /** A drop-down list; {@code empty} labels the choice of no value, or is null for none. */
    Select select(String name, String label, String help, List<Option> options, String empty) {
        written.add(name);
        String chosen = values.get(name);
        List<Choice> choices = new ArrayList<>();
        if (empty != null) {
            choices.add(new Choice(null, "", empty, chosen.isEmpty(), "", null));
        }
        for (Option o : options) {
            choices.add(new Choice(null, o.value(), o.label(), o.value().equals(chosen), "", null));
        }
        return new Select(css("field", name), id(name), name, label, notes(name, help), invalid(name), choices);
    }

    /** A hidden input; the field counts as built. */
    Hidden hidden(String name, String value) {
        written.add(name);
        return new Hidden(name, value);
    }

    /** Marks {@code name} as handled without a control, so that it is not carried on. */
    void skip(String name) {
        written.add(name);
    }

    /** The problems of {@code name}. */
    List<String> problemsOf(String name) {
        return problems.getOrDefault(name, List.of());
    }

    /** Every field of the current values not yet built, as hidden inputs; call it after the controls are built. */
    List<Hidden> rest() {
        List<Hidden> rest = new ArrayList<>();
        for (String name : values.names()) {
            if (written.contains(name) || name.equals("action")) {
                continue;
            }
            for (String value : values.rawValues(name)) {
                rest.add(new Hidden(name, value));
            }
        }
        return rest;
    }

    private String css(String base, String name) {
        return base + (problems.containsKey(name) ? " invalid" : "");
    }

    private String invalid(String name) {
        return problems.containsKey(name) ? "true" : null;
    }

    /** The problems and help of {@code name}, each with the id that {@code aria-describedby} names. */
    private Notes notes(String name, String help) {
        String id = id(name);
        List<Note> errors = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> messages = problems.getOrDefault(name, List.of());
        for (int i = 0; i < messages.size(); i++) {
            errors.add(new Note(id + "-error" + i, messages.get(i)));
            ids.add(id + "-error" + i);
        }
        boolean helped = help != null && !help.isEmpty();
        if (helped) {
            ids.add(id + "-help");
        }
        return new Notes(errors, helped ? id + "-help" : null, helped ? help : null, ids.isEmpty() ? null : String.join(" ", ids));
    }
}
