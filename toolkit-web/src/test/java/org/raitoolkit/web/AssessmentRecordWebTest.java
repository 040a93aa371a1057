package org.raitoolkit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raitoolkit.web.WebForms.Field;
import static org.raitoolkit.web.WebForms.hidden;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.AcceptedCondition;
import org.raitoolkit.model.AdviceOutcome;
import org.raitoolkit.model.Approval;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.Assessor;
import org.raitoolkit.model.DpoConsultation;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.MitigationStatus;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RecordState;
import org.raitoolkit.model.ReviewTrigger;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * The mitigation statuses and the "Assessment record" fieldset of the three forms, over HTTP:
 * what the form sends reaches the engine, what the engine refuses is listed on the form with the
 * values kept, and answer files fill the new fields again.
 */
class AssessmentRecordWebTest {

    private static final ToolkitEngine DEFAULTS = ToolkitEngine.withDefaults();
    private static final AnswerFiles FILES = AnswerFiles.forPack(ContentPacks.defaults()).withFactSections(WebForms.SECTIONS);
    private static final String WORKBOOK = "org/raitoolkit/content/examples/workbook/live-facial-recognition-missing-persons-deployment.yaml";
    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    private static ToolkitWebServer server;
    private static WebForms web;

    @BeforeAll
    static void start() {
        server = ToolkitWebServer.builder(DEFAULTS).port(0).start();
        web = new WebForms(server.uri());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    // ------------------------------------------------------------------ mitigation statuses

    @Test
    void should_lower_nothing_when_the_mitigations_are_only_planned_and_the_same_are_implemented_would() {
        // GIVEN the example with every mitigation PLANNED, and again IMPLEMENTED (without its record,
        // whose decision fits the example as it is)
        RiskAnswers lfr = WebForms.riskExample(WebForms.LFR).withAssessment(null);
        RiskAnswers planned = withStatus(lfr, MitigationStatus.PLANNED, "Project plan v2, section 4");
        RiskAnswers implemented = withStatus(lfr, MitigationStatus.IMPLEMENTED, null);
        RiskResult none = DEFAULTS.assessRisk(withStatus(lfr, null, null));
        RiskResult inPlace = DEFAULTS.assessRisk(implemented);
        assertThat(residuals(inPlace)).as("the example's mitigations lower some risk when in place")
                .isNotEqualTo(residuals(none));

        // WHEN each is sent by the form
        HttpResponse<String> plannedPage = web.post("/risk", WebForms.with(WebForms.risk(planned), "action", "assess"));
        HttpResponse<String> implementedPage = web.post("/risk", WebForms.with(WebForms.risk(implemented), "action", "assess"));

        // THEN the planned ones reach the engine with their status and evidence, and lower nothing
        assertThat(plannedPage.statusCode()).isEqualTo(200);
        RiskAnswers carried = FILES.parseRisk("answers.yaml", hidden(plannedPage.body(), "answers").getBytes(StandardCharsets.UTF_8));
        assertThat(carried).isEqualTo(planned);
        RiskResult plannedResult = DEFAULTS.assessRisk(carried);
        assertThat(residuals(plannedResult)).isEqualTo(residuals(none));
        assertThat(plannedPage.body()).contains("id=\"result-level\">" + words(none.overallLevel()) + "<");
        // AND the implemented ones lower the risk as the engine says
        assertThat(implementedPage.statusCode()).isEqualTo(200);
        assertThat(implementedPage.body()).contains("id=\"result-level\">" + words(inPlace.overallLevel()) + "<",
                "id=\"result-decision\">" + words(inPlace.decision()) + "<");
    }

    @Test
    void should_send_no_mitigation_when_its_status_is_left_not_reported() {
        // GIVEN the example's fields with every status blank and an evidence reference typed for one
        RiskAnswers lfr = WebForms.riskExample(WebForms.LFR);
        List<Field> fields = new ArrayList<>();
        for (Field f : WebForms.risk(lfr)) {
            fields.add(f.name().endsWith(".status") ? new Field(f.name(), "") : f);
        }
        Map.Entry<String, FactorRating> first = lfr.ratings().entrySet().stream()
                .filter(e -> !e.getValue().mitigations().isEmpty()).findFirst().orElseThrow();
        fields.add(new Field("ratings." + first.getKey() + ".mitigations." + first.getValue().mitigations().get(0).id()
                + ".evidence", "Test report 12"));

        // WHEN
        HttpResponse<String> page = web.post("/risk", WebForms.with(fields, "action", "assess"));

        // THEN no mitigation is in the answers
        assertThat(page.statusCode()).isEqualTo(200);
        RiskAnswers carried = FILES.parseRisk("answers.yaml", hidden(page.body(), "answers").getBytes(StandardCharsets.UTF_8));
        assertThat(carried.ratings().values()).allSatisfy(r -> assertThat(r.mitigations()).isEmpty());
    }

    // ------------------------------------------------------------------ the record on the risk form

    @Test
    void should_accept_a_final_record_and_carry_it_when_every_field_it_needs_is_given() {
        // GIVEN the example with a complete final record, a condition tied to one of its recommendations
        RiskAnswers lfr = WebForms.riskExample(WebForms.LFR);
        RiskResult result = DEFAULTS.assessRisk(lfr);
        AssessmentRecord record = complete(result.recommendations().get(0).id(), result.decision());
        List<Field> fields = WebForms.risk(lfr);
        fields.addAll(WebForms.record(record));

        // WHEN
        HttpResponse<String> page = web.post("/risk", WebForms.with(fields, "action", "assess"));

        // THEN the result, with the record in the answers it carries
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"result-decision\">" + words(result.decision()) + "<");
        RiskAnswers carried = FILES.parseRisk("answers.yaml", hidden(page.body(), "answers").getBytes(StandardCharsets.UTF_8));
        assertThat(carried.assessment()).isEqualTo(record);
    }

    @Test
    void should_list_every_missing_field_and_keep_the_values_when_a_final_record_has_no_approver() {
        // GIVEN a final record without approval, outcome of the advice, next review or review triggers
        RiskAnswers lfr = WebForms.riskExample(WebForms.LFR);
        RiskResult result = DEFAULTS.assessRisk(lfr);
        AssessmentRecord full = complete(result.recommendations().get(0).id(), result.decision());
        AssessmentRecord incomplete = new AssessmentRecord(RecordState.FINAL, full.assessors(), full.assessedOn(),
                new DpoConsultation("Dana Officer", DAY, "Limit the watchlist to missing persons.", null, null),
                full.agencyDecision(), null, null, full.conditions(), null, List.of());
        List<Field> fields = WebForms.risk(lfr);
        fields.addAll(WebForms.record(incomplete));

        // WHEN
        HttpResponse<String> page = web.post("/risk", WebForms.with(fields, "action", "assess"));

        // THEN each missing field is listed, named in words and linked, in the order of the form
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("4 problems to fix")
                .containsSubsequence(
                        "<a href=\"#f-assessment-dataProtectionOfficer-outcome\">Data-protection officer: what became of the advice</a>",
                        "<a href=\"#f-assessment-approval\">Approval</a>: a final record needs who approved the decision",
                        "<a href=\"#f-assessment-nextReview\">Next review by</a>: a final record needs",
                        "<a href=\"#f-assessment-reviewTriggers\">Events that bring the review forward</a>: a final record needs");
        // AND what was typed is still on the form, with the final box ticked
        assertThat(page.body()).contains("value=\"" + full.assessors().get(0).name() + "\"",
                "Limit the watchlist to missing persons.</textarea>",
                "name=\"assessment.final\" value=\"true\" checked");
    }

    @Test
    void should_name_the_field_and_its_row_when_a_date_does_not_read_or_a_condition_names_no_recommendation() {
        // GIVEN a draft record with a date in the wrong form, and a condition in the third row only
        RiskAnswers lfr = WebForms.riskExample(WebForms.LFR);
        List<Field> fields = WebForms.risk(lfr);
        fields.add(new Field("assessment.assessedOn", "31/12/2026"));
        fields.add(new Field("assessment.conditions.2.recommendation", "REC-NO-SUCH"));
        fields.add(new Field("assessment.conditions.2.dueDate", "2027-02-30"));

        // WHEN
        HttpResponse<String> page = web.post("/risk", WebForms.with(fields, "action", "assess"));

        // THEN both dates are named, with the row on the form
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains(
                "<a href=\"#f-assessment-assessedOn\">Assessed on</a>: &#39;31/12/2026&#39; is not a date; enter it as "
                        + "year-month-day",
                "<a href=\"#f-assessment-conditions-2-dueDate\">Condition 3: due by</a>: &#39;2027-02-30&#39; is not a date",
                "value=\"31/12/2026\"");
        assertThat(page.body()).doesNotContain("#f-assessment-conditions-0");

        // AND WHEN the dates are corrected, the engine's word on the condition comes at its row
        List<Field> corrected = WebForms.without(fields, "assessment.");
        corrected.add(new Field("assessment.assessedOn", "2026-12-31"));
        corrected.add(new Field("assessment.conditions.2.recommendation", "REC-NO-SUCH"));
        HttpResponse<String> again = web.post("/risk", WebForms.with(corrected, "action", "assess"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("<a href=\"#f-assessment-conditions-2-recommendation\">Condition 3: recommendation "
                + "id</a>: &#39;REC-NO-SUCH&#39; is not a recommendation of this assessment");
    }

    @Test
    void should_ask_for_a_reason_when_the_agency_decides_more_mildly_than_the_toolkit() {
        // GIVEN a draft record whose decision is PROCEED, milder than the example's
        RiskAnswers lfr = WebForms.riskExample(WebForms.LFR);
        assertThat(DEFAULTS.assessRisk(lfr).decision()).isNotEqualTo(org.raitoolkit.model.Decision.PROCEED);
        List<Field> fields = WebForms.with(WebForms.risk(lfr), "assessment.agencyDecision", "PROCEED");

        // WHEN
        HttpResponse<String> page = web.post("/risk", WebForms.with(fields, "action", "assess"));

        // THEN
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<a href=\"#f-assessment-decisionReason\">Reason for the agency&#39;s decision</a>: "
                + "the agency&#39;s decision PROCEED is milder than the toolkit&#39;s");
    }

    @Test
    void should_fill_statuses_evidence_and_record_again_when_the_answers_are_uploaded() {
        // GIVEN answers with a planned mitigation, evidence and a final record, as a result page saves them
        RiskAnswers lfr = WebForms.riskExample(WebForms.LFR);
        RiskResult result = DEFAULTS.assessRisk(lfr);
        RiskAnswers answers = withStatus(lfr, MitigationStatus.VERIFIED, "Audit 2026/7")
                .withAssessment(complete(result.recommendations().get(0).id(), result.decision()));
        String saved = AnswerFiles.toYaml(answers);
        Map.Entry<String, FactorRating> first = lfr.ratings().entrySet().stream()
                .filter(e -> !e.getValue().mitigations().isEmpty()).findFirst().orElseThrow();
        String claim = "ratings." + first.getKey() + ".mitigations." + first.getValue().mitigations().get(0).id();

        // WHEN it is uploaded
        HttpResponse<String> form = web.upload("/risk/load", "file", "saved.yaml", saved.getBytes(StandardCharsets.UTF_8), List.of());

        // THEN every new field shows its value
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).containsPattern("name=\"" + Pattern.quote(claim) + ".status\"[^>]*>(<option[^>]*>[^<]*</option>)*?"
                + "<option value=\"VERIFIED\" selected>")
                .contains("name=\"" + claim + ".evidence\" value=\"Audit 2026/7\"",
                        "name=\"assessment.approval.name\" value=\"Alex Approver\"",
                        "<input type=\"date\" id=\"f-assessment-conditions-0-dueDate\" name=\"assessment.conditions.0.dueDate\" "
                                + "value=\"2027-06-30\" autocomplete=\"off\"",
                        "name=\"assessment.reviewTriggers\" value=\"SERIOUS_INCIDENT\" checked",
                        "name=\"assessment.final\" value=\"true\" checked");
        // AND sent again as they are, the answers are the same
        HttpResponse<String> page = web.post("/risk", WebForms.with(formFields(form.body()), "action", "assess"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(FILES.parseRisk("answers.yaml", hidden(page.body(), "answers").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(answers);
    }

    @Test
    void should_keep_the_factors_step_well_under_the_field_limit_when_every_new_field_is_shown() {
        // WHEN the example's ratings step is shown, with every mitigation and the record
        HttpResponse<String> page = web.get("/risk?example=live-facial-recognition-missing-persons");

        // THEN it sends a tenth of the parser's 10,000 fields at most
        Matcher names = Pattern.compile(" name=\"").matcher(page.body());
        int count = 0;
        while (names.find()) {
            count++;
        }
        assertThat(count).isBetween(50, 1000);
    }

    @Test
    void should_limit_each_text_field_of_the_record_and_the_evidence_as_the_model_does() {
        // GIVEN the model's size limits of every text the new fields send, by form field
        Map<String, Class<?>> parts = new LinkedHashMap<>();
        parts.put("assessment.assessors.0.", Assessor.class);
        parts.put("assessment.dataProtectionOfficer.", DpoConsultation.class);
        parts.put("assessment.approval.", Approval.class);
        parts.put("assessment.conditions.0.", AcceptedCondition.class);
        parts.put("assessment.", AssessmentRecord.class);
        Map<String, Integer> limits = new LinkedHashMap<>();
        parts.forEach((prefix, type) -> {
            for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
                // The constraint reaches the accessor, not the record component itself.
                jakarta.validation.constraints.Size size = c.getAccessor().getAnnotation(jakarta.validation.constraints.Size.class);
                if (size != null && c.getType() == String.class) {
                    limits.put(prefix + c.getName(), size.max());
                }
            }
        });
        RiskAnswers lfr = WebForms.riskExample(WebForms.LFR);
        String factor = lfr.ratings().keySet().iterator().next();
        String mitigation = ContentPacks.defaults().riskFactor(factor).orElseThrow().mitigations().get(0).id();
        limits.put("ratings." + factor + ".mitigations." + mitigation + ".evidence",
                sizeOf(MitigationClaim.class, "evidence"));

        // WHEN the ratings step is shown
        String page = web.get("/risk?example=live-facial-recognition-missing-persons").body();

        // THEN each control holds no more than its part of the model
        assertThat(limits).hasSizeGreaterThan(10);
        limits.forEach((name, max) -> assertThat(page).as(name)
                .containsPattern("name=\"" + Pattern.quote(name) + "\"[^>]*maxlength=\"" + max + "\""));
    }

    private static int sizeOf(Class<?> record, String component) {
        return java.util.Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(component)).findFirst()
                .orElseThrow().getAccessor().getAnnotation(jakarta.validation.constraints.Size.class).max();
    }

    @Test
    void should_ignore_rows_past_the_model_limit_when_a_form_names_a_huge_row() {
        // GIVEN a form that names row 99,999 of the assessors and row 5 of the conditions
        List<Field> fields = WebForms.with(WebForms.risk(WebForms.riskExample(WebForms.LFR)),
                "assessment.assessors.99999.name", "Far away");
        fields.add(new Field("assessment.conditions.5.owner", "Head of operations"));

        // WHEN the ratings step is shown again
        HttpResponse<String> page = web.post("/risk", WebForms.with(fields, "action", "factors"));

        // THEN the condition's row is shown, and the assessors keep their three rows
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"assessment.conditions.5.owner\" value=\"Head of operations\"",
                "id=\"f-assessment-assessors-2\"").doesNotContain("id=\"f-assessment-assessors-3\"");
    }

    // ------------------------------------------------------------------ readiness and workbook

    @Test
    void should_fill_the_readiness_record_again_when_its_answers_are_uploaded() {
        // GIVEN readiness answers with a draft record
        ReadinessAnswers agency = WebForms.readinessExample(WebForms.AGENCY).withAssessment(new AssessmentRecord(
                RecordState.DRAFT, List.of(new Assessor("Sam Assessor", "Legal adviser", null)), DAY, null, null, null, null,
                List.of(), DAY.plusYears(1), List.of(ReviewTrigger.CHANGE_IN_LAW)));

        // WHEN they are uploaded
        HttpResponse<String> form = web.upload("/readiness/load", "file", "saved.yaml",
                AnswerFiles.toYaml(agency).getBytes(StandardCharsets.UTF_8), List.of());

        // THEN the record is on the form, still a draft
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"assessment.assessors.0.role\" value=\"Legal adviser\"",
                "name=\"assessment.nextReview\" value=\"2028-03-01\"",
                "name=\"assessment.reviewTriggers\" value=\"CHANGE_IN_LAW\" checked")
                .doesNotContain("name=\"assessment.final\" value=\"true\" checked");
    }

    @Test
    void should_accept_a_readiness_assessment_with_a_final_record_and_no_agency_decision() {
        // GIVEN the example agency with a final record, a condition tied to one of its recommendations
        ReadinessAnswers agency = WebForms.readinessExample(WebForms.AGENCY);
        String recommendation = DEFAULTS.assessReadiness(agency).recommendations().get(0).id();
        AssessmentRecord record = withoutDecision(complete(recommendation, null));
        List<Field> fields = WebForms.readiness(agency);
        fields.addAll(WebForms.record(record));

        // WHEN
        HttpResponse<String> page = web.post("/readiness", WebForms.with(fields, "action", "assess"));

        // THEN the record is part of the answers, and the form has no decision field
        assertThat(page.statusCode()).isEqualTo(200);
        ReadinessAnswers carried = FILES.parseReadiness("answers.yaml",
                hidden(page.body(), "answers").getBytes(StandardCharsets.UTF_8));
        assertThat(carried.assessment()).isEqualTo(record);
        assertThat(web.get("/readiness").body()).contains("name=\"assessment.approval.name\"")
                .doesNotContain("assessment.agencyDecision");
    }

    @Test
    void should_accept_a_workbook_with_a_record_whose_condition_names_an_item_of_the_action_plan() {
        // GIVEN the workbook example with a draft record tied to the first item of its action plan
        RiskAnswers lfr = WebForms.riskExample(WebForms.LFR);
        WorkbookAnswers workbook = FILES.parseWorkbook(WORKBOOK, WebForms.resource(WORKBOOK));
        String item = DEFAULTS.evaluateWorkbook(DEFAULTS.assessRisk(lfr), LifecycleStage.DEPLOYMENT, workbook)
                .actionPlan().get(0).itemId();
        AssessmentRecord record = new AssessmentRecord(RecordState.DRAFT, List.of(new Assessor("Sam Assessor", null, null)),
                DAY, null, null, null, null, List.of(new AcceptedCondition(item, "Head of operations", DAY.plusMonths(2), null,
                null)), null, List.of());
        List<Field> fields = workbookFields(lfr, workbook);
        fields.addAll(WebForms.record(record));

        // WHEN
        HttpResponse<String> page = web.post("/workbook", WebForms.with(fields, "action", "assess"));

        // THEN
        assertThat(page.statusCode()).isEqualTo(200);
        WorkbookAnswers carried = FILES.parseWorkbook("answers.yaml", hidden(page.body(), "answers").getBytes(StandardCharsets.UTF_8));
        assertThat(carried.assessment()).isEqualTo(record);

        // AND a condition naming no item of the plan is refused at its row
        List<Field> wrong = workbookFields(lfr, workbook);
        wrong.add(new Field("assessment.conditions.1.recommendation", "REC-NO-SUCH"));
        HttpResponse<String> refused = web.post("/workbook", WebForms.with(wrong, "action", "assess"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<a href=\"#f-assessment-conditions-1-recommendation\">Condition 2: recommendation id</a>");
    }

    // ------------------------------------------------------------------ helpers

    /** A complete record: two assessors, advice partly followed with the reason, {@code decision}, one condition. */
    private static AssessmentRecord complete(String recommendation, org.raitoolkit.model.Decision decision) {
        return new AssessmentRecord(RecordState.FINAL,
                List.of(new Assessor("Sam Assessor", "Legal adviser", "Legal services"),
                        new Assessor("Kim Analyst", "Data scientist", "Digital forensics")),
                DAY,
                new DpoConsultation("Dana Officer", DAY.minusDays(10), "Limit the watchlist to missing persons.",
                        AdviceOutcome.PARTLY_FOLLOWED, "The watchlist also holds vulnerable adults, at the judge's request."),
                decision, null, new Approval("Alex Approver", "Deputy chief officer", DAY.plusDays(3)),
                List.of(new AcceptedCondition(recommendation, "Head of operations", LocalDate.of(2027, 6, 30), null,
                        "Reported to the ethics board.")),
                DAY.plusYears(1), List.of(ReviewTrigger.SERIOUS_INCIDENT, ReviewTrigger.CHANGE_IN_LAW));
    }

    private static AssessmentRecord withoutDecision(AssessmentRecord r) {
        return new AssessmentRecord(r.state(), r.assessors(), r.assessedOn(), r.dataProtectionOfficer(), null, null, r.approval(),
                r.conditions(), r.nextReview(), r.reviewTriggers());
    }

    /** {@code answers} with each mitigation given {@code status} and {@code evidence}; a null status drops them all. */
    private static RiskAnswers withStatus(RiskAnswers answers, MitigationStatus status, String evidence) {
        Map<String, FactorRating> ratings = new LinkedHashMap<>();
        answers.ratings().forEach((id, r) -> ratings.put(id, r.withMitigations(status == null ? List.of()
                : r.mitigations().stream().map(m -> new MitigationClaim(m.id(), status, evidence)).toList())));
        return new RiskAnswers(answers.system(), ratings, answers.organisationalReadiness(), answers.assessment());
    }

    private static Map<String, String> residuals(RiskResult result) {
        Map<String, String> levels = new LinkedHashMap<>();
        for (FactorResult f : result.factors()) {
            levels.put(f.factorId(), f.residualLevel().name());
        }
        return levels;
    }

    private static String words(Enum<?> value) {
        return value.name().replace('_', ' ');
    }

    private static List<Field> workbookFields(RiskAnswers risk, WorkbookAnswers workbook) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("risk", AnswerFiles.toYaml(risk)));
        fields.add(new Field("stage", LifecycleStage.DEPLOYMENT.name()));
        fields.add(new Field("system", workbook.system()));
        workbook.answers().forEach((id, status) -> fields.add(new Field("answers." + id, status.name())));
        return fields;
    }

    private static final Pattern INPUT = Pattern.compile("<input type=\"(text|date|hidden|checkbox|radio)\"[^>]*?name=\"([^\"]*)\""
            + " value=\"([^\"]*)\"([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("<select [^>]*?name=\"([^\"]*)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\" selected>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea [^>]*?name=\"([^\"]*)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);

    /** What a browser sends for the form of {@code page}, as it is filled: a small reading of the app's own markup. */
    private static List<Field> formFields(String page) {
        List<Field> fields = new ArrayList<>();
        Matcher input = INPUT.matcher(page);
        while (input.find()) {
            boolean box = input.group(1).equals("checkbox") || input.group(1).equals("radio");
            if ((!box || input.group(4).contains(" checked")) && !input.group(2).equals(WebForms.CSRF_FIELD)
                    && !input.group(2).equals("answers")) {
                fields.add(new Field(input.group(2), WebForms.unescape(input.group(3))));
            }
        }
        Matcher select = SELECT.matcher(page);
        while (select.find()) {
            Matcher chosen = SELECTED.matcher(select.group(2));
            if (chosen.find()) {
                fields.add(new Field(select.group(1), WebForms.unescape(chosen.group(1))));
            }
        }
        Matcher area = TEXTAREA.matcher(page);
        while (area.find()) {
            fields.add(new Field(area.group(1), WebForms.unescape(area.group(2))));
        }
        return fields;
    }
}
