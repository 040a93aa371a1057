package org.raitoolkit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raitoolkit.web.WebForms.Field;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * The "Documents to file" form of the risk result page and its downloads, with a drafter that
 * offers a note for systems that process biometric data: shown only when the server has a drafter
 * and it offers something, carrying the answers like the report downloads, and refusing a
 * document or format it does not offer.
 */
class DocumentDownloadsTest {

    private static final String PATROL = "org/raitoolkit/content/examples/risk/patrol-route-optimisation.yaml";
    private static final String LFR_SLUG = "live-facial-recognition-at-the-riverside-festival";

    private static ToolkitWebServer withDrafts;
    private static ToolkitWebServer withoutDrafts;
    private static WebForms web;
    private static WebForms plain;

    @BeforeAll
    static void start() {
        ToolkitEngine engine = ToolkitEngine.withDefaults();
        withDrafts = ToolkitWebServer.builder(engine).port(0).documents(new BiometricNotes()).start();
        withoutDrafts = ToolkitWebServer.builder(engine).port(0).start();
        web = new WebForms(withDrafts.uri());
        plain = new WebForms(withoutDrafts.uri());
    }

    @AfterAll
    static void stop() {
        if (withDrafts != null) {
            withDrafts.close();
        }
        if (withoutDrafts != null) {
            withoutDrafts.close();
        }
    }

    private static HttpResponse<String> result(WebForms client, String example) {
        return client.post("/risk", WebForms.with(WebForms.risk(WebForms.riskExample(example)), "action", "assess"));
    }

    private static String answers(String example) {
        return new String(WebForms.resource(example), StandardCharsets.UTF_8);
    }

    /** The form of {@code page} that posts to {@code action}, from its start tag to its end tag. */
    private static String form(String page, String action) {
        int start = page.indexOf("<form method=\"post\" action=\"" + action + "\"");
        assertThat(start).as("a form posting to %s", action).isNotNegative();
        return page.substring(start, page.indexOf("</form>", start) + "</form>".length());
    }

    @Test
    void should_show_the_documents_form_with_the_answers_and_token_when_the_drafter_offers_a_document() {
        // GIVEN a server with a drafter that offers a note for a system processing biometric data
        // WHEN the risk of such a system is assessed
        HttpResponse<String> page = result(web, WebForms.LFR);

        // THEN the result page has a labelled choice of the note, the five formats, and carries what the download form carries
        assertThat(page.statusCode()).isEqualTo(200);
        String documents = form(page.body(), "/risk/document");
        String downloads = form(page.body(), "/risk/download");
        assertThat(documents).contains("<legend>Documents to file</legend>", "<label for=\"document-choice\">",
                "<select id=\"document-choice\" name=\"document\"><option value=\"note\">" + BiometricNotes.NAME + "</option></select>");
        for (String format : List.of("html", "markdown", "pdf", "docx", "json")) {
            assertThat(documents).contains("name=\"format\" value=\"" + format + "\"");
        }
        assertThat(WebForms.hidden(documents, "answers")).isEqualTo(WebForms.hidden(downloads, "answers"));
        assertThat(WebForms.hidden(documents, WebForms.CSRF_FIELD)).isEqualTo(web.token());
        assertThat(duplicateIds(page.body())).as("ids used twice on the page").isEmpty();
    }

    @Test
    void should_show_no_documents_form_when_the_drafter_offers_nothing_for_the_system() {
        // GIVEN a server with the drafter, and a system that processes no biometric data
        // WHEN its risk is assessed
        HttpResponse<String> page = result(web, PATROL);

        // THEN the report downloads are there, the documents form is not
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("action=\"/risk/download\"").doesNotContain("/risk/document", "Documents to file");
    }

    @Test
    void should_show_no_documents_form_when_the_server_has_no_drafter() {
        // GIVEN a server built without documents
        // WHEN a system the drafter would offer a note for is assessed
        HttpResponse<String> page = result(plain, WebForms.LFR);

        // THEN the page offers the reports only
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("action=\"/risk/download\"").doesNotContain("/risk/document", "Documents to file");
    }

    @Test
    void should_return_the_drafted_document_as_an_attachment_when_a_document_and_format_are_posted() {
        // GIVEN the answers the result page carries
        String answers = answers(WebForms.LFR);

        // WHEN the note is asked for as Markdown and as PDF
        HttpResponse<byte[]> markdown = web.postForBytes("/risk/document", List.of(new Field("answers", answers),
                new Field("document", "note"), new Field("format", "markdown")));
        HttpResponse<byte[]> pdf = web.postForBytes("/risk/document", List.of(new Field("answers", answers),
                new Field("document", "note"), new Field("format", "pdf")));

        // THEN each is the drafter's file, named after the document and the system, with the format's type
        String name = WebForms.riskExample(WebForms.LFR).system().name();
        assertThat(markdown.statusCode()).isEqualTo(200);
        assertThat(markdown.headers().firstValue("Content-Type")).hasValue("text/markdown; charset=utf-8");
        assertThat(markdown.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"note-" + LFR_SLUG + ".md\"");
        assertThat(new String(markdown.body(), StandardCharsets.UTF_8)).isEqualTo(BiometricNotes.text(name, ReportFormat.MARKDOWN));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"note-" + LFR_SLUG + ".pdf\"");
        assertThat(new String(pdf.body(), StandardCharsets.UTF_8)).isEqualTo(BiometricNotes.text(name, ReportFormat.PDF));
    }

    @Test
    void should_refuse_with_400_naming_the_documents_offered_when_the_document_is_not_offered() {
        // GIVEN the answers of a system the note is offered for, and of one it is not
        // WHEN a document the drafter does not know, and the note for the other system, are asked for
        HttpResponse<String> unknown = web.post("/risk/document", List.of(new Field("answers", answers(WebForms.LFR)),
                new Field("document", "dpia"), new Field("format", "pdf")));
        HttpResponse<String> notOffered = web.post("/risk/document", List.of(new Field("answers", answers(PATROL)),
                new Field("document", "note"), new Field("format", "pdf")));
        HttpResponse<String> none = plain.post("/risk/document", List.of(new Field("answers", answers(WebForms.LFR)),
                new Field("document", "note"), new Field("format", "pdf")));

        // THEN each is refused with what is allowed, as a page
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(WebForms.unescape(unknown.body())).contains("Unknown document",
                "'dpia' is not a document offered for this system; allowed: note.");
        assertThat(notOffered.statusCode()).isEqualTo(400);
        assertThat(WebForms.unescape(notOffered.body())).contains("none can be drafted from these answers");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(WebForms.unescape(none.body())).contains("none can be drafted from these answers");
    }

    @Test
    void should_refuse_with_400_naming_the_formats_when_the_format_is_unknown() {
        // GIVEN the answers of a system the note is offered for
        String answers = answers(WebForms.LFR);

        // WHEN the note is asked for as answers (a report download's format, not a document's) and with no format
        HttpResponse<String> other = web.post("/risk/document", List.of(new Field("answers", answers),
                new Field("document", "note"), new Field("format", "answers")));
        HttpResponse<String> missing = web.post("/risk/document", List.of(new Field("answers", answers),
                new Field("document", "note")));

        // THEN both are refused with the five formats allowed
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(WebForms.unescape(other.body())).contains("Unknown format",
                "'answers' is not a format a document downloads in; allowed: html, markdown, pdf, docx, json.");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(WebForms.unescape(missing.body())).contains("No format was chosen; allowed: html, markdown, pdf, docx, json.");
    }

    @Test
    void should_refuse_the_document_without_the_form_token_when_posted_from_elsewhere() {
        // GIVEN a POST of the document form without the page's token, as another site's form would send it
        HttpResponse<String> forged = web.send(web.form("/risk/document", List.of(new Field("answers", answers(WebForms.LFR)),
                new Field("document", "note"), new Field("format", "pdf"))));

        // THEN it is refused, as every form of the app is without its token
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    private static List<String> duplicateIds(String html) {
        Matcher m = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(html);
        List<String> seen = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        while (m.find()) {
            if (seen.contains(m.group(1))) {
                twice.add(m.group(1));
            }
            seen.add(m.group(1));
        }
        return twice;
    }
}
