package org.raitoolkit.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.InstrumentalPrinciple;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Principle;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.model.WorkbookItem;
import org.raitoolkit.model.WorkbookResult;
import org.raitoolkit.model.WorkbookStatus;
import org.raitoolkit.reports.WorkbookReport;

/**
 * The "responsible AI in action" workbook for one system and one life-cycle stage: the stage's
 * items grouped by principle, each with what counts as done; on submit, the completion per
 * principle and an action plan ordered by the system's assessed risks. The system's risk answers
 * come from the risk tool (a file, or carried from its result page). Fields: {@code system},
 * {@code stage}, {@code risk} (the risk answers as YAML), {@code answers.<item id>}, the record's
 * {@code assessment.*} (see {@link RecordForm}), and the file {@code riskFile}.
 */
final class WorkbookTool extends Tool {

    /** The assessment record's fieldset; its conditions answer items of the action plan. */
    private final RecordForm record = new RecordForm(false, "an item of the review's action plan, such as WB-DEC-LEGITIMACY-01,");

    WorkbookTool(Assessments assessments, Pages pages) {
        super(assessments, pages);
    }

    @Override
    String kind() {
        return "workbook";
    }

    @Override
    String title() {
        return "Workbook";
    }

    @Override
    Response handle(Request request) {
        switch (request.path()) {
            case "/workbook" -> {
                if (!request.isPost()) {
                    String example = request.query().get("example");
                    if (!example.isEmpty()) {
                        return example(example);
                    }
                    Params params = new Params();
                    params.set("stage", request.query().get("stage"));
                    return form(params, Problems.none(), 200);
                }
                Params params = request.form();
                Problems problems = takeRiskFile(params, request.file("riskFile"));
                return switch (params.get("action")) {
                    case "stage" -> form(params, problems, problems.isEmpty() ? 200 : 400);
                    case "save" -> save(params);
                    default -> assess(params, problems);
                };
            }
            case "/workbook/load" -> {
                return load(loaded(request), request.params());
            }
            case "/workbook/download" -> {
                Upload answers = loaded(request);
                WorkbookAnswers a = assessments.files().parseWorkbook(answers.filename(), answers.bytes());
                Params params = request.params();
                RiskAnswers risk = assessments.files().parseRisk("risk answers.yaml", params.raw("risk").getBytes(StandardCharsets.UTF_8));
                LifecycleStage stage = stage(params.get("stage"));
                if (stage == null) {
                    throw new BadRequest(400, "No stage", "The download names no life-cycle stage; allowed: "
                            + List.of(LifecycleStage.values()));
                }
                return download(request, assessments.workbook(risk, stage, a), answersYaml(a),
                        Words.slug(a.system()) + "-" + stage.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            default -> throw new BadRequest(404, "Page not found", "There is no page at " + request.path() + ".");
        }
    }

    // ------------------------------------------------------------------ risk answers

    /** An uploaded risk answer file replaces the carried risk answers when it is valid; its problems otherwise. */
    private Problems takeRiskFile(Params params, Upload file) {
        if (file == null) {
            return Problems.none();
        }
        try {
            RiskAnswers risk = assessments.files().parseRisk(file.filename(), file.bytes());
            params.set("risk", AnswerFiles.toYaml(risk));
            if (!params.has("system")) {
                params.set("system", risk.system().name());
            }
            return Problems.none();
        } catch (InvalidInputException e) {
            return Problems.ofFile(e, f -> null);
        }
    }

    /** The carried risk answers, or null when there are none or they are not valid. */
    private RiskAnswers risk(Params params) {
        if (!params.has("risk")) {
            return null;
        }
        try {
            return assessments.files().parseRisk("risk answers.yaml", params.raw("risk").getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static LifecycleStage stage(String text) {
        try {
            return text.isEmpty() ? null : LifecycleStage.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The stage the form shows: the one chosen, else the stage of the system's risk answers, else the first. */
    private static LifecycleStage shownStage(Params params, RiskAnswers risk) {
        LifecycleStage chosen = stage(params.get("stage"));
        if (chosen != null) {
            return chosen;
        }
        return risk != null ? risk.system().lifecycleStage() : LifecycleStage.values()[0];
    }

    // ------------------------------------------------------------------ actions

    private Response assess(Params params, Problems fileProblems) {
        Problems problems = fileProblems;
        RiskAnswers risk = null;
        if (!params.has("risk")) {
            problems = problems.and(Problems.ofForm(new InvalidInputException("workbook", List.of(org.raitoolkit.model.Problem.at(
                    "/risk", "no risk answers: choose the system's risk answer file (download it from the risk tool's result "
                            + "page); its assessed risks order the action plan"))), this::label, p -> null));
        } else {
            try {
                risk = assessments.files().parseRisk("risk answers.yaml", params.raw("risk").getBytes(StandardCharsets.UTF_8));
            } catch (InvalidInputException e) {
                problems = problems.and(Problems.ofFile(e, f -> null));
            }
        }
        LifecycleStage stage = stage(params.get("stage"));
        WorkbookAnswers answers = null;
        RecordForm.Read read = record.read(params);
        ObjectNode tree = tree(params);
        read.checkedInto(tree);
        try {
            answers = assessments.files().parseWorkbook(Trees.FORM_SOURCE, Trees.json(tree));
            read.refuseBadDates();
        } catch (InvalidInputException e) {
            answers = null;
            problems = problems.and(Problems.ofForm(read.located(e), this::label, p -> null).inPageOrder(record::afterTheRest));
        }
        if (stage == null) {
            problems = problems.and(Problems.ofForm(new InvalidInputException("workbook", List.of(org.raitoolkit.model.Problem.at(
                    "/stage", "choose a life-cycle stage; allowed: " + List.of(LifecycleStage.values())))), this::label, p -> null));
        }
        if (!problems.isEmpty() || risk == null || answers == null) {
            return form(params, problems, 400);
        }
        try {
            return result(answers, risk, stage, assessments.workbook(risk, stage, answers));
        } catch (InvalidInputException e) {
            return form(params, Problems.ofForm(read.located(e), this::label, p -> null).inPageOrder(record::afterTheRest), 400);
        }
    }

    private Response save(Params params) {
        ObjectNode tree = tree(params);
        String yaml;
        try {
            yaml = answersYaml(assessments.files().parseWorkbook(Trees.FORM_SOURCE, Trees.json(tree)));
        } catch (InvalidInputException e) {
            yaml = answersFile("Workbook answers (not yet complete)", "toolkit workbook FILE --stage STAGE --risk RISKFILE",
                    Trees.yaml(tree));
        }
        return Response.attachment("workbook-answers-" + Words.slug(params.get("system")) + ".yaml",
                "application/yaml; charset=utf-8", yaml);
    }

    /** Workbook answers from a file, with the risk answers and stage the loading form carried. */
    private Response load(Upload file, Params carried) {
        Params params;
        Problems problems;
        try {
            WorkbookAnswers answers = assessments.files().parseWorkbook(file.filename(), file.bytes());
            params = params(treeOf(answers));
            problems = Problems.none();
        } catch (InvalidInputException e) {
            ObjectNode tree = Trees.read(file.filename(), file.bytes());
            params = tree == null ? new Params() : params(tree);
            problems = Problems.ofFile(e, this::label);
        }
        Params filled = params;
        filled.set("risk", carried.raw("risk"));
        filled.set("stage", carried.get("stage"));
        filled.set(EXAMPLE, carried.get(EXAMPLE));
        if (!filled.has("stage")) {
            // The stage of the first item answered: a saved file usually holds one stage.
            filled.names().stream().filter(n -> n.startsWith("answers."))
                    .map(n -> assessments.pack().workbookItem(n.substring("answers.".length())).orElse(null))
                    .filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(item -> filled.set("stage", item.stage().name()));
        }
        return form(filled, problems, problems.isEmpty() ? 200 : 400);
    }

    /** A bundled workbook example, named {@code <risk example>-<stage>}, with its system's risk answers. */
    private Response example(String name) {
        byte[] bytes = assessments.examples().get(kind(), name);
        if (bytes == null) {
            throw new BadRequest(404, "No such example", "There is no workbook example named '" + name + "'.");
        }
        Params carried = new Params().set(EXAMPLE, name);
        for (LifecycleStage stage : LifecycleStage.values()) {
            String suffix = "-" + stage.name().toLowerCase(Locale.ROOT).replace('_', '-');
            byte[] risk = name.endsWith(suffix)
                    ? assessments.examples().get("risk", name.substring(0, name.length() - suffix.length())) : null;
            if (risk != null) {
                carried.set("stage", stage.name());
                carried.set("risk", AnswerFiles.toYaml(assessments.files().parseRisk(name + " risk.yaml", risk)));
            }
        }
        return load(new Upload(name + ".yaml", bytes), carried);
    }

    // ------------------------------------------------------------------ form <-> answers

    /** The answers document: the system's name, the status of every item given, of any stage, and the record. */
    private ObjectNode tree(Params params) {
        ObjectNode tree = Trees.answersDocument(params, "system", assessments.pack().workbookItems(),
                WorkbookItem::id, WorkbookTool::field);
        record.read(params).typedInto(tree);
        return tree;
    }

    private static ObjectNode treeOf(WorkbookAnswers answers) {
        return Trees.ofYaml(AnswerFiles.toYaml(answers));
    }

    private Params params(JsonNode tree) {
        Params params = new Params();
        if (tree.path("system").isValueNode()) {
            params.set("system", tree.path("system").asText());
        }
        tree.path("answers").fields().forEachRemaining(e ->
                params.set("answers." + e.getKey(), Trees.constant(e.getValue(), WorkbookStatus::parse)));
        record.fill(tree.path("assessment"), params);
        return params;
    }

    private static String field(WorkbookItem item) {
        return "answers." + item.id();
    }

    private String label(String field) {
        if (RecordForm.owns(field)) {
            return record.label(field);
        }
        return switch (field) {
            case "system" -> "System name";
            case "stage" -> "Life-cycle stage";
            case "risk" -> "Risk answer file";
            default -> field.startsWith("answers.")
                    ? assessments.pack().workbookItem(field.substring("answers.".length())).map(WorkbookItem::id).orElse(null)
                    : null;
        };
    }

    private static String answersYaml(WorkbookAnswers answers) {
        return answersFile("Workbook answers for " + ReadinessTool.oneLine(answers.system()),
                "toolkit workbook FILE --stage STAGE --risk RISKFILE", AnswerFiles.toYaml(answers));
    }

    // ------------------------------------------------------------------ pages

    /** The workbook page ({@code workbook.jte}). */
    record FormView(Frame frame, Loader loader, Problems.Summary problems, List<Hidden> risk, String riskLoaded,
            List<String> riskErrors, Fields.Field system, Fields.Field stage, Progress progress, List<PrincipleItems> principles,
            Fields.Field record, List<Hidden> rest, Buttons buttons) {
    }

    /** The items of one principle, with how many are answered. */
    record PrincipleItems(String headingId, String name, String core, String meaning, long done, List<Item> items) {
    }

    /** One item: its radio group and who usually carries it out. */
    record Item(String id, String owner, Fields.Field field) {
    }

    /** The review ({@code workbookResult.jte}). */
    record ResultView(Frame frame, Assessments.Embedded report, String stage, Badge completion, String open,
            ResultActions actions) {
    }

    private Response form(Params params, Problems problems, int status) {
        ContentPack pack = assessments.pack();
        RiskAnswers risk = risk(params);
        LifecycleStage stage = shownStage(params, risk);
        if (!params.has("system") && risk != null) {
            params.set("system", risk.system().name());
        }
        params.set("stage", stage.name());
        Fields f = new Fields(params, problems.byField());
        f.skip(EXAMPLE);
        List<Hidden> carried = risk == null ? List.of() : List.of(f.hidden("risk", params.raw("risk")));
        String loaded = null;
        if (risk != null) {
            loaded = risk.system().name() + " (" + Words.stage(risk.system().lifecycleStage()).toLowerCase(Locale.ROOT)
                    + " stage, " + risk.ratings().size() + " factors rated).";
        } else {
            f.skip("risk");
        }
        Fields.Field system = f.text("system", "System name", "As the report should show it; by default the name in the risk "
                + "answers.", 200, true);
        Fields.Field stageField = f.select("stage", "Life-cycle stage", "The workbook has a list of actions for each stage.",
                Words.stages(), null);
        List<WorkbookItem> items = pack.workbookItems(stage);
        int answered = (int) items.stream().filter(i -> params.has(field(i))).count();
        List<Option> options = new ArrayList<>();
        for (WorkbookStatus s : WorkbookStatus.values()) {
            options.add(Option.of(s.name(), s == WorkbookStatus.NOT_APPLICABLE ? "Not applicable" : Words.sentence(s.name())));
        }
        Map<String, List<WorkbookItem>> byPrinciple = new LinkedHashMap<>();
        for (InstrumentalPrinciple p : pack.instrumentalPrinciples()) {
            List<WorkbookItem> of = items.stream().filter(i -> i.principle().equals(p.id())).toList();
            if (!of.isEmpty()) {
                byPrinciple.put(p.id(), of);
            }
        }
        // Items whose principle the pack does not list (a custom pack) still appear, at the end.
        items.stream().filter(i -> !byPrinciple.containsKey(i.principle()))
                .forEach(i -> byPrinciple.computeIfAbsent(i.principle(), k -> new ArrayList<>()).add(i));
        List<PrincipleItems> principles = new ArrayList<>();
        for (Map.Entry<String, List<WorkbookItem>> e : byPrinciple.entrySet()) {
            String principleId = e.getKey();
            List<Item> shown = new ArrayList<>();
            for (WorkbookItem item : e.getValue()) {
                shown.add(new Item(item.id(), Words.sentence(item.owner().name()),
                        f.radios(field(item), item.text(), "Done when: " + item.guidance(), options, "scale")));
            }
            long done = e.getValue().stream().filter(i -> params.has(field(i))).count();
            String meaning = pack.instrumentalPrinciples().stream().filter(p -> p.id().equals(principleId)).findFirst()
                    .map(InstrumentalPrinciple::meaning).orElse(null);
            principles.add(new PrincipleItems("p-" + Fields.id(principleId), pack.principleName(principleId),
                    pack.coreOf(principleId).map(Principle::name).orElse(""), meaning, done, shown));
        }
        String title = status == 200 ? "Workbook" : "Problems to fix: workbook";
        return pages.page(status, "workbook.jte", new FormView(frame(title), loader(carried, params.get(EXAMPLE)),
                problems.summary(), carried, loaded,
                f.problemsOf("risk"), system, stageField, new Progress(answered, items.size(), "items answered"), principles,
                record.view(f, params), f.rest(), buttons("assess", "Review the workbook", "save", "Save answers so far (YAML)")));
    }

    private Response result(WorkbookAnswers answers, RiskAnswers risk, LifecycleStage stage, WorkbookReport report) {
        WorkbookResult r = report.result();
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("risk", AnswerFiles.toYaml(risk));
        extra.put("stage", stage.name());
        String open = r.actionPlan().size() + (r.actionPlan().size() == 1 ? " open action" : " open actions");
        return pages.page(200, "workbookResult.jte", new ResultView(frame("Workbook of " + answers.system()),
                assessments.embeddable(report), Words.stage(stage), Badges.percent(r.overallPercent(), "result-completion"),
                open, resultActions(answersYaml(answers), extra, "Change the answers")));
    }
}
