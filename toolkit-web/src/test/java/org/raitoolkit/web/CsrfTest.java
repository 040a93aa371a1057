package org.raitoolkit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raitoolkit.web.WebForms.CSRF_FIELD;
import static org.raitoolkit.web.WebForms.Field;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Cross-site request forgery: a page on another web site must not be able to post the app's
 * forms from a visitor's browser. Refused by the request's {@code Origin} and
 * {@code Sec-Fetch-Site}, and by the double-submitted token (cookie and hidden field).
 */
class CsrfTest {

    private static final Pattern FORM = Pattern.compile("<form method=\"post\"[^>]*>(<input type=\"hidden\" name=\"_csrf\" "
            + "value=\"([A-Za-z0-9_-]{43})\">)?");

    private static ToolkitWebServer server;
    private static WebForms web;
    private static String origin;

    @BeforeAll
    static void start() {
        server = ToolkitWebServer.builder(ToolkitEngine.withDefaults()).port(0).start();
        web = new WebForms(server.uri());
        origin = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void should_set_the_token_in_a_strict_cookie_and_in_every_post_form_when_a_page_is_opened() {
        // WHEN a browser without the cookie opens the result page, which has several forms
        HttpResponse<String> page = new WebForms(server.uri()).get("/risk?example=live-facial-recognition-missing-persons");

        // THEN
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        WebAppHttpTest.assertOnlyTheTokenCookie(cookie);
        String token = cookie.substring("rai_csrf=".length(), cookie.indexOf(';'));
        Matcher forms = FORM.matcher(page.body());
        int count = 0;
        while (forms.find()) {
            count++;
            assertThat(forms.group(2)).as("the token in " + forms.group()).isEqualTo(token);
        }
        assertThat(count).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://attacker.example", "http://127.0.0.1:1", "null", "http://localhost.attacker.example"})
    void should_refuse_with_403_when_a_post_comes_from_another_origin(String from) {
        // WHEN a form on another origin posts, with the victim's cookie and even the right token
        HttpResponse<String> page = web.send(web.form("/risk/download", List.of(new Field("format", "json"),
                new Field(CSRF_FIELD, web.token()))).header("Origin", from));

        // THEN
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("<h1>Request from another site refused</h1>", "not sent by the toolkit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site"})
    void should_refuse_with_403_when_the_browser_says_the_post_comes_from_another_site(String site) {
        // WHEN
        HttpResponse<String> page = web.send(web.form("/readiness", List.of(new Field("action", "assess"),
                new Field(CSRF_FIELD, web.token()))).header("Sec-Fetch-Site", site));

        // THEN
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Request from another site refused");
    }

    @Test
    void should_refuse_with_403_when_the_post_has_no_token_or_another_one() {
        // WHEN
        HttpResponse<String> none = web.send(web.form("/risk", List.of(new Field("action", "factors"))));
        HttpResponse<String> wrong = web.send(web.form("/risk", List.of(new Field("action", "factors"),
                new Field(CSRF_FIELD, "A".repeat(43)))));
        // a browser without the cookie (a fresh client), sending a token it read elsewhere
        HttpResponse<String> noCookie = new WebForms(server.uri()).send(web.form("/risk", List.of(new Field("action", "factors"),
                new Field(CSRF_FIELD, web.token()))));
        HttpResponse<String> upload = web.send(HttpRequest.newBuilder(server.uri().resolve("/risk/load"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"a.yaml\"\r\n\r\nsystem: {}\r\n--b--\r\n", StandardCharsets.UTF_8)));

        // THEN
        for (HttpResponse<String> page : List.of(none, wrong, noCookie, upload)) {
            assertThat(page.statusCode()).isEqualTo(403);
            assertThat(page.body()).contains("<h1>Form not accepted</h1>", "security token");
        }
        assertThat(none.body()).contains("The form sent no security token.");
        assertThat(wrong.body()).contains("does not match");
    }

    @Test
    void should_answer_200_when_the_forms_are_sent_as_a_browser_sends_them_from_the_apps_own_pages() {
        // GIVEN the token of the page, and the headers a browser adds to a same-origin form
        RiskAnswers lfr = WebForms.riskExample(WebForms.LFR);
        List<Field> fields = WebForms.with(WebForms.with(WebForms.risk(lfr), "action", "assess"), CSRF_FIELD, web.token());

        // WHEN
        HttpResponse<String> result = web.send(web.form("/risk", fields).header("Origin", origin)
                .header("Sec-Fetch-Site", "same-origin"));
        HttpResponse<String> readiness = web.send(web.form("/readiness", WebForms.with(WebForms.with(
                WebForms.readiness(WebForms.readinessExample(WebForms.AGENCY)), "action", "assess"), CSRF_FIELD, web.token()))
                .header("Origin", "http://127.0.0.1:" + server.port()).header("Sec-Fetch-Site", "same-origin"));

        // THEN
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("id=\"result-decision\"");
        assertThat(readiness.statusCode()).isEqualTo(200);
        // the token is not carried on as an answer
        assertThat(WebForms.hidden(result.body(), "answers")).doesNotContain(CSRF_FIELD, web.token());
    }
}
