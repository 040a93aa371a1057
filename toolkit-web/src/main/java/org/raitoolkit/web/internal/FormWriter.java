package org.raitoolkit.web.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes labelled form controls filled from the current {@link Params}, each with its help text
 * and any problem found with it, and remembers which fields it wrote. {@link #carryTheRest} then
 * writes every other field as a hidden input, so that answers on another step or another stage
 * travel with the form instead of being kept on the server.
 *
 * <p>Accessibility: every control has a {@code <label>}; groups are fieldsets with a legend; help
 * and problems are tied to the control with {@code aria-describedby}, and a control with a
 * problem says so with {@code aria-invalid}. Not thread-safe; one per response.
 */
final class FormWriter {

    /** One choice of a radio group, a check-box group or a select. */
    record Option(String value, String label, String hint) {
        static Option of(String value, String label) {
            return new Option(value, label, "");
        }
    }

    private final Html html;
    private final Params values;
    private final Map<String, List<String>> problems;
    private final Set<String> written = new HashSet<>();

    FormWriter(Html html, Params values, Map<String, List<String>> problems) {
        this.html = html;
        this.values = values;
        this.problems = problems;
    }

    Html html() {
        return html;
    }

    Params values() {
        return values;
    }

    /** A one-line text input. */
    FormWriter text(String name, String label, String help, int maxLength, boolean required) {
        String id = Html.id(name);
        html.open("div", "class", "field" + (problems.containsKey(name) ? " invalid" : ""));
        html.element("label", label, "for", id, "class", "label");
        String described = describe(name, help);
        html.empty("input", "type", "text", "id", id, "name", name, "value", values.raw(name),
                "maxlength", String.valueOf(maxLength), "class", maxLength <= 20 ? "short" : null, "autocomplete", "off", "required", required ? "" : null,
                "aria-describedby", described, "aria-invalid", problems.containsKey(name) ? "true" : null);
        html.close("div").nl();
        written.add(name);
        return this;
    }

    /** A text area. */
    FormWriter textarea(String name, String label, String help, int rows, int maxLength, boolean required) {
        String id = Html.id(name);
        html.open("div", "class", "field" + (problems.containsKey(name) ? " invalid" : ""));
        html.element("label", label, "for", id, "class", "label");
        String described = describe(name, help);
        html.open("textarea", "id", id, "name", name, "rows", String.valueOf(rows), "maxlength", String.valueOf(maxLength),
                "required", required ? "" : null, "aria-describedby", described,
                "aria-invalid", problems.containsKey(name) ? "true" : null);
        // A text area drops one line break right after its start tag; keep a leading one the user typed.
        String value = values.raw(name);
        html.text(value.startsWith("\n") ? "\n" + value : value).close("textarea").close("div").nl();
        written.add(name);
        return this;
    }

    /** A group of radio buttons in a fieldset; at most one value. */
    FormWriter radios(String name, String legend, String help, List<Option> options, String css) {
        return choices("radio", name, legend, help, options, css);
    }

    /** A group of check boxes in a fieldset; any number of values. */
    FormWriter checkboxes(String name, String legend, String help, List<Option> options, String css) {
        return choices("checkbox", name, legend, help, options, css);
    }

    private FormWriter choices(String type, String name, String legend, String help, List<Option> options, String css) {
        String id = Html.id(name);
        List<String> chosen = values.all(name);
        html.open("fieldset", "class", "choices " + css + (problems.containsKey(name) ? " invalid" : ""), "id", id,
                "aria-describedby", describedIds(name, help)).nl();
        html.element("legend", legend, "class", "label");
        describe(name, help);
        html.open("div", "class", "options");
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            String optionId = id + "-" + i;
            html.open("div", "class", "option");
            html.empty("input", "type", type, "id", optionId, "name", name, "value", o.value(),
                    "checked", chosen.contains(o.value()) ? "" : null,
                    "aria-describedby", o.hint().isEmpty() ? null : optionId + "-hint");
            html.open("label", "for", optionId).text(o.label());
            if (!o.hint().isEmpty()) {
                html.element("span", o.hint(), "class", "hint", "id", optionId + "-hint");
            }
            html.close("label").close("div").nl();
        }
        html.close("div").close("fieldset").nl();
        written.add(name);
        return this;
    }

    /** A single check box that sends {@code true} when ticked. */
    FormWriter checkbox(String name, String label, String help) {
        String id = Html.id(name);
        html.open("div", "class", "field check" + (problems.containsKey(name) ? " invalid" : ""));
        html.empty("input", "type", "checkbox", "id", id, "name", name, "value", "true",
                "checked", "true".equalsIgnoreCase(values.get(name)) ? "" : null,
                "aria-describedby", help.isEmpty() ? null : id + "-help");
        html.open("label", "for", id).text(label);
        if (!help.isEmpty()) {
            html.element("span", help, "class", "hint", "id", id + "-help");
        }
        html.close("label").close("div").nl();
        written.add(name);
        return this;
    }

    /** A drop-down list; {@code empty} labels the choice of no value, or is null for none. */
    FormWriter select(String name, String label, String help, List<Option> options, String empty) {
        String id = Html.id(name);
        String chosen = values.get(name);
        html.open("div", "class", "field" + (problems.containsKey(name) ? " invalid" : ""));
        html.element("label", label, "for", id, "class", "label");
        String described = describe(name, help);
        html.open("select", "id", id, "name", name, "aria-describedby", described,
                "aria-invalid", problems.containsKey(name) ? "true" : null);
        if (empty != null) {
            html.element("option", empty, "value", "", "selected", chosen.isEmpty() ? "" : null);
        }
        for (Option o : options) {
            html.element("option", o.label(), "value", o.value(), "selected", o.value().equals(chosen) ? "" : null);
        }
        html.close("select").close("div").nl();
        written.add(name);
        return this;
    }

    /** A hidden input; the field counts as written. */
    FormWriter hidden(String name, String value) {
        html.empty("input", "type", "hidden", "name", name, "value", value).nl();
        written.add(name);
        return this;
    }

    /** Marks {@code name} as handled without writing it, so that it is not carried on. */
    void skip(String name) {
        written.add(name);
    }

    /** Writes every field of the current values not yet written as a hidden input. */
    void carryTheRest() {
        for (String name : new ArrayList<>(values.names())) {
            if (written.contains(name) || name.equals("action")) {
                continue;
            }
            for (String value : values.rawValues(name)) {
                html.empty("input", "type", "hidden", "name", name, "value", value).nl();
            }
        }
    }

    /** Writes the help text and problems of {@code name} and returns the ids that describe it. */
    private String describe(String name, String help) {
        String id = Html.id(name);
        List<String> errors = problems.getOrDefault(name, List.of());
        for (int i = 0; i < errors.size(); i++) {
            html.open("p", "class", "field-error", "id", id + "-error" + i)
                    .element("span", "Problem: ", "class", "visually-hidden").text(errors.get(i)).close("p");
        }
        if (help != null && !help.isEmpty()) {
            html.element("p", help, "class", "help", "id", id + "-help");
        }
        return describedIds(name, help);
    }

    private String describedIds(String name, String help) {
        String id = Html.id(name);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < problems.getOrDefault(name, List.of()).size(); i++) {
            ids.add(id + "-error" + i);
        }
        if (help != null && !help.isEmpty()) {
            ids.add(id + "-help");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }
}
