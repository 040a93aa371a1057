package org.raitoolkit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raitoolkit.web.WebForms.Field;
import static org.raitoolkit.web.WebForms.hidden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.GuideSection;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;

/**
 * The web app over HTTP, as a browser meets it: pages, validation with the reader's messages,
 * limits, escaping, security headers, downloads, and no state kept between requests. The server
 * runs on a free port of 127.0.0.1 for the whole class.
 */
class WebAppHttpTest {

    /** The engine with the default rules, built once for this class. */
    private static final ToolkitEngine DEFAULTS = ToolkitEngine.withDefaults();

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    @ParameterizedTest
    @ValueSource(strings = {"/", "/guide", "/readiness", "/risk", "/workbook", "/risk?example=live-facial-recognition-missing-persons",
            "/workbook?example=live-facial-recognition-missing-persons-deployment", "/readiness?example=example-agency"})
    void should_render_a_page_with_the_security_headers_when_a_tool_is_opened(String path) {
        // WHEN
        HttpResponse<String> page = web.get(path);

        // THEN
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .isEqualToIgnoringWhitespace("text/html;charset=utf-8"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "form-action 'self'")
                .doesNotContain("http:", "https:", "unsafe-inline"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().allValues("Set-Cookie")).allSatisfy(WebAppHttpTest::assertOnlyTheTokenCookie);
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("<h1>", "<main id=\"content\"")
                .doesNotContain("src=\"http", "href=\"http");
    }

    @Test
    void should_show_every_guide_section_with_its_links_and_a_contents_list_when_the_guide_is_opened() {
        // GIVEN
        ContentPack pack = DEFAULTS.content();
        // WHEN
        HttpResponse<String> page = web.get("/guide");
        // THEN every section is listed, headed and linked to its terms and principles by name
        String body = page.body();
        assertThat(body).contains("<h1>" + html(pack.guide().title()) + "</h1>", "<a href=\"/guide\" aria-current=\"page\">Guide</a>",
                "<h2 id=\"guide-contents\">Contents</h2>", "<h2 id=\"terms-used\">");
        for (GuideSection s : pack.guide().sections()) {
            String anchor = s.id().toLowerCase(java.util.Locale.ROOT);
            assertThat(body).contains("<a href=\"#" + anchor + "\">" + html(s.title()) + "</a>",
                    "<h2 id=\"" + anchor + "\">" + html(s.title()) + "</h2>",
                    "<strong>Glossary terms:</strong> " + html(pack.glossaryTermName(s.glossaryTerms().get(0))),
                    "<strong>Principles:</strong> " + html(pack.principleName(s.principles().get(0))));
        }
        // AND the terms the sections use are defined once at the end
        assertThat(body.substring(body.indexOf("id=\"terms-used\""))).contains("<dt>" + html(pack.glossaryTermName("G-BASE-RATE")) + "</dt>");
    }

    /** Text as jte escapes it in HTML content, for the characters the guide uses. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
    }

    @Test
    void should_fold_the_eu_ai_act_facts_away_when_the_rule_set_is_not_enabled() {
        // WHEN
        HttpResponse<String> page = web.get("/risk");

        // THEN they are part of the profile, closed, and say that nothing reads them here
        assertThat(page.body()).contains("<details class=\"group\" id=\"facts-euAiAct\"><summary>EU AI Act (optional)</summary>",
                "not enabled on this server", "name=\"system.euAiAct.biometricIdentification\"");
    }

    @Test
    void should_list_every_problem_on_a_400_page_when_the_profile_is_left_empty() {
        // GIVEN a profile step submitted with nothing filled in
        List<Field> fields = List.of(new Field("action", "factors"));

        // WHEN
        HttpResponse<String> page = web.post("/risk", fields);

        // THEN the reader's messages, each linked to its field, and no trace of the code
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("problems to fix", "<a href=\"#f-system-name\">Name</a>: must not be blank",
                "<a href=\"#f-system-applicationArea\">Application area</a>: must not be null",
                "aria-invalid=\"true\"");
        // listed in the order of the form, not of the answer file's fields
        assertThat(page.body()).containsSubsequence("href=\"#f-system-name\"", "href=\"#f-system-purpose\"",
                "href=\"#f-system-applicationArea\"", "href=\"#f-system-lifecycleStage\"", "href=\"#f-system-legalBasis\"",
                "href=\"#f-system-sourcing\"");
        assertNoStackTrace(page.body());
    }

    @Test
    void should_name_each_missing_rating_when_the_factors_are_submitted_unrated() {
        // GIVEN the example's profile, but no ratings
        RiskAnswers lfr = WebForms.riskExample(WebForms.LFR);

        // WHEN
        HttpResponse<String> page = web.post("/risk", WebForms.with(WebForms.profile(lfr.system()), "action", "assess"));

        // THEN one problem per applicable factor, as the CLI words it
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains(lfr.ratings().size() + " problems to fix",
                "missing rating for risk factor &#39;RF-FRT-DEMOGRAPHIC-BIAS&#39;");
        assertNoStackTrace(page.body());
    }

    @Test
    void should_show_the_problem_with_file_and_line_when_an_uploaded_file_is_broken() {
        // GIVEN a file that is not YAML and one with an unknown factor
        byte[] broken = "system:\n  name: x\n  bad: [\n".getBytes(StandardCharsets.UTF_8);
        String unknown = new String(WebForms.resource(WebForms.LFR), StandardCharsets.UTF_8)
                .replace("RF-MODEL-DRIFT:", "RF-MODEL-DRIFTT:");

        // WHEN
        HttpResponse<String> notYaml = web.upload("/risk/load", "file", "broken.yaml", broken, List.of());
        HttpResponse<String> typo = web.upload("/risk/load", "file", "lfr.yaml", unknown.getBytes(StandardCharsets.UTF_8), List.of());

        // THEN file, line and column, as the command line prints them
        assertThat(notYaml.statusCode()).isEqualTo(400);
        assertThat(notYaml.body()).contains("1 problem in the file", "broken.yaml:4:1: malformed YAML");
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(typo.body()).containsPattern("lfr\\.yaml:\\d+:\\d+: /ratings/RF-MODEL-DRIFTT: unknown risk factor")
                .contains("missing rating for risk factor &#39;RF-MODEL-DRIFT&#39;");
        // the rest of the file is on the form, to be corrected
        assertThat(typo.body()).contains("value=\"Live facial recognition at the Riverside Festival\"");
        assertNoStackTrace(notYaml.body());
        assertNoStackTrace(typo.body());
    }

    @Test
    void should_refuse_with_413_when_the_request_body_is_over_the_limit() {
        // GIVEN a 2 MiB form
        String big = "x".repeat(2 * 1024 * 1024);

        // WHEN
        HttpResponse<String> page = web.post("/risk", List.of(new Field("system.name", big)));

        // THEN
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("Request too large", "1 MiB");
        assertNoStackTrace(page.body());
    }

    @Test
    void should_refuse_with_413_when_an_uploaded_file_is_over_the_limit() {
        // GIVEN a 1.5 MiB "answer file"
        byte[] file = new byte[1536 * 1024];
        java.util.Arrays.fill(file, (byte) '#');

        // WHEN
        HttpResponse<String> page = web.upload("/readiness/load", "file", "huge.yaml", file, List.of());

        // THEN
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("Request too large");
    }

    @Test
    void should_escape_a_script_in_the_system_name_when_it_is_shown() {
        // GIVEN the example system named with markup
        RiskAnswers lfr = WebForms.riskExample(WebForms.LFR);
        String name = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        List<Field> fields = new ArrayList<>(WebForms.risk(lfr));
        fields.set(0, new Field("system.name", name));

        // WHEN the ratings step and the result show it
        HttpResponse<String> factors = web.post("/risk", WebForms.with(fields, "action", "factors"));
        HttpResponse<String> result = web.post("/risk", WebForms.with(fields, "action", "assess"));

        // THEN it is text, never markup
        for (HttpResponse<String> page : List.of(factors, result)) {
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
                    .doesNotContain("<script>alert", "<img src=x");
        }
    }

    @Test
    void should_show_the_decision_and_the_charts_when_the_example_is_assessed() {
        // GIVEN the live facial recognition example, entered field by field
        RiskAnswers lfr = WebForms.riskExample(WebForms.LFR);

        // WHEN
        HttpResponse<String> page = web.post("/risk", WebForms.with(WebForms.risk(lfr), "action", "assess"));

        // THEN decision and level as words, the heat map, and the answers to download
        RiskResult expected = DEFAULTS.assessRisk(lfr);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"result-decision\">" + expected.decision().name().replace('_', ' ') + "<",
                "id=\"result-level\">" + expected.overallLevel().name().replace('_', ' ') + "<", "<svg",
                "Heat map", "Recommendations", "name=\"format\" value=\"json\"");
        RiskAnswers carried = AnswerFiles.forPack(ContentPacks.defaults()).withFactSections(WebForms.SECTIONS)
                .parseRisk("answers.yaml", hidden(page.body(), "answers").getBytes(StandardCharsets.UTF_8));
        // WebForms.risk sends no record fields; AssessmentRecordWebTest carries a record through the form
        assertThat(carried).isEqualTo(WebForms.stated(lfr).withAssessment(null));
    }

    @Test
    void should_return_the_report_in_each_format_when_it_is_downloaded() throws IOException {
        // GIVEN the answers a result page carries
        String answers = new String(WebForms.resource(WebForms.LFR), StandardCharsets.UTF_8);

        // WHEN
        HttpResponse<String> json = web.post("/risk/download", List.of(new Field("answers", answers), new Field("format", "json")));
        HttpResponse<String> markdown = web.post("/risk/download", List.of(new Field("answers", answers),
                new Field("format", "markdown"), new Field("audience", "PUBLIC")));
        HttpResponse<String> html = web.post("/risk/download", List.of(new Field("answers", answers), new Field("format", "html")));
        HttpResponse<String> yaml = web.post("/risk/download", List.of(new Field("answers", answers), new Field("format", "answers")));

        // THEN each is an attachment in its format
        JsonNode report = JSON.readTree(json.body());
        assertThat(report.path("decision").asText()).isEqualTo(DEFAULTS.assessRisk(WebForms.riskExample(WebForms.LFR))
                .decision().name());
        assertThat(json.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"risk-live-facial-recognition-at-the-riverside-festival.json\"");
        assertThat(markdown.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).endsWith(".public.md\""));
        assertThat(markdown.body()).startsWith("# ");
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy");
        assertThat(yaml.headers().firstValue("Content-Type")).hasValue("application/yaml; charset=utf-8");
        assertThat(AnswerFiles.forPack(ContentPacks.defaults()).withFactSections(WebForms.SECTIONS).parseRisk("saved.yaml", yaml.body().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(WebForms.riskExample(WebForms.LFR));
    }

    @Test
    void should_download_the_readiness_and_workbook_reports_when_their_answers_are_posted() throws IOException {
        // GIVEN the answers the two result pages carry
        String agency = new String(WebForms.resource(WebForms.AGENCY), StandardCharsets.UTF_8);
        String workbook = new String(WebForms.resource("org/raitoolkit/content/examples/workbook/live-facial-recognition-missing-persons-deployment.yaml"),
                StandardCharsets.UTF_8);
        String risk = new String(WebForms.resource(WebForms.LFR), StandardCharsets.UTF_8);

        // WHEN
        HttpResponse<String> readiness = web.post("/readiness/download", List.of(new Field("answers", agency),
                new Field("format", "json")));
        HttpResponse<String> review = web.post("/workbook/download", List.of(new Field("answers", workbook),
                new Field("risk", risk), new Field("stage", "DEPLOYMENT"), new Field("format", "json")));
        HttpResponse<String> noStage = web.post("/workbook/download", List.of(new Field("answers", workbook),
                new Field("risk", risk), new Field("format", "json")));

        // THEN
        assertThat(JSON.readTree(readiness.body()).path("kind").asText()).isEqualTo("readiness");
        assertThat(JSON.readTree(review.body()).path("kind").asText()).isEqualTo("workbook");
        assertThat(review.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .endsWith("-deployment.json\""));
        assertThat(noStage.statusCode()).isEqualTo(400);
        assertThat(noStage.body()).contains("no life-cycle stage");
    }

    @Test
    void should_fill_the_form_again_when_saved_answers_are_uploaded() {
        // GIVEN the answers file a result page offers
        RiskAnswers lfr = WebForms.riskExample(WebForms.LFR);
        HttpResponse<String> result = web.post("/risk", WebForms.with(WebForms.risk(lfr), "action", "assess"));
        Map.Entry<String, FactorRating> direct = lfr.ratings().entrySet().stream().filter(e -> e.getValue().severity() != null)
                .findFirst().orElseThrow();
        Map.Entry<String, FactorRating> criteria = lfr.ratings().entrySet().stream()
                .filter(e -> e.getValue().severityCriteria() != null).findFirst().orElseThrow();
        int n = lfr.ratings().size();
        String saved = hidden(result.body(), "answers");

        // WHEN it is uploaded again
        HttpResponse<String> form = web.upload("/risk/load", "file", "saved.yaml", saved.getBytes(StandardCharsets.UTF_8), List.of());

        // THEN the ratings step shows every answer, ready to reassess
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains(">" + n + "</span> of " + n + " risk factors rated")
                .contains("name=\"ratings." + direct.getKey() + ".severity\" value=\"" + direct.getValue().severity().name()
                        + "\" checked")
                .containsPattern("name=\"ratings." + criteria.getKey() + ".severity.scope\"[^>]*>[\\s\\S]*?<option value=\""
                        + criteria.getValue().severityCriteria().scope() + "\" selected>");
    }

    @Test
    void should_keep_a_half_done_assessment_when_answers_saved_so_far_are_loaded() {
        // GIVEN the profile and one rating, saved before the rest
        RiskAnswers lfr = WebForms.riskExample(WebForms.LFR);
        List<Field> half = new ArrayList<>(WebForms.profile(lfr.system()));
        Map.Entry<String, FactorRating> first = lfr.ratings().entrySet().iterator().next();
        half.addAll(WebForms.rating(first.getKey(), first.getValue()));
        HttpResponse<String> saved = web.post("/risk", WebForms.with(half, "action", "save"));

        // WHEN the file is loaded again
        HttpResponse<String> form = web.upload("/risk/load", "file", "half.yaml", saved.body().getBytes(StandardCharsets.UTF_8),
                List.of());

        // THEN the rating is back and the missing ones are listed
        assertThat(saved.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".yaml"));
        assertThat(form.body()).contains(">1</span> of " + lfr.ratings().size() + " risk factors rated",
                "missing rating for risk factor", "name=\"ratings." + first.getKey() + ".likelihood\" value=\""
                        + first.getValue().likelihood().name() + "\" checked");
    }

    @Test
    void should_assess_readiness_when_the_example_agency_is_entered() {
        // GIVEN
        List<Field> fields = WebForms.with(WebForms.readiness(WebForms.readinessExample(WebForms.AGENCY)), "action", "assess");

        // WHEN
        HttpResponse<String> page = web.post("/readiness", fields);

        // THEN
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("id=\"result-level\">(BEGINNING|DEVELOPING|ESTABLISHED|ADVANCED)<")
                .contains("roadmap phase", "<svg");
    }

    @Test
    void should_review_the_workbook_when_risk_answers_come_from_the_risk_result() {
        // GIVEN the risk result's hand-off to the workbook, then two items answered
        String risk = hidden(web.post("/risk", WebForms.with(WebForms.risk(WebForms.riskExample(WebForms.LFR)), "action", "assess"))
                .body(), "answers");
        HttpResponse<String> form = web.post("/workbook", List.of(new Field("risk", risk), new Field("stage", "DEPLOYMENT"),
                new Field("action", "stage")));

        // WHEN
        HttpResponse<String> result = web.post("/workbook", List.of(new Field("risk", risk), new Field("stage", "DEPLOYMENT"),
                new Field("system", "LFR"), new Field("answers.WB-DEP-OVERSIGHT-01", "DONE"),
                new Field("answers.WB-DEP-LEGITIMACY-01", "PARTIAL"), new Field("action", "assess")));

        // THEN
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Risk answers loaded:", "WB-DEP-OVERSIGHT-01");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("id=\"result-completion\"", "open actions");
    }

    @Test
    void should_ask_for_the_risk_answers_when_the_workbook_is_reviewed_without_them() {
        // WHEN
        HttpResponse<String> page = web.post("/workbook", List.of(new Field("system", "LFR"), new Field("stage", "DEPLOYMENT"),
                new Field("action", "assess")));

        // THEN
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Risk answer file</a>: no risk answers");
    }

    @Test
    void should_keep_no_answers_when_one_person_submits_and_another_opens_the_form() {
        // GIVEN one person's assessment
        String secret = "Secret system " + System.nanoTime();
        List<Field> fields = new ArrayList<>(WebForms.risk(WebForms.riskExample(WebForms.LFR)));
        fields.set(0, new Field("system.name", secret));
        HttpResponse<String> first = web.post("/risk", WebForms.with(fields, "action", "assess"));

        // WHEN another request comes, without the answers
        HttpResponse<String> form = web.get("/risk");
        HttpResponse<String> download = web.post("/risk/download", List.of(new Field("format", "json")));

        // THEN nothing of the first is there: no session, no id to fetch it by, no cookie but the form token
        assertThat(first.body()).contains(secret);
        assertThat(first.headers().allValues("Set-Cookie")).allSatisfy(WebAppHttpTest::assertOnlyTheTokenCookie);
        assertThat(form.body()).doesNotContain(secret);
        assertThat(download.statusCode()).isEqualTo(400);
        assertThat(download.body()).contains("No file chosen").doesNotContain(secret);
    }

    @Test
    void should_answer_with_a_clear_page_when_the_method_or_path_is_wrong() {
        // WHEN
        HttpResponse<String> missing = web.get("/nowhere");
        HttpResponse<String> getDownload = web.get("/risk/download");
        HttpResponse<String> delete = web.send(HttpRequest.newBuilder(server.uri().resolve("/risk")).DELETE());
        HttpResponse<String> json = web.send(HttpRequest.newBuilder(server.uri().resolve("/risk"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        // THEN
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(getDownload.statusCode()).isEqualTo(405);
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(json.statusCode()).isEqualTo(415);
        for (HttpResponse<String> page : List.of(missing, getDownload, delete, json)) {
            assertThat(page.body()).contains("<h1>");
            assertNoStackTrace(page.body());
        }
    }

    @Test
    void should_refuse_a_request_for_another_host_name_when_bound_to_the_loopback_address() throws IOException {
        // GIVEN a request as a page that rebound its domain name to 127.0.0.1 would send it
        String request = "GET / HTTP/1.1\r\nHost: attacker.example:" + server.port() + "\r\nConnection: close\r\n\r\n";

        // WHEN
        String response = raw(request);

        // THEN
        assertThat(response).startsWith("HTTP/1.1 421");
        assertThat(raw("GET / HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200");
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    /** The one cookie the app sets: a random token against cross-site forms, nothing of the answers. */
    static void assertOnlyTheTokenCookie(String setCookie) {
        assertThat(setCookie).matches("rai_csrf=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict");
    }

    private static void assertNoStackTrace(String page) {
        assertThat(page).doesNotContain("Exception", "\tat ", "at org.raitoolkit", "at java.");
    }
}
