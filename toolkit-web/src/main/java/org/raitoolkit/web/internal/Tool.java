package org.raitoolkit.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.raitoolkit.model.Audience;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.ReportFormat;

/**
 * What the readiness, risk and workbook pages have in common: loading answers from a file or an
 * example, the progress line, the result page's download and edit forms, and the downloads
 * themselves. Each request carries all the answers it needs; a tool keeps nothing.
 */
abstract class Tool {

    /** Field of the saved answers (YAML) on the result page's forms. */
    static final String ANSWERS = "answers";

    final Assessments assessments;

    Tool(Assessments assessments) {
        this.assessments = assessments;
    }

    /** {@code readiness}, {@code risk} or {@code workbook}: the path and the kind of answer file. */
    abstract String kind();

    /** The tool's name, as the navigation and titles show it. */
    abstract String title();

    /** Answers one request to {@code /<kind>} or below it. */
    abstract Response handle(Request request);

    /**
     * The file a load request brings: an uploaded file, or the answers a result page carries.
     *
     * @throws BadRequest when there is neither
     */
    static Upload loaded(Request request) {
        Upload file = request.file("file");
        if (file != null) {
            return new Upload(file.filename().isBlank() ? "uploaded file" : baseName(file.filename()), file.bytes());
        }
        String text = request.params().raw(ANSWERS);
        if (!text.isBlank()) {
            return new Upload("answers.yaml", text.getBytes(StandardCharsets.UTF_8));
        }
        throw new BadRequest(400, "No file chosen", "Choose an answer file (YAML or JSON) to load, then press the load button.");
    }

    /** The file name without any folder a browser may send. */
    private static String baseName(String filename) {
        String name = filename.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** Field naming the bundled example a form was filled from, so that the list shows it. */
    static final String EXAMPLE = "example";

    /** The form to load answers from a file or an example; {@code example} is the one shown, or empty. */
    void writeLoader(Html h, String stageField, String example) {
        h.open("section", "class", "loader", "aria-labelledby", "loader-title").nl();
        h.element("h2", "Start from saved answers", "id", "loader-title", "class", "small-heading").nl();
        h.open("div", "class", "loader-forms").nl();
        h.open("form", "method", "post", "action", "/" + kind() + "/load", "enctype", "multipart/form-data",
                "class", "inline-form").nl();
        h.element("label", "Answer file (YAML or JSON), as downloaded from a result page or written for the command line",
                "for", "load-file", "class", "label");
        h.empty("input", "type", "file", "id", "load-file", "name", "file", "accept", ".yaml,.yml,.json");
        if (stageField != null) {
            h.raw(stageField);
        }
        h.element("button", "Load the answers", "type", "submit", "class", "button secondary");
        h.close("form").nl();
        Map<String, byte[]> examples = assessments.examples().of(kind());
        if (!examples.isEmpty()) {
            h.open("form", "method", "get", "action", "/" + kind(), "class", "inline-form").nl();
            h.element("label", "Or begin with an example", "for", "example", "class", "label");
            h.open("select", "id", "example", "name", "example");
            for (String name : examples.keySet()) {
                h.element("option", assessments.examples().label(kind(), name), "value", name,
                        "selected", name.equals(example) ? "" : null);
            }
            h.close("select");
            h.element("button", "Load the example", "type", "submit", "class", "button secondary");
            h.close("form").nl();
        }
        h.close("div").close("section").nl();
    }

    /** The progress line: answered of total, as text and as a bar that the page script updates. */
    static void writeProgress(Html h, int answered, int total, String phrase) {
        h.open("div", "class", "progress", "data-progress", "", "data-total", String.valueOf(total)).nl();
        h.open("p", "id", "progress-text", "aria-live", "polite")
                .element("span", String.valueOf(answered), "data-progress-count", "")
                .text(" of " + total + " " + phrase).close("p");
        h.open("progress", "max", String.valueOf(total), "value", String.valueOf(answered), "aria-labelledby", "progress-text")
                .close("progress").nl();
        h.close("div").nl();
    }

    /**
     * The forms at the top of a result page: download the report in each format or the answers,
     * and go back to the form to change them. All carry the answers, and {@code extra} fields.
     */
    void writeResultActions(Html h, String answersYaml, Map<String, String> extra, String editLabel) {
        h.open("div", "class", "result-actions").nl();
        h.open("form", "method", "post", "action", "/" + kind() + "/download", "class", "downloads").nl();
        hidden(h, ANSWERS, answersYaml);
        extra.forEach((k, v) -> hidden(h, k, v));
        h.open("fieldset").element("legend", "Download");
        h.open("div", "class", "download-row");
        h.element("label", "Report for", "for", "audience");
        h.open("select", "id", "audience", "name", "audience");
        h.element("option", "Everyone (full report)", "value", "");
        for (Audience a : Audience.values()) {
            h.element("option", Words.sentence(a.name()) + " brief", "value", a.name());
        }
        h.close("select");
        h.element("button", "HTML", "type", "submit", "name", "format", "value", "html", "class", "button");
        h.element("button", "Markdown", "type", "submit", "name", "format", "value", "markdown", "class", "button");
        h.element("button", "JSON", "type", "submit", "name", "format", "value", "json", "class", "button", "id", "download-json");
        h.element("button", "Answers (YAML)", "type", "submit", "name", "format", "value", "answers", "class", "button secondary",
                "id", "download-answers");
        h.close("div").close("fieldset").close("form").nl();
        h.open("form", "method", "post", "action", "/" + kind() + "/load", "class", "edit").nl();
        hidden(h, ANSWERS, answersYaml);
        extra.forEach((k, v) -> hidden(h, k, v));
        h.element("button", editLabel, "type", "submit", "class", "button secondary");
        h.close("form").nl();
        h.close("div").nl();
    }

    static void hidden(Html h, String name, String value) {
        h.empty("input", "type", "hidden", "name", name, "value", value).nl();
    }

    /**
     * A download of {@code report} in the format the request names, or of the answers themselves.
     *
     * @param base the file name without extension, for example {@code risk-live-frt}
     */
    Response download(Request request, Report report, String answersYaml, String base) {
        String format = request.params().get("format").toLowerCase(Locale.ROOT);
        if (format.equals("answers")) {
            return Response.attachment(kind() + "-answers-" + base + ".yaml", "application/yaml; charset=utf-8", answersYaml);
        }
        ReportFormat f;
        try {
            f = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(400, "Unknown format", e.getMessage() + "; or answers");
        }
        Audience audience = audience(request.params().get("audience"));
        String suffix = audience == null ? "" : "." + audience.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String type = switch (f) {
            case JSON -> "application/json; charset=utf-8";
            case MARKDOWN -> "text/markdown; charset=utf-8";
            case HTML -> "text/html; charset=utf-8";
        };
        return Response.attachment(kind() + "-" + base + suffix + "." + f.extension(), type,
                assessments.render(report, f, audience));
    }

    private static Audience audience(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Audience.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(400, "Unknown audience", "'" + text + "' is not an audience; allowed: " + List.of(Audience.values()));
        }
    }

    /** Saved answers with a header that says what they are and how to use them again. */
    static String answersFile(String what, String command, String yaml) {
        return "# " + what + ", saved from the toolkit web app.\n"
                + "# Load this file on the tool's page to continue or to reassess, or run: " + command + "\n"
                + yaml;
    }

    /** The buttons at the end of a tool's form. */
    static void writeButtons(Html h, String primaryAction, String primaryLabel, List<String[]> others) {
        h.open("div", "class", "form-actions").nl();
        h.element("button", primaryLabel, "type", "submit", "name", "action", "value", primaryAction, "class", "button primary",
                "id", "submit-" + primaryAction);
        for (String[] b : others) {
            h.element("button", b[1], "type", "submit", "name", "action", "value", b[0], "class", "button secondary",
                    "formnovalidate", "", "id", "submit-" + b[0]);
        }
        h.close("div").nl();
    }

    /** The page for a request that cannot be served, with a way back. */
    Response problemPage(int status, String heading, Problems problems) {
        Html h = new Html();
        h.element("h1", heading).nl();
        problems.writeSummary(h);
        h.open("p").open("a", "href", "/" + kind()).text("Back to the " + title().toLowerCase(Locale.ROOT) + " form")
                .close("a").close("p").nl();
        return Response.page(status, Layout.page(assessments.pack(), heading, "/" + kind(), h.toString()));
    }
}
