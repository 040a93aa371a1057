package org.raitoolkit.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.web.internal.FormParser.Upload;
import org.raitoolkit.web.internal.FormWriter.Option;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.DataSource;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.Mitigation;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.ReadinessLevel;
import org.raitoolkit.model.RightAtStake;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.ScaleLevel;
import org.raitoolkit.model.Severity;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.reports.RiskReport;

/**
 * The risk assessment of one AI system, in two steps: first the system's profile, then a rating
 * for each risk factor that applies to that profile, with the factor's guidance, mitigations and
 * help; on submit, the risk report. Fields: {@code system.<profile field>},
 * {@code ratings.<factor id>.likelihood|severity|severity.scale|severity.scope|severity.irremediability|mitigations|rationale}
 * and {@code organisationalReadiness}.
 */
final class RiskTool extends Tool {

    private static final String[] CRITERIA = {"scale", "scope", "irremediability"};
    private static final String EU_AI_ACT = "EU-AI-ACT";

    RiskTool(Assessments assessments) {
        super(assessments);
    }

    @Override
    String kind() {
        return "risk";
    }

    @Override
    String title() {
        return "AI system risk assessment";
    }

    @Override
    Response handle(Request request) {
        switch (request.path()) {
            case "/risk" -> {
                if (!request.isPost()) {
                    String example = request.query().get("example");
                    if (!example.isEmpty()) {
                        byte[] bytes = assessments.examples().get(kind(), example);
                        if (bytes == null) {
                            throw new BadRequest(404, "No such example", "There is no risk example named '" + example + "'.");
                        }
                        return load(new Upload(example + ".yaml", bytes), example);
                    }
                    return profileStep(new Params(), Problems.none(), 200);
                }
                Params params = request.form();
                return switch (params.get("action")) {
                    case "profile" -> profileStep(params, Problems.none(), 200);
                    case "factors" -> factors(params);
                    case "save" -> save(params);
                    default -> assess(params);
                };
            }
            case "/risk/load" -> {
                return load(loaded(request), "");
            }
            case "/risk/download" -> {
                Upload answers = loaded(request);
                RiskAnswers a = assessments.files().parseRisk(answers.filename(), answers.bytes());
                return download(request, assessments.risk(a), answersYaml(a), Words.slug(a.system().name()));
            }
            default -> throw new BadRequest(404, "Page not found", "There is no page at " + request.path() + ".");
        }
    }

    // ------------------------------------------------------------------ steps

    /** The profile the form describes, checked by the answer reader, or the problems it found with it. */
    private record ProfileCheck(SystemProfile profile, Problems problems) {
    }

    private ProfileCheck checkProfile(Params params) {
        ObjectNode tree = Trees.object();
        tree.set("system", systemTree(params));
        tree.putObject("ratings");
        try {
            return new ProfileCheck(assessments.files().parseRisk(Trees.FORM_SOURCE, Trees.json(tree)).system(), Problems.none());
        } catch (InvalidInputException e) {
            // With no ratings yet, every applicable factor is reported missing: those are for the next step.
            List<Problem> profile = e.problems().stream().filter(p -> !p.pointer().startsWith("/ratings")).toList();
            if (profile.isEmpty()) {
                // Read again without the ratings, so that the typed fact sections are read too.
                return new ProfileCheck(assessments.files().parseSystem(Trees.FORM_SOURCE, Trees.json(tree)), Problems.none());
            }
            return new ProfileCheck(null, Problems.ofForm(new InvalidInputException(e.getMessage(), profile), this::label, p -> null)
                    .inPageOrder(this::rank));
        }
    }

    private Response factors(Params params) {
        ProfileCheck check = checkProfile(params);
        if (!check.problems().isEmpty()) {
            return profileStep(params, check.problems(), 400);
        }
        return factorsStep(params, check.profile(), Problems.none(), 200);
    }

    private Response assess(Params params) {
        ProfileCheck check = checkProfile(params);
        if (!check.problems().isEmpty()) {
            return profileStep(params, check.problems(), 400);
        }
        try {
            RiskAnswers answers = assessments.files().parseRisk(Trees.FORM_SOURCE, Trees.json(tree(params, check.profile())));
            return result(answers, assessments.risk(answers));
        } catch (InvalidInputException e) {
            return factorsStep(params, check.profile(), Problems.ofForm(e, this::label, this::anchor).inPageOrder(this::rank), 400);
        }
    }

    private Response save(Params params) {
        ProfileCheck check = checkProfile(params);
        ObjectNode tree = tree(params, check.profile());
        String yaml;
        try {
            yaml = answersYaml(assessments.files().parseRisk(Trees.FORM_SOURCE, Trees.json(tree)));
        } catch (InvalidInputException e) {
            // Saved as they are, to be completed later: loading the file again lists what is missing.
            yaml = answersFile("Risk answers (not yet complete)", "toolkit risk FILE", Trees.yaml(tree));
        }
        return Response.attachment("risk-answers-" + Words.slug(params.get("system.name")) + ".yaml",
                "application/yaml; charset=utf-8", yaml);
    }

    /**
     * Answers from a file, checked with the CLI's messages. Valid answers open the ratings step; a
     * file with problems is put on the form as far as it reads, with its problems listed, so that
     * answers saved half-way can be completed.
     */
    private Response load(Upload file, String example) {
        try {
            RiskAnswers answers = assessments.files().parseRisk(file.filename(), file.bytes());
            return factorsStep(params(treeOf(answers)).set(EXAMPLE, example), answers.system(), Problems.none(), 200);
        } catch (InvalidInputException e) {
            ObjectNode tree = Trees.read(file.filename(), file.bytes());
            Params params = tree == null ? new Params() : params(tree);
            Problems problems = Problems.ofFile(e, this::label);
            ProfileCheck check = checkProfile(params);
            return check.problems().isEmpty() ? factorsStep(params, check.profile(), problems, 400)
                    : profileStep(params, problems, 400);
        }
    }

    // ------------------------------------------------------------------ form <-> answers

    /** The answers document: the profile, the ratings of the factors that apply (all given ones if unknown), the level. */
    private ObjectNode tree(Params params, SystemProfile profile) {
        ObjectNode tree = Trees.object();
        tree.set("system", systemTree(params));
        ObjectNode ratings = tree.putObject("ratings");
        for (RiskFactor factor : assessments.pack().riskFactors()) {
            // A rating of a factor that no longer applies, after the profile changed, is not shown and not sent.
            if (profile == null || factor.appliesTo(profile)) {
                ObjectNode rating = ratingTree(params, factor);
                if (rating != null) {
                    ratings.set(factor.id(), rating);
                }
            }
        }
        if (params.has("organisationalReadiness")) {
            tree.put("organisationalReadiness", params.get("organisationalReadiness"));
        }
        return tree;
    }

    private static ObjectNode systemTree(Params params) {
        ObjectNode s = Trees.object();
        for (String field : new String[] {"name", "purpose", "applicationArea", "lifecycleStage", "legalBasis"}) {
            if (params.has("system." + field)) {
                s.put(field, params.get("system." + field));
            }
        }
        for (Words.Fact fact : Words.FACTS) {
            s.put(fact.field(), "true".equalsIgnoreCase(params.get("system." + fact.field())));
        }
        if (params.has("system.sourcing")) {
            s.put("sourcing", params.get("system.sourcing"));
        }
        ArrayNode sources = s.putArray("dataSources");
        params.all("system.dataSources").forEach(sources::add);
        ObjectNode attributes = s.objectNode();
        for (String line : params.raw("system.attributes").split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            attributes.put((colon < 0 ? line : line.substring(0, colon)).strip(), colon < 0 ? "" : line.substring(colon + 1).strip());
        }
        if (!attributes.isEmpty()) {
            s.set("attributes", attributes);
        }
        ObjectNode eu = EuAiActFields.toTree(params, s);
        if (eu != null) {
            s.set("euAiAct", eu);
        }
        return s;
    }

    /** The rating of {@code factor} the form gives, or null when nothing of it is filled in. */
    private static ObjectNode ratingTree(Params params, RiskFactor factor) {
        String base = "ratings." + factor.id() + ".";
        ObjectNode r = Trees.object();
        if (params.has(base + "likelihood")) {
            r.put("likelihood", params.get(base + "likelihood"));
        }
        if (params.has(base + "severity")) {
            r.put("severity", params.get(base + "severity"));
        }
        ObjectNode criteria = r.objectNode();
        for (String c : CRITERIA) {
            String v = params.get(base + "severity." + c);
            if (v.matches("\\d{1,2}")) {
                criteria.put(c, Integer.parseInt(v));
            } else if (!v.isEmpty()) {
                criteria.put(c, v);
            }
        }
        if (!criteria.isEmpty()) {
            r.set("severityCriteria", criteria);
        }
        List<String> mitigations = params.all(base + "mitigations");
        if (!mitigations.isEmpty()) {
            ArrayNode m = r.putArray("mitigations");
            mitigations.forEach(m::add);
        }
        if (params.has(base + "rationale")) {
            r.put("rationale", params.get(base + "rationale"));
        }
        return r.isEmpty() ? null : r;
    }

    /** Checked answers as a document, the way they are saved. */
    private static ObjectNode treeOf(RiskAnswers answers) {
        ObjectNode tree = Trees.read("answers.yaml", AnswerFiles.toYaml(answers).getBytes(StandardCharsets.UTF_8));
        if (tree == null) {
            throw new IllegalStateException("answers written as YAML did not read back");
        }
        return tree;
    }

    /** Form fields from an answers document, values read as the model reads them (4 is LIKELY). */
    private static Params params(JsonNode tree) {
        Params p = new Params();
        JsonNode s = tree.path("system");
        for (String field : new String[] {"name", "purpose"}) {
            if (s.path(field).isValueNode()) {
                p.set("system." + field, s.path(field).asText());
            }
        }
        for (String field : new String[] {"applicationArea", "lifecycleStage", "sourcing"}) {
            if (s.path(field).isValueNode()) {
                p.set("system." + field, s.path(field).asText().strip().toUpperCase(Locale.ROOT));
            }
        }
        JsonNode basis = s.path("legalBasis");
        if (basis.isBoolean()) {
            p.set("system.legalBasis", basis.asBoolean() ? "YES" : "NO");
        } else if (basis.isValueNode()) {
            p.set("system.legalBasis", basis.asText().strip().toUpperCase(Locale.ROOT));
        }
        for (Words.Fact fact : Words.FACTS) {
            JsonNode v = s.path(fact.field());
            if (v.asBoolean(false) || "true".equalsIgnoreCase(v.asText())) {
                p.set("system." + fact.field(), "true");
            }
        }
        s.path("dataSources").forEach(v -> p.add("system.dataSources", v.asText().strip().toUpperCase(Locale.ROOT)));
        if (s.path("attributes").isObject()) {
            StringBuilder lines = new StringBuilder();
            s.path("attributes").fields().forEachRemaining(e -> lines.append(e.getKey()).append(": ")
                    .append(e.getValue().asText()).append('\n'));
            p.set("system.attributes", lines.toString());
        }
        EuAiActFields.fromTree(s.path("euAiAct"), p);
        tree.path("ratings").fields().forEachRemaining(e -> {
            String base = "ratings." + e.getKey() + ".";
            JsonNode r = e.getValue();
            p.set(base + "likelihood", Trees.constant(r.path("likelihood"), Likelihood::parse));
            JsonNode severity = r.path("severity");
            JsonNode criteria = severity.isObject() ? severity : r.path("severityCriteria");
            if (!severity.isObject()) {
                p.set(base + "severity", Trees.constant(severity, Severity::parse));
            }
            for (String c : CRITERIA) {
                if (criteria.path(c).isValueNode()) {
                    p.set(base + "severity." + c, criteria.path(c).asText());
                }
            }
            r.path("mitigations").forEach(m -> p.add(base + "mitigations", m.asText()));
            if (r.path("rationale").isValueNode()) {
                p.set(base + "rationale", r.path("rationale").asText());
            }
        });
        if (tree.path("organisationalReadiness").isValueNode()) {
            p.set("organisationalReadiness", tree.path("organisationalReadiness").asText().strip().toUpperCase(Locale.ROOT));
        }
        return p;
    }

    private static String answersYaml(RiskAnswers answers) {
        return answersFile("Risk answers for " + ReadinessTool.oneLine(answers.system().name()), "toolkit risk FILE",
                AnswerFiles.toYaml(answers));
    }

    // ------------------------------------------------------------------ labels

    private static final Map<String, String> PROFILE_LABELS = new LinkedHashMap<>();

    static {
        PROFILE_LABELS.put("system.name", "Name");
        PROFILE_LABELS.put("system.purpose", "Purpose");
        PROFILE_LABELS.put("system.applicationArea", "Application area");
        PROFILE_LABELS.put("system.lifecycleStage", "Life-cycle stage");
        PROFILE_LABELS.put("system.legalBasis", "Legal basis identified");
        Words.FACTS.forEach(f -> PROFILE_LABELS.put("system." + f.field(), f.label()));
        PROFILE_LABELS.put("system.sourcing", "Who builds it");
        PROFILE_LABELS.put("system.dataSources", "Data sources");
        PROFILE_LABELS.put("system.attributes", "Further facts");
        PROFILE_LABELS.put("organisationalReadiness", "Agency readiness level");
    }

    /** The label of a field, for the problem summary, or null when the form has no such field. */
    private String label(String field) {
        String fixed = PROFILE_LABELS.get(field);
        if (fixed != null) {
            return fixed;
        }
        if (field.startsWith(EuAiActFields.PREFIX)) {
            return "EU AI Act: " + Words.sentence(field.substring(EuAiActFields.PREFIX.length())
                    .replaceAll("([a-z])([A-Z])", "$1_$2"));
        }
        if (field.startsWith("ratings.")) {
            for (RiskFactor f : assessments.pack().riskFactors()) {
                String base = "ratings." + f.id();
                if (field.equals(base)) {
                    return f.title();
                }
                if (field.startsWith(base + ".")) {
                    String part = field.substring(base.length() + 1);
                    String word = switch (part) {
                        case "likelihood" -> "likelihood";
                        case "severity" -> "severity";
                        case "severity.scale" -> "scale (UNGP criteria)";
                        case "severity.scope" -> "scope (UNGP criteria)";
                        case "severity.irremediability" -> "irremediability (UNGP criteria)";
                        case "mitigations" -> "mitigations";
                        case "rationale" -> "rationale";
                        default -> null;
                    };
                    return word == null ? null : f.title() + ": " + word;
                }
            }
        }
        return null;
    }

    private static final List<String> PROFILE_ORDER = List.copyOf(PROFILE_LABELS.keySet());
    private static final List<String> RATING_PARTS = List.of("likelihood", "severity", "severity.scale", "severity.scope",
            "severity.irremediability", "mitigations", "rationale");

    /** Where a field comes on the page: the profile, its EU AI Act facts, then each factor's fields in turn. */
    private int rank(String field) {
        int profile = PROFILE_ORDER.indexOf(field);
        if (profile >= 0) {
            return profile;
        }
        if (field.startsWith(EuAiActFields.PREFIX)) {
            return 100;
        }
        List<RiskFactor> factors = assessments.pack().riskFactors();
        for (int i = 0; i < factors.size(); i++) {
            String base = "ratings." + factors.get(i).id();
            if (field.equals(base) || field.startsWith(base + ".")) {
                return 1000 + i * 10 + Math.max(0, RATING_PARTS.indexOf(field.substring(Math.min(field.length(), base.length() + 1))));
            }
        }
        return 100_000;
    }

    /** A problem with the ratings as a whole (a missing rating) is shown at the factor it names. */
    private String anchor(Problem problem) {
        for (RiskFactor f : assessments.pack().riskFactors()) {
            if (problem.message().contains("'" + f.id() + "'")) {
                return "ratings." + f.id();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ pages

    private void writeSteps(Html h, int current) {
        String[] steps = {"The system", "Rate the risk factors", "Result"};
        h.open("ol", "class", "steps", "aria-label", "Steps");
        for (int i = 0; i < steps.length; i++) {
            String state = i + 1 < current ? "done" : i + 1 == current ? "current" : "todo";
            h.open("li", "class", state, "aria-current", i + 1 == current ? "step" : null)
                    .element("span", String.valueOf(i + 1), "class", "step-number").text(steps[i]).close("li");
        }
        h.close("ol").nl();
    }

    private Response profileStep(Params params, Problems problems, int status) {
        Html h = new Html();
        h.element("h1", "AI system risk assessment").nl();
        writeSteps(h, 1);
        h.element("p", "Describe the system and its intended use. The profile decides which risk factors apply: only "
                + "those are asked for in the next step, each with guidance for rating it.", "class", "lead").nl();
        writeLoader(h, null, params.get(EXAMPLE));
        problems.writeSummary(h);
        FormWriter f = new FormWriter(h, params, problems.byField());
        f.skip(EXAMPLE);
        h.open("form", "method", "post", "action", "/risk", "novalidate", "", "class", "tool-form").nl();
        h.open("fieldset", "class", "group").element("legend", "The system").nl();
        f.text("system.name", "Name", "What the agency calls the system.", 200, true);
        f.textarea("system.purpose", "Purpose", "What it is used for, in a sentence or two: the task, where, and who is affected.",
                4, 4000, true);
        f.radios("system.applicationArea", "Application area", "", Words.areas(), "stacked");
        f.select("system.lifecycleStage", "Life-cycle stage", "Where the system is in its life in the agency. Design and "
                + "development and procurement are alternative paths between the decision and deployment.",
                Words.stages(), "Choose a stage");
        f.radios("system.legalBasis", "Legal basis identified", "Has a legal basis for this use been identified?",
                Words.legalBases(), "stacked");
        h.close("fieldset").nl();
        h.open("fieldset", "class", "group").element("legend", "What the system does").nl();
        h.element("p", "Tick every statement that is true of the system.", "class", "help");
        for (Words.Fact fact : Words.FACTS) {
            f.checkbox("system." + fact.field(), fact.label(), fact.help());
        }
        h.close("fieldset").nl();
        h.open("fieldset", "class", "group").element("legend", "Where it and its data come from").nl();
        f.radios("system.sourcing", "Who builds it", "", Words.sourcings(), "stacked");
        f.checkboxes("system.dataSources", "Data sources", "Where its input and training data come from. Tick all that apply.",
                Words.dataSources(), "columns");
        h.close("fieldset").nl();
        boolean attributes = params.has("system.attributes") || problems.byField().containsKey("system.attributes");
        h.open("details", "class", "group", "open", attributes ? "" : null)
                .element("summary", "Further facts for rule sets your agency added").nl();
        f.textarea("system.attributes", "Further facts", "One per line, as key: value. The default rules do not read them; a "
                + "rule set added for your own law may.", 3, 20_000, false);
        h.close("details").nl();
        if (assessments.hasRuleSet(EU_AI_ACT)) {
            h.open("fieldset", "class", "group").element("legend", "EU AI Act facts").nl();
            h.element("p", "Read by the EU AI Act rule set, which is enabled on this server. Leave a fact as not "
                    + "stated when it does not apply.", "class", "help");
            h.open("div", "class", "two-columns");
            EuAiActFields.write(f);
            h.close("div").nl();
            h.close("fieldset").nl();
        } else if (EuAiActFields.available()) {
            // Part of the profile all the same: kept in the answers for a later assessment with the rule set.
            boolean given = EuAiActFields.any(params) || problems.byField().keySet().stream()
                    .anyMatch(k -> k.startsWith(EuAiActFields.PREFIX));
            h.open("details", "class", "group", "open", given ? "" : null, "id", "eu-ai-act")
                    .element("summary", "EU AI Act facts (optional)").nl();
            h.element("p", "Read only by the EU AI Act rule set, which is not enabled on this server (start it with "
                    + "toolkit --jurisdiction EU serve). They are kept with the answers for an assessment that uses it.",
                    "class", "help");
            h.open("div", "class", "two-columns");
            EuAiActFields.write(f);
            h.close("div").nl();
            h.close("details").nl();
        }
        f.carryTheRest();
        writeButtons(h, "factors", "Continue to the risk factors",
                List.<String[]>of(new String[] {"save", "Save answers so far (YAML)"}));
        h.close("form").nl();
        return Response.page(status, Layout.page(assessments.pack(), status == 200 ? "Risk assessment: the system"
                : "Problems to fix: the system", "/risk", h.toString()));
    }

    private Response factorsStep(Params params, SystemProfile profile, Problems problems, int status) {
        ContentPack pack = assessments.pack();
        List<RiskFactor> applicable = pack.riskFactors().stream().filter(rf -> rf.appliesTo(profile)).toList();
        Html h = new Html();
        h.open("h1").text("Risk assessment: " + profile.name()).close("h1").nl();
        writeSteps(h, 2);
        problems.writeSummary(h);
        FormWriter f = new FormWriter(h, params, problems.byField());
        f.skip(EXAMPLE);
        h.open("form", "method", "post", "action", "/risk", "novalidate", "", "data-progress-scope", "",
                "class", "tool-form").nl();
        writeProfileSummary(h, profile, applicable.size(), pack.riskFactors().size());
        int rated = (int) applicable.stream().filter(rf -> rated(params, rf)).count();
        writeProgress(h, rated, applicable.size(), "risk factors rated");
        writeScales(h, pack);
        List<Option> levels = new ArrayList<>();
        for (ReadinessLevel l : ReadinessLevel.values()) {
            levels.add(Option.of(l.name(), Words.sentence(l.name())));
        }
        f.select("organisationalReadiness", "Your agency's readiness level (optional)", "The overall level from the "
                + "readiness tool. An agency at the BEGINNING level with a high system risk is escalated.", levels, "Not known");
        List<Option> likelihoods = scale(pack.scoring().likelihoodScale(), Likelihood.values());
        List<Option> severities = scale(pack.scoring().severityScale(), Severity.values());
        List<Option> points = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            points.add(Option.of(String.valueOf(i), String.valueOf(i)));
        }
        int n = 0;
        for (RiskFactor rf : applicable) {
            n++;
            String base = "ratings." + rf.id();
            h.open("section", "class", "factor", "id", Html.id(base), "data-group", "", "aria-labelledby", "h-" + Html.id(base)).nl();
            h.open("h2", "id", "h-" + Html.id(base)).element("span", n + ".", "class", "factor-number").text(" " + rf.title())
                    .close("h2").nl();
            h.open("p", "class", "meta").element("code", rf.id()).text(" · Threatens: " + rf.principles().stream()
                    .map(pack::principleName).collect(Collectors.joining(", "))).text(" · Rights at stake: "
                    + rf.rights().stream().map(RightAtStake::name).map(Words::sentence).collect(Collectors.joining(", ")))
                    .close("p").nl();
            h.element("p", rf.description()).nl();
            h.open("p", "class", "applies").element("strong", "Applies because: ").text(plain(rf.appliesWhen().describe()) + ".")
                    .close("p").nl();
            h.open("div", "class", "rating-grid").nl();
            h.open("div", "data-part", "").nl();
            f.radios(base + ".likelihood", "Likelihood", rf.guidance().likelihood(), likelihoods, "scale");
            h.close("div").nl();
            h.open("div", "data-part", "").nl();
            f.radios(base + ".severity", "Severity", rf.guidance().severity(), severities, "scale");
            boolean criteria = java.util.Arrays.stream(CRITERIA).anyMatch(c -> params.has(base + ".severity." + c)
                    || problems.byField().containsKey(base + ".severity." + c));
            h.open("details", "class", "criteria", "open", criteria ? "" : null)
                    .element("summary", "Or rate severity by the three UN Guiding Principles criteria").nl();
            h.element("p", "Give these instead of a severity above, not as well: each 1 (least) to 5 (most).", "class", "help");
            h.open("div", "class", "criteria-row");
            f.select(base + ".severity.scale", "Scale", "How grave for the person affected.", points, "–");
            f.select(base + ".severity.scope", "Scope", "How many people it reaches.", points, "–");
            f.select(base + ".severity.irremediability", "Irremediability", "How hard to put right.", points, "–");
            h.close("div").close("details").nl();
            h.close("div").nl();
            h.close("div").nl();
            List<Option> mitigations = new ArrayList<>();
            for (Mitigation m : rf.mitigations()) {
                mitigations.add(new Option(m.id(), m.title() + " " + effect(m), m.description()));
            }
            f.checkboxes(base + ".mitigations", "Mitigations in place", "Tick only those in place now. Each lowers the "
                    + "likelihood or the severity by the steps shown.", mitigations, "stacked");
            f.textarea(base + ".rationale", "Rationale", "Why you rated it so: the evidence, and what the mitigations do in "
                    + "practice.", 3, 4000, false);
            h.close("section").nl();
        }
        if (applicable.isEmpty()) {
            h.element("p", "No risk factor of the content pack applies to this profile. Assess the risk to record that.",
                    "class", "notice tone-grey");
        }
        f.carryTheRest();
        writeButtons(h, "assess", "Assess the risk", List.of(new String[] {"save", "Save answers so far (YAML)"},
                new String[] {"profile", "Change the profile"}));
        h.close("form").nl();
        return Response.page(status, Layout.page(pack, (status == 200 ? "Risk assessment: " : "Problems to fix: ")
                + profile.name(), "/risk", h.toString()));
    }

    /** A condition as the model describes it, with its constant names as words: "any of [real time, ...]". */
    static String plain(String described) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b").matcher(described);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group().replace('_', ' ').toLowerCase(Locale.ROOT)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean rated(Params params, RiskFactor rf) {
        String base = "ratings." + rf.id();
        boolean criteria = java.util.Arrays.stream(CRITERIA).allMatch(c -> params.has(base + ".severity." + c));
        return params.has(base + ".likelihood") && (params.has(base + ".severity") || criteria);
    }

    private static String effect(Mitigation m) {
        List<String> parts = new ArrayList<>();
        if (m.effect().likelihoodReduction() > 0) {
            parts.add("likelihood −" + m.effect().likelihoodReduction());
        }
        if (m.effect().severityReduction() > 0) {
            parts.add("severity −" + m.effect().severityReduction());
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static List<Option> scale(List<ScaleLevel> levels, Enum<?>[] constants) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < constants.length; i++) {
            String label = i < levels.size() ? levels.get(i).label() : constants[i].name();
            options.add(Option.of(constants[i].name(), (i + 1) + " · " + Words.sentence(label)));
        }
        return options;
    }

    private void writeProfileSummary(Html h, SystemProfile p, int applicable, int total) {
        h.open("section", "class", "profile-summary", "aria-labelledby", "profile-title").nl();
        h.element("h2", "The system", "id", "profile-title").nl();
        h.open("dl", "class", "facts-list");
        h.element("dt", "Purpose").element("dd", p.purpose());
        h.element("dt", "Application area").element("dd", Words.areas().stream()
                .filter(o -> o.value().equals(p.applicationArea().name())).map(Option::label).findFirst().orElse(""));
        h.element("dt", "Life-cycle stage").element("dd", Words.stage(p.lifecycleStage()));
        h.element("dt", "Legal basis identified").element("dd", Words.sentence(p.legalBasis().name()));
        List<String> facts = Words.FACTS.stream().filter(fact -> fact.holds().test(p)).map(Words.Fact::label).toList();
        h.element("dt", "What it does").element("dd", facts.isEmpty() ? "None of the listed facts" : String.join("; ", facts));
        h.element("dt", "Who builds it").element("dd", Words.sentence(p.sourcing().name()));
        h.element("dt", "Data sources").element("dd", p.dataSources().isEmpty() ? "None given"
                : p.dataSources().stream().sorted().map(DataSource::name).map(d -> Words.dataSource(DataSource.valueOf(d)))
                .collect(Collectors.joining("; ")));
        h.close("dl").nl();
        h.element("p", applicable + " of the " + total + " risk factors in the content pack apply to this profile. "
                + "To change it, use “Change the profile” at the end of the form; your ratings are kept.", "class", "muted").nl();
        h.close("section").nl();
    }

    private static void writeScales(Html h, ContentPack pack) {
        h.open("details", "class", "scale-help").element("summary", "What the likelihood and severity scales mean").nl();
        h.open("div", "class", "scale-columns");
        h.open("div").element("h3", "Likelihood").open("dl", "class", "scale-list");
        for (ScaleLevel s : pack.scoring().likelihoodScale()) {
            h.element("dt", s.value() + " · " + Words.sentence(s.label())).element("dd", s.description());
        }
        h.close("dl").close("div");
        h.open("div").element("h3", "Severity").open("dl", "class", "scale-list");
        for (ScaleLevel s : pack.scoring().severityScale()) {
            h.element("dt", s.value() + " · " + Words.sentence(s.label())).element("dd", s.description());
        }
        h.close("dl").close("div").close("div").close("details").nl();
    }

    private Response result(RiskAnswers answers, RiskReport report) {
        RiskResult r = report.result();
        Assessments.Embedded embedded = assessments.embeddable(report);
        String yaml = answersYaml(answers);
        Html h = new Html();
        h.open("article", "class", "report").raw(embedded.header()).nl();
        h.open("section", "class", "result-summary", "aria-label", "Result").nl();
        writeSteps(h, 3);
        h.open("p", "class", "headline").text("Decision ");
        Badges.write(h, r.decision(), "result-decision");
        h.text(" · overall residual risk ");
        Badges.write(h, r.overallLevel(), "result-level");
        h.close("p").nl();
        Map<RiskLevel, Long> counts = r.factors().stream().collect(Collectors.groupingBy(FactorResult::residualLevel,
                () -> new java.util.EnumMap<>(RiskLevel.class), Collectors.counting()));
        h.element("p", r.factors().size() + " risk factors apply; after the mitigations in place "
                + counts.getOrDefault(RiskLevel.VERY_HIGH, 0L) + " are very high, " + counts.getOrDefault(RiskLevel.HIGH, 0L)
                + " high, " + counts.getOrDefault(RiskLevel.MEDIUM, 0L) + " medium and " + counts.getOrDefault(RiskLevel.LOW, 0L)
                + " low. " + r.recommendations().size() + " recommendations follow in the report.").nl();
        writeResultActions(h, yaml, Map.of(), "Change the answers");
        h.open("form", "method", "post", "action", "/workbook", "class", "handoff").nl();
        hidden(h, "risk", yaml);
        hidden(h, "system", answers.system().name());
        hidden(h, "action", "stage");
        h.element("label", "Next: the workbook of actions for this system, at the stage", "for", "handoff-stage");
        h.open("select", "id", "handoff-stage", "name", "stage");
        for (Option o : Words.stages()) {
            h.element("option", o.label(), "value", o.value(),
                    "selected", o.value().equals(answers.system().lifecycleStage().name()) ? "" : null);
        }
        h.close("select");
        h.element("button", "Open the workbook", "type", "submit", "class", "button secondary");
        h.close("form").nl();
        h.close("section").nl();
        h.raw(embedded.body()).close("article").nl();
        return Response.page(200, Layout.page(assessments.pack(), "Risk of " + answers.system().name(), "/risk", h.toString()));
    }
}
