package org.raitoolkit.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.web.internal.Fields.Option;
import org.raitoolkit.web.internal.Views.Badge;
import org.raitoolkit.web.internal.Views.Buttons;
import org.raitoolkit.web.internal.Views.Frame;
import org.raitoolkit.web.internal.Views.Hidden;
import org.raitoolkit.web.internal.Views.Loader;
import org.raitoolkit.web.internal.Views.Progress;
import org.raitoolkit.web.internal.Views.ResultActions;
import org.raitoolkit.web.internal.Views.Term;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.MaturityLevel;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.ReadinessDimension;
import org.raitoolkit.model.ReadinessQuestion;
import org.raitoolkit.model.ReadinessResult;
import org.raitoolkit.model.ScaleLevel;
import org.raitoolkit.reports.ReadinessReport;

/**
 * The organisational readiness questionnaire: every question of the content pack, grouped by
 * dimension with its guidance, answered on the maturity scale; on submit, the readiness report.
 * Fields: {@code agency}, {@code answers.<question id>} and the record's {@code assessment.*} (see
 * {@link RecordForm}).
 */
final class ReadinessTool extends Tool {

    /** The assessment record's fieldset; readiness records no decision of the agency's. */
    private final RecordForm record = new RecordForm(false, "a recommendation of the result");

    ReadinessTool(Assessments assessments, Pages pages) {
        super(assessments, pages);
    }

    @Override
    String kind() {
        return "readiness";
    }

    @Override
    String title() {
        return "Organisational readiness";
    }

    @Override
    Response handle(Request request) {
        switch (request.path()) {
            case "/readiness" -> {
                if (!request.isPost()) {
                    String example = request.query().get("example");
                    if (!example.isEmpty()) {
                        byte[] bytes = assessments.examples().get(kind(), example);
                        if (bytes == null) {
                            throw new BadRequest(404, "No such example", "There is no readiness example named '" + example + "'.");
                        }
                        return load(new Upload(example + ".yaml", bytes), example);
                    }
                    return form(new Params(), Problems.none(), 200);
                }
                Params params = request.form();
                return params.get("action").equals("save") ? save(params) : assess(params);
            }
            case "/readiness/load" -> {
                return load(loaded(request), "");
            }
            case "/readiness/download" -> {
                Upload answers = loaded(request);
                ReadinessAnswers a = assessments.files().parseReadiness(answers.filename(), answers.bytes());
                return download(request, assessments.readiness(a), answersYaml(a), Words.slug(a.agency()));
            }
            default -> throw new BadRequest(404, "Page not found", "There is no page at " + request.path() + ".");
        }
    }

    private Response assess(Params params) {
        RecordForm.Read read = record.read(params);
        ObjectNode tree = tree(params);
        read.checkedInto(tree);
        try {
            ReadinessAnswers answers = assessments.files().parseReadiness(Trees.FORM_SOURCE, Trees.json(tree));
            read.refuseBadDates();
            return result(answers, assessments.readiness(answers));
        } catch (InvalidInputException e) {
            return form(params, Problems.ofForm(read.located(e), this::label, p -> null).inPageOrder(record::afterTheRest),
                    400);
        }
    }

    private Response save(Params params) {
        ObjectNode tree = tree(params);
        String yaml;
        try {
            yaml = answersYaml(assessments.files().parseReadiness(Trees.FORM_SOURCE, Trees.json(tree)));
        } catch (InvalidInputException e) {
            // Saved as they are, to be completed later: loading the file again shows what is missing.
            yaml = answersFile("Readiness answers (not yet complete)", "toolkit readiness FILE", Trees.yaml(tree));
        }
        return Response.attachment("readiness-answers-" + Words.slug(params.get("agency")) + ".yaml",
                "application/yaml; charset=utf-8", yaml);
    }

    /** Answers from a file, checked with the CLI's messages, put on the form. */
    private Response load(Upload file, String example) {
        try {
            ReadinessAnswers answers = assessments.files().parseReadiness(file.filename(), file.bytes());
            return form(params(treeOf(answers)).set(EXAMPLE, example), Problems.none(), 200);
        } catch (InvalidInputException e) {
            ObjectNode tree = Trees.read(file.filename(), file.bytes());
            return form(tree == null ? new Params() : params(tree), Problems.ofFile(e, this::label), 400);
        }
    }

    private static ObjectNode treeOf(ReadinessAnswers answers) {
        return Trees.ofYaml(AnswerFiles.toYaml(answers));
    }

    /** The answers document the form describes: only the pack's questions, only those answered; and the record. */
    private ObjectNode tree(Params params) {
        ObjectNode tree = Trees.answersDocument(params, "agency", assessments.pack().readinessQuestions(),
                ReadinessQuestion::id, ReadinessTool::field);
        record.read(params).typedInto(tree);
        return tree;
    }

    /** Form fields from an answers document, values read as the model reads them (2 is DEVELOPING). */
    private Params params(JsonNode tree) {
        Params params = new Params();
        JsonNode agency = tree.path("agency");
        if (agency.isValueNode()) {
            params.set("agency", agency.asText());
        }
        tree.path("answers").fields().forEachRemaining(e ->
                params.set("answers." + e.getKey(), Trees.constant(e.getValue(), MaturityLevel::parse)));
        record.fill(tree.path("assessment"), params);
        return params;
    }

    private static final java.util.regex.Pattern LEVEL = java.util.regex.Pattern.compile("(?:^|(?<=\\s))([0-4]): ");

    /**
     * Guidance that describes each answer in turn ("0: ... 1: ... 4: ..."), split: the text before
     * the first answer, then one text per answer 0 to 4; null when it is not written so.
     */
    static List<String> levels(String guidance) {
        java.util.regex.Matcher m = LEVEL.matcher(guidance);
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != starts.size()) {
                return null;
            }
            starts.add(m.start());
            ends.add(m.end());
        }
        if (starts.size() != 5) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(guidance.substring(0, starts.get(0)).strip());
        for (int i = 0; i < 5; i++) {
            parts.add(guidance.substring(ends.get(i), i < 4 ? starts.get(i + 1) : guidance.length()).strip());
        }
        return parts;
    }

    private static String field(ReadinessQuestion q) {
        return "answers." + q.id();
    }

    private String label(String field) {
        if (RecordForm.owns(field)) {
            return record.label(field);
        }
        if (field.equals("agency")) {
            return "Agency";
        }
        if (field.startsWith("answers.")) {
            return assessments.pack().readinessQuestion(field.substring("answers.".length()))
                    .map(q -> q.id() + " (" + assessments.pack().dimension(q.dimension()).map(ReadinessDimension::name)
                            .orElse(q.dimension()) + ")")
                    .orElse(null);
        }
        return null;
    }

    private static String answersYaml(ReadinessAnswers answers) {
        return answersFile("Readiness answers for " + oneLine(answers.agency()), "toolkit readiness FILE",
                AnswerFiles.toYaml(answers));
    }

    /** Text for a YAML comment: one line, at most 120 characters. */
    static String oneLine(String text) {
        String s = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    // ------------------------------------------------------------------ pages

    /** The questionnaire page ({@code readiness.jte}). */
    record FormView(Frame frame, Loader loader, Problems.Summary problems, Progress progress, Fields.Text agency,
            List<Term> scale, List<Dimension> dimensions, Fields.Field record, List<Hidden> rest, Buttons buttons) {
    }

    /** One dimension's questions, with how many are answered. */
    record Dimension(String headingId, String name, String description, long done, List<Question> questions) {
    }

    /** One question: its radio group, and whether it is critical. */
    record Question(String id, String elementId, Fields.Choices field, boolean critical) {
    }

    /** The result page ({@code readinessResult.jte}). */
    record ResultView(Frame frame, Assessments.Embedded report, Badge level, String line, ResultActions actions) {
    }

    private Response form(Params params, Problems problems, int status) {
        ContentPack pack = assessments.pack();
        Fields f = new Fields(params, problems.byField());
        f.skip(EXAMPLE);
        int answered = (int) pack.readinessQuestions().stream().filter(q -> params.has(field(q))).count();
        Fields.Text agency = f.text("agency", "Agency", "The agency's name, as the report should show it.", 200, true);
        List<Term> scale = new ArrayList<>();
        for (ScaleLevel s : pack.scoring().maturityScale()) {
            scale.add(new Term(s.value() + " · " + Words.sentence(s.label()), s.description()));
        }
        scale.add(new Term("Unknown", "Nobody could say. Scores as 0 and is reported as a gap in knowledge; "
                + "a question left unanswered counts as unknown."));
        List<Option> options = new ArrayList<>();
        for (MaturityLevel m : MaturityLevel.values()) {
            options.add(Option.of(m.name(), m == MaturityLevel.UNKNOWN ? "Unknown" : m.value() + " · " + Words.sentence(m.name())));
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (ReadinessDimension d : pack.dimensions()) {
            List<ReadinessQuestion> questions = pack.readinessQuestions().stream()
                    .filter(q -> q.dimension().equals(d.id())).toList();
            if (questions.isEmpty()) {
                continue;
            }
            List<Question> shown = new ArrayList<>();
            for (ReadinessQuestion q : questions) {
                List<String> levels = levels(q.guidance());
                Fields.Choices radios;
                if (levels == null) {
                    radios = f.radios(field(q), q.text(), q.guidance(), options, "scale" + (q.critical() ? " critical" : ""));
                } else {
                    // Guidance written as "0: ... 1: ... 4: ..." goes beside each answer, where it is read.
                    List<Option> described = new ArrayList<>();
                    for (int i = 0; i < options.size(); i++) {
                        Option o = options.get(i);
                        described.add(new Option(o.value(), o.label(), i < 5 ? levels.get(i + 1) : ""));
                    }
                    radios = f.radios(field(q), q.text(), levels.get(0), described, "levels" + (q.critical() ? " critical" : ""));
                }
                shown.add(new Question(q.id(), "q-" + Fields.id(q.id()), radios, q.critical()));
            }
            long done = questions.stream().filter(q -> params.has(field(q))).count();
            dimensions.add(new Dimension("dim-" + Fields.id(d.id()), d.name(), d.description(), done, shown));
        }
        String title = status == 200 ? "Organisational readiness" : "Problems to fix: organisational readiness";
        return pages.page(status, "readiness.jte", new FormView(frame(title), loader(List.of(), params.get(EXAMPLE)),
                problems.summary(), new Progress(answered, pack.readinessQuestions().size(), "questions answered"), agency,
                scale, dimensions, record.view(f, params), f.rest(), buttons("assess", "Assess readiness", "save", "Save answers so far (YAML)")));
    }

    private Response result(ReadinessAnswers answers, ReadinessReport report) {
        ReadinessResult r = report.result();
        String line = String.format(java.util.Locale.ROOT, "mean score %.0f%% · roadmap phase %d: %s", r.meanScore(),
                r.roadmapPhase().number(), r.roadmapPhase().name());
        return pages.page(200, "readinessResult.jte", new ResultView(frame("Readiness of " + answers.agency()),
                assessments.embeddable(report), Badges.of(r.overallLevel(), "result-level"), line,
                resultActions(answersYaml(answers), Map.of(), "Change the answers")));
    }
}
