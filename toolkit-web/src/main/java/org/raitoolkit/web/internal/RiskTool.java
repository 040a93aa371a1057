package org.raitoolkit.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.raitoolkit.model.DataSource;
import org.raitoolkit.model.FactSection;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.Mitigation;
import org.raitoolkit.model.MitigationStatus;
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
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.web.spi.DocumentDrafts;

/**
 * The risk assessment of one AI system, in two steps: first the system's profile, then a rating
 * for each risk factor that applies to that profile, with the factor's guidance, mitigations and
 * help; on submit, the risk report. Fields: {@code system.<profile field>},
 * {@code ratings.<factor id>.likelihood|severity|severity.scale|severity.scope|severity.irremediability|rationale},
 * {@code ratings.<factor id>.mitigations.<mitigation id>.status|evidence}, {@code organisationalReadiness} and the
 * record's {@code assessment.*} (see {@link RecordForm}).
 */
final class RiskTool extends Tool {

    private static final String[] CRITERIA = {"scale", "scope", "irremediability"};

    /** A mitigation's status on the form: not reported (blank), or one of the model's. */
    private static final List<Option> STATUSES = List.of(
            new Option("PLANNED", "Planned: decided on, not in place yet", ""),
            new Option("IMPLEMENTED", "Implemented: in place", ""),
            new Option("VERIFIED", "Verified: in place and checked", ""));

    /** The assessment record's fieldset, with the agency's decision. */
    private final RecordForm record = new RecordForm(true, "a recommendation of the result, such as REC-BIAS-AUDIT or "
            + "MIT:MIT-HUMAN-REVIEW,");

    /** The typed fact sections the reader knows: those of the engine's rule sets and of every provider on the class path. */
    private final List<FactSection<?>> sections;

    /** The documents to file that the result page offers; one that offers none when the server has no drafter. */
    private final DocumentDrafts documents;

    RiskTool(Assessments assessments, Pages pages, DocumentDrafts documents) {
        super(assessments, pages);
        this.sections = assessments.files().factSections();
        this.documents = documents;
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
            case "/risk/document" -> {
                // Assessed again from the carried answers, as a download is: the server kept no report.
                Upload answers = loaded(request);
                RiskAnswers a = assessments.files().parseRisk(answers.filename(), answers.bytes());
                return document(request, assessments.risk(a), Words.slug(a.system().name()));
            }
            default -> throw new BadRequest(404, "Page not found", "There is no page at " + request.path() + ".");
        }
    }

    /** The formats a document to file downloads in, as the form's buttons send them. */
    private static final String DOCUMENT_FORMATS = "html, markdown, pdf, docx, json";

    /**
     * The document to file that the request names, drafted from {@code report} in the format it
     * names, as an attachment {@code <key>-<base>.<extension>}.
     *
     * @throws BadRequest 400 naming the documents or the formats allowed, when the request names another
     */
    private Response document(Request request, RiskReport report, String base) {
        List<String> keys = documents.offers(report).stream().map(DocumentDrafts.Offer::key).toList();
        String key = request.params().get("document");
        if (!keys.contains(key)) {
            String allowed = keys.isEmpty() ? "none can be drafted from these answers" : "allowed: " + String.join(", ", keys);
            throw new BadRequest(400, "Unknown document", (key.isEmpty() ? "No document was chosen" : "'" + key
                    + "' is not a document offered for this system") + "; " + allowed + ".");
        }
        String format = request.params().get("format");
        ReportFormat f;
        try {
            f = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(400, "Unknown format", (format.isEmpty() ? "No format was chosen" : "'" + format
                    + "' is not a format a document downloads in") + "; allowed: " + DOCUMENT_FORMATS + ".");
        }
        return Response.attachment(key + "-" + base + "." + f.extension(), contentType(f), documents.draft(key, report, f));
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
        RecordForm.Read read = record.read(params);
        ObjectNode tree = tree(params, check.profile());
        read.checkedInto(tree);
        try {
            RiskAnswers answers = assessments.files().parseRisk(Trees.FORM_SOURCE, Trees.json(tree));
            read.refuseBadDates();
            return result(answers, assessments.risk(answers));
        } catch (InvalidInputException e) {
            InvalidInputException located = read.located(byMitigationId(tree, e));
            return factorsStep(params, check.profile(), Problems.ofForm(located, this::label, this::anchor).inPageOrder(this::rank),
                    400);
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
        record.read(params).typedInto(tree);
        return tree;
    }

    private ObjectNode systemTree(Params params) {
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
        SectionFields.toTree(sections, params, s);
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
        ArrayNode claims = r.arrayNode();
        for (String id : mitigationIds(params, factor)) {
            // A mitigation left "not reported" is not sent: only what the assessor states counts.
            String status = params.get(base + "mitigations." + id + ".status");
            if (!status.isEmpty()) {
                ObjectNode claim = claims.addObject().put("id", id).put("status", status);
                String evidence = params.get(base + "mitigations." + id + ".evidence");
                if (!evidence.isEmpty()) {
                    claim.put("evidence", evidence);
                }
            }
        }
        if (!claims.isEmpty()) {
            r.set("mitigations", claims);
        }
        if (params.has(base + "rationale")) {
            r.put("rationale", params.get(base + "rationale"));
        }
        return r.isEmpty() ? null : r;
    }

    /**
     * The factor's mitigations in the pack's order, then any other id the fields name (from a file
     * that lists an unknown one), so that the reader reports it instead of the form dropping it.
     */
    private static List<String> mitigationIds(Params params, RiskFactor factor) {
        String prefix = "ratings." + factor.id() + ".mitigations.";
        List<String> ids = new ArrayList<>(factor.mitigations().stream().map(Mitigation::id).toList());
        for (String name : params.names()) {
            if (name.startsWith(prefix) && name.endsWith(".status")) {
                String id = name.substring(prefix.length(), name.length() - ".status".length());
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static final java.util.regex.Pattern CLAIM =
            java.util.regex.Pattern.compile("^/ratings/([^/]+)/mitigations/(\\d+)(/.*)?$");

    /**
     * The reader names a mitigation of a rating by its place in the list the form sent; the form
     * names it by its id, which is where its problem is shown.
     */
    private static InvalidInputException byMitigationId(ObjectNode tree, InvalidInputException e) {
        List<Problem> located = new ArrayList<>();
        for (Problem p : e.problems()) {
            java.util.regex.Matcher m = CLAIM.matcher(p.pointer());
            String id = m.matches() ? tree.path("ratings").path(m.group(1).replace("~1", "/").replace("~0", "~"))
                    .path("mitigations").path(Integer.parseInt(m.group(2))).path("id").asText("") : "";
            located.add(id.isEmpty() ? p : new Problem(p.source(), p.line(), p.column(), "/ratings/" + m.group(1)
                    + "/mitigations/" + id.replace("~", "~0").replace("/", "~1") + (m.group(3) == null ? "" : m.group(3)),
                    p.message()));
        }
        return new InvalidInputException(e.getMessage(), located);
    }

    /** Checked answers as a document, the way they are saved. */
    private static ObjectNode treeOf(RiskAnswers answers) {
        return Trees.ofYaml(AnswerFiles.toYaml(answers));
    }

    /** Form fields from an answers document, values read as the model reads them (4 is LIKELY). */
    private Params params(JsonNode tree) {
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
        SectionFields.fromTree(sections, s, p);
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
            r.path("mitigations").forEach(m -> fillMitigation(m, base + "mitigations.", p));
            if (r.path("rationale").isValueNode()) {
                p.set(base + "rationale", r.path("rationale").asText());
            }
        });
        if (tree.path("organisationalReadiness").isValueNode()) {
            p.set("organisationalReadiness", tree.path("organisationalReadiness").asText().strip().toUpperCase(Locale.ROOT));
        }
        record.fill(tree.path("assessment"), p);
        return p;
    }

    /**
     * One mitigation of a file as form fields: a mapping with id, status and evidence, or an id
     * alone as older files give it, which the model reads as IMPLEMENTED.
     */
    private static void fillMitigation(JsonNode claim, String prefix, Params p) {
        String id = (claim.isValueNode() ? claim : claim.path("id")).asText("").strip();
        if (id.isEmpty()) {
            return;
        }
        JsonNode status = claim.path("status");
        p.set(prefix + id + ".status", status.isValueNode() && !status.isNull()
                ? status.asText().strip().toUpperCase(Locale.ROOT) : MitigationStatus.IMPLEMENTED.name());
        if (claim.path("evidence").isValueNode()) {
            p.set(prefix + id + ".evidence", claim.path("evidence").asText());
        }
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
        if (RecordForm.owns(field)) {
            return record.label(field);
        }
        String fixed = PROFILE_LABELS.get(field);
        if (fixed != null) {
            return fixed;
        }
        String section = SectionFields.label(sections, field);
        if (section != null) {
            return section;
        }
        if (field.startsWith("ratings.")) {
            for (RiskFactor f : assessments.pack().riskFactors()) {
                String base = "ratings." + f.id();
                if (field.equals(base)) {
                    return f.title();
                }
                if (field.startsWith(base + ".")) {
                    String part = field.substring(base.length() + 1);
                    if (part.startsWith("mitigations.")) {
                        return mitigationLabel(f, part.substring("mitigations.".length()));
                    }
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

    /** "Factor: mitigation" for {@code <id>}, "...: status" or "...: evidence"; null for a mitigation the factor has not. */
    private static String mitigationLabel(RiskFactor factor, String part) {
        int dot = part.indexOf('.');
        String id = dot < 0 ? part : part.substring(0, dot);
        String rest = dot < 0 ? "" : part.substring(dot + 1);
        return factor.mitigations().stream().filter(m -> m.id().equals(id)).findFirst()
                .map(m -> factor.title() + ": " + m.title() + switch (rest) {
                    case "" -> "";
                    case "status" -> ": status";
                    case "evidence" -> ": evidence reference";
                    default -> ": " + rest;
                })
                .orElse(null);
    }

    private static final List<String> PROFILE_ORDER = List.copyOf(PROFILE_LABELS.keySet());
    private static final List<String> RATING_PARTS = List.of("likelihood", "severity", "severity.scale", "severity.scope",
            "severity.irremediability", "mitigations", "rationale");

    /** Where a field comes on the page: the profile, its typed fact sections, then each factor's fields in turn. */
    private int rank(String field) {
        int profile = PROFILE_ORDER.indexOf(field);
        if (profile >= 0) {
            return profile;
        }
        if (RecordForm.owns(field)) {
            // The record comes after every factor.
            return 50_000 + record.rank(field);
        }
        if (SectionFields.label(sections, field) != null) {
            return 100;
        }
        List<RiskFactor> factors = assessments.pack().riskFactors();
        for (int i = 0; i < factors.size(); i++) {
            String base = "ratings." + factors.get(i).id();
            if (field.equals(base) || field.startsWith(base + ".")) {
                String part = field.substring(Math.min(field.length(), base.length() + 1));
                return 1000 + i * 10 + Math.max(0, RATING_PARTS.indexOf(part.startsWith("mitigations.") ? "mitigations" : part));
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

    /** One step of the three, as the step list shows it. */
    record Step(int number, String label, String state, String current) {
    }

    /** Step 1 ({@code riskProfile.jte}). */
    record ProfileView(Frame frame, List<Step> steps, Loader loader, Problems.Summary problems, List<Fields.Field> system,
            List<Fields.Field> facts, List<Fields.Field> origin, boolean attributesOpen, Fields.Field attributes,
            List<SectionFields.SectionView> sections, List<Hidden> rest, Buttons buttons) {
    }

    /** Step 2 ({@code riskFactors.jte}). */
    record FactorsView(Frame frame, String system, List<Step> steps, Problems.Summary problems, List<Term> profile,
            int applicable, int total, Progress progress, List<Term> likelihoods, List<Term> severities,
            Fields.Field readiness, List<Factor> factors, Fields.Field record, List<Hidden> rest, Buttons buttons) {
    }

    /** One risk factor to rate. */
    record Factor(String id, int number, String title, String factorId, String principles, String rights, String description,
            String appliesBecause, Fields.Field likelihood, Fields.Field severity, boolean criteriaOpen,
            List<Fields.Field> criteria, Fields.Field mitigations, Fields.Field rationale) {
    }

    /** The result ({@code riskResult.jte}). */
    record ResultView(Frame frame, Assessments.Embedded report, List<Step> steps, Badge decision, Badge level, String counts,
            ResultActions actions, List<Hidden> handoff, List<Fields.Choice> stages) {
    }

    private static List<Step> steps(int current) {
        String[] labels = {"The system", "Rate the risk factors", "Result"};
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            String state = i + 1 < current ? "done" : i + 1 == current ? "current" : "todo";
            steps.add(new Step(i + 1, labels[i], state, i + 1 == current ? "step" : null));
        }
        return steps;
    }

    private Response profileStep(Params params, Problems problems, int status) {
        Fields f = new Fields(params, problems.byField());
        f.skip(EXAMPLE);
        List<Fields.Field> system = List.of(
                f.text("system.name", "Name", "What the agency calls the system.", 200, true),
                f.textarea("system.purpose", "Purpose", "What it is used for, in a sentence or two: the task, where, and who is "
                        + "affected.", 4, 4000, true),
                f.radios("system.applicationArea", "Application area", "", Words.areas(), "stacked"),
                f.select("system.lifecycleStage", "Life-cycle stage", "Where the system is in its life in the agency. Design "
                        + "and development and procurement are alternative paths between the decision and deployment.",
                        Words.stages(), "Choose a stage"),
                f.radios("system.legalBasis", "Legal basis identified", "Has a legal basis for this use been identified?",
                        Words.legalBases(), "stacked"));
        List<Fields.Field> facts = new ArrayList<>();
        for (Words.Fact fact : Words.FACTS) {
            facts.add(f.checkbox("system." + fact.field(), fact.label(), fact.help()));
        }
        List<Fields.Field> origin = List.of(
                f.radios("system.sourcing", "Who builds it", "", Words.sourcings(), "stacked"),
                f.checkboxes("system.dataSources", "Data sources", "Where its input and training data come from. Tick all "
                        + "that apply.", Words.dataSources(), "columns"));
        boolean attributesOpen = params.has("system.attributes") || problems.byField().containsKey("system.attributes");
        Fields.Field attributes = f.textarea("system.attributes", "Further facts", "One per line, as key: value. The default "
                + "rules do not read them; a rule set added for your own law may.", 3, 20_000, false);
        // Every section a rule set here declares, enabled or not: facts for a later assessment with that set are kept.
        List<SectionFields.SectionView> sectionViews = SectionFields.views(sections, assessments.engine().factSections(), f,
                params, problems.byField().keySet());
        String title = status == 200 ? "Risk assessment: the system" : "Problems to fix: the system";
        return pages.page(status, "riskProfile.jte", new ProfileView(frame(title), steps(1), loader(List.of(),
                params.get(EXAMPLE)), problems.summary(), system, facts, origin, attributesOpen, attributes,
                sectionViews, f.rest(),
                buttons("factors", "Continue to the risk factors", "save", "Save answers so far (YAML)")));
    }

    private Response factorsStep(Params params, SystemProfile profile, Problems problems, int status) {
        ContentPack pack = assessments.pack();
        List<RiskFactor> applicable = pack.riskFactors().stream().filter(rf -> rf.appliesTo(profile)).toList();
        Fields f = new Fields(params, problems.byField());
        f.skip(EXAMPLE);
        int rated = (int) applicable.stream().filter(rf -> rated(params, rf)).count();
        List<Option> levels = new ArrayList<>();
        for (ReadinessLevel l : ReadinessLevel.values()) {
            levels.add(Option.of(l.name(), Words.sentence(l.name())));
        }
        Fields.Field readiness = f.select("organisationalReadiness", "Your agency's readiness level (optional)", "The overall "
                + "level from the readiness tool. An agency at the BEGINNING level with a high system risk is escalated.",
                levels, "Not known");
        List<Option> likelihoods = scale(pack.scoring().likelihoodScale(), Likelihood.values());
        List<Option> severities = scale(pack.scoring().severityScale(), Severity.values());
        List<Option> points = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            points.add(Option.of(String.valueOf(i), String.valueOf(i)));
        }
        List<Factor> factors = new ArrayList<>();
        int n = 0;
        for (RiskFactor rf : applicable) {
            n++;
            String base = "ratings." + rf.id();
            boolean criteriaOpen = java.util.Arrays.stream(CRITERIA).anyMatch(c -> params.has(base + ".severity." + c)
                    || problems.byField().containsKey(base + ".severity." + c));
            Fields.Field likelihood = f.radios(base + ".likelihood", "Likelihood", rf.guidance().likelihood(), likelihoods, "scale");
            Fields.Field severity = f.radios(base + ".severity", "Severity", rf.guidance().severity(), severities, "scale");
            List<Fields.Field> criteria = List.of(
                    f.select(base + ".severity.scale", "Scale", "How grave for the person affected.", points, "–"),
                    f.select(base + ".severity.scope", "Scope", "How many people it reaches.", points, "–"),
                    f.select(base + ".severity.irremediability", "Irremediability", "How hard to put right.", points, "–"));
            factors.add(new Factor(Fields.id(base), n, rf.title(), rf.id(),
                    rf.principles().stream().map(pack::principleName).collect(Collectors.joining(", ")),
                    rf.rights().stream().map(RightAtStake::name).map(Words::sentence).collect(Collectors.joining(", ")),
                    rf.description(), plain(rf.appliesWhen().describe()), likelihood, severity, criteriaOpen, criteria,
                    mitigations(f, base, rf),
                    f.textarea(base + ".rationale", "Rationale", "Why you rated it so: the evidence, and what the mitigations "
                            + "do in practice.", 3, 4000, false)));
        }
        String title = (status == 200 ? "Risk assessment: " : "Problems to fix: ") + profile.name();
        return pages.page(status, "riskFactors.jte", new FactorsView(frame(title), profile.name(), steps(2),
                problems.summary(), profileTerms(profile), applicable.size(), pack.riskFactors().size(),
                new Progress(rated, applicable.size(), "risk factors rated"), terms(pack.scoring().likelihoodScale()),
                terms(pack.scoring().severityScale()), readiness, factors, record.view(f, params), f.rest(),
                buttons("assess", "Assess the risk", "save", "Save answers so far (YAML)", "profile", "Change the profile")));
    }

    /** A factor's mitigations, each with its status and an optional reference to the evidence. */
    private static Fields.Group mitigations(Fields f, String base, RiskFactor rf) {
        List<Fields.Field> claims = new ArrayList<>();
        for (Mitigation m : rf.mitigations()) {
            String name = base + ".mitigations." + m.id();
            claims.add(f.group(name, m.title() + " " + effect(m), m.description(), List.of(
                    f.select(name + ".status", "Status", "", STATUSES, "Not reported"),
                    f.text(name + ".evidence", "Evidence reference (optional)", "", 500, false)),
                    "group mitigation", "two-columns"));
        }
        return f.group(base + ".mitigations", "Mitigations", "For each measure, say how far it has got. Only an implemented "
                + "or verified one lowers the likelihood or the severity, by the steps shown; a planned one lowers nothing and "
                + "is recommended as a condition of use. The evidence reference says where the proof is kept, such as a "
                + "document, a test report or a contract clause.", claims, "group mitigations", null);
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

    /** The profile as the ratings step sums it up. */
    private static List<Term> profileTerms(SystemProfile p) {
        List<String> facts = Words.FACTS.stream().filter(fact -> fact.holds().test(p)).map(Words.Fact::label).toList();
        return List.of(
                new Term("Purpose", p.purpose()),
                new Term("Application area", Words.areas().stream().filter(o -> o.value().equals(p.applicationArea().name()))
                        .map(Option::label).findFirst().orElse("")),
                new Term("Life-cycle stage", Words.stage(p.lifecycleStage())),
                new Term("Legal basis identified", Words.sentence(p.legalBasis().name())),
                new Term("What it does", facts.isEmpty() ? "None of the listed facts" : String.join("; ", facts)),
                new Term("Who builds it", Words.sentence(p.sourcing().name())),
                new Term("Data sources", p.dataSources().isEmpty() ? "None given"
                        : p.dataSources().stream().sorted().map(DataSource::name).map(d -> Words.dataSource(DataSource.valueOf(d)))
                        .collect(Collectors.joining("; "))));
    }

    private static List<Term> terms(List<ScaleLevel> scale) {
        return scale.stream().map(s -> new Term(s.value() + " · " + Words.sentence(s.label()), s.description())).toList();
    }

    private Response result(RiskAnswers answers, RiskReport report) {
        RiskResult r = report.result();
        String yaml = answersYaml(answers);
        Map<RiskLevel, Long> counts = r.factors().stream().collect(Collectors.groupingBy(FactorResult::residualLevel,
                () -> new java.util.EnumMap<>(RiskLevel.class), Collectors.counting()));
        String line = r.factors().size() + " risk factors apply; after the mitigations in place "
                + counts.getOrDefault(RiskLevel.VERY_HIGH, 0L) + " are very high, " + counts.getOrDefault(RiskLevel.HIGH, 0L)
                + " high, " + counts.getOrDefault(RiskLevel.MEDIUM, 0L) + " medium and " + counts.getOrDefault(RiskLevel.LOW, 0L)
                + " low. " + r.recommendations().size() + " recommendations follow in the report.";
        List<Hidden> handoff = List.of(new Hidden("risk", yaml), new Hidden("system", answers.system().name()),
                new Hidden("action", "stage"));
        List<Fields.Choice> stages = new ArrayList<>();
        for (Option o : Words.stages()) {
            stages.add(new Fields.Choice(null, o.value(), o.label(),
                    o.value().equals(answers.system().lifecycleStage().name()), "", null));
        }
        return pages.page(200, "riskResult.jte", new ResultView(frame("Risk of " + answers.system().name()),
                assessments.embeddable(report), steps(3), Badges.of(r.decision(), "result-decision"),
                Badges.of(r.overallLevel(), "result-level"), line, resultActions(yaml, Map.of(), "Change the answers",
                        documents.offers(report).stream().map(o -> Option.of(o.key(), o.name())).toList()),
                handoff, stages));
    }
}
