package org.raitoolkit.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.raitoolkit.model.Audience;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.web.internal.Views.Button;
import org.raitoolkit.web.internal.Views.Buttons;
import org.raitoolkit.web.internal.Views.Frame;
import org.raitoolkit.web.internal.Views.Hidden;
import org.raitoolkit.web.internal.Views.Loader;
import org.raitoolkit.web.internal.Views.ResultActions;

/**
 * What the readiness, risk and workbook pages have in common: loading answers from a file or an
 * example, the progress line, the result page's download and edit forms, and the downloads
 * themselves. Each request carries all the answers it needs; a tool keeps nothing.
 */
abstract class Tool {

    /** Field of the saved answers (YAML) on the result page's forms. */
    static final String ANSWERS = "answers";

    final Assessments assessments;
    final Pages pages;

    Tool(Assessments assessments, Pages pages) {
        this.assessments = assessments;
        this.pages = pages;
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
    Loader loader(List<Hidden> carried, String example) {
        List<Fields.Choice> examples = new ArrayList<>();
        for (String name : assessments.examples().of(kind()).keySet()) {
            examples.add(new Fields.Choice(null, name, assessments.examples().label(kind(), name), name.equals(example), "", null));
        }
        return new Loader(kind(), examples, carried);
    }

    /**
     * The forms at the top of a result page: download the report in each format or the answers,
     * and go back to the form to change them. All carry the answers, and {@code extra} fields.
     */
    ResultActions resultActions(String answersYaml, Map<String, String> extra, String editLabel) {
        return resultActions(answersYaml, extra, editLabel, List.of());
    }

    /**
     * {@link #resultActions(String, Map, String)} with a form to download the {@code documents} to
     * file, which carries the same fields; none when the list is empty.
     */
    ResultActions resultActions(String answersYaml, Map<String, String> extra, String editLabel, List<Fields.Option> documents) {
        List<Hidden> carried = new ArrayList<>();
        carried.add(new Hidden(ANSWERS, answersYaml));
        extra.forEach((k, v) -> carried.add(new Hidden(k, v)));
        List<Fields.Option> audiences = new ArrayList<>();
        for (Audience a : Audience.values()) {
            audiences.add(Fields.Option.of(a.name(), Words.sentence(a.name()) + " brief"));
        }
        return new ResultActions(kind(), carried, audiences, editLabel, documents);
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
        return Response.attachment(kind() + "-" + base + suffix + "." + f.extension(), contentType(f),
                assessments.renderBytes(report, f, audience));
    }

    /** The content type of a download in {@code format}: JSON says its charset too, as the text formats do. */
    static String contentType(ReportFormat format) {
        return switch (format) {
            case JSON -> "application/json; charset=utf-8";
            case MARKDOWN, HTML, PDF, DOCX -> format.mediaType();
        };
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

    /** The buttons at the end of a tool's form: the main one, then pairs of action and label. */
    static Buttons buttons(String primaryAction, String primaryLabel, String... others) {
        List<Button> rest = new ArrayList<>();
        for (int i = 0; i + 1 < others.length; i += 2) {
            rest.add(new Button(others[i], others[i + 1]));
        }
        return new Buttons(new Button(primaryAction, primaryLabel), rest);
    }

    /** The frame of one of this tool's pages. */
    Frame frame(String title) {
        return Frame.of(assessments.pack(), title, "/" + kind());
    }
}
