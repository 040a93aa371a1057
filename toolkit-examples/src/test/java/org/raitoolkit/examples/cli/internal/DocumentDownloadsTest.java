package org.raitoolkit.examples.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.documents.Documents;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.rules.RuleSetProviders;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.web.ToolkitWebServer;
import org.raitoolkit.web.spi.DocumentDrafts.Offer;

/**
 * The filed documents in the web app, as {@code toolkit serve} wires them: over an engine with the EU
 * rule sets, a system with EU AI Act facts is offered all four documents and one without them the
 * DPIA and the transparency record; a document downloads from the app as a file that opens.
 */
class DocumentDownloadsTest {

    private static final String EXAMPLES = "org/raitoolkit/content/examples/risk/";
    private static final String EMERGENCY = "emergency-call-triage.yaml";
    private static final String PATROL = "patrol-route-optimisation.yaml";

    private static ToolkitEngine engine;
    private static DocumentDownloads downloads;
    private static ToolkitWebServer server;
    private static final CookieManager COOKIES = new CookieManager();
    private static final HttpClient CLIENT = HttpClient.newBuilder().cookieHandler(COOKIES)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        // The EU modules are on the runtime class path only: found as providers, as the CLI's --jurisdiction EU finds them.
        engine = ToolkitEngine.builder().discoverRuleSets(DocumentDownloadsTest.class.getClassLoader()).build();
        downloads = new DocumentDownloads(Documents.of(engine.content()));
        server = ToolkitWebServer.builder(engine).port(0).documents(downloads).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void should_offer_all_four_documents_when_the_system_has_eu_ai_act_facts() {
        // GIVEN the emergency-call example, assessed with the EU rule sets
        RiskReport report = report(EMERGENCY);

        // WHEN its documents are listed
        List<Offer> offers = downloads.offers(report);

        // THEN all four are offered, in the documents module's order, with their names
        assertThat(engine.ruleSets()).contains("EU-AI-ACT", "EU-LED");
        assertThat(offers).extracting(Offer::key).containsExactly("dpia", "fria", "registration", "transparency-record");
        assertThat(offers).extracting(Offer::name).contains("Fundamental rights impact assessment");
    }

    @Test
    void should_offer_only_the_dpia_and_transparency_record_when_the_system_has_no_eu_facts() {
        // GIVEN a system whose answers carry no EU AI Act facts
        RiskReport report = report(PATROL);

        // WHEN its documents are listed, and the FRIA is asked for all the same
        List<Offer> offers = downloads.offers(report);

        // THEN only the two documents that need no EU result are offered, and the FRIA is refused
        assertThat(offers).extracting(Offer::key).containsExactly("dpia", "transparency-record");
        assertThatThrownBy(() -> downloads.draft("fria", report, ReportFormat.PDF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowed: dpia, transparency-record");
    }

    @Test
    void should_download_the_fria_as_a_pdf_when_the_app_is_asked_for_it() throws IOException, InterruptedException {
        // GIVEN the answers the emergency-call result page carries
        String answers = text(EMERGENCY);

        // WHEN the app is asked for its FRIA as PDF
        HttpResponse<byte[]> pdf = post(Map.of("answers", answers, "document", "fria", "format", "pdf"),
                HttpResponse.BodyHandlers.ofByteArray());

        // THEN it is a PDF attachment that PDFBox opens, with the document's title in its text
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).startsWith("attachment; filename=\"fria-").endsWith(".pdf\""));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Fundamental rights impact assessment");
        }
    }

    @Test
    void should_refuse_the_fria_naming_the_documents_offered_when_the_system_has_no_eu_facts()
            throws IOException, InterruptedException {
        // GIVEN the answers of a system without EU facts
        String answers = text(PATROL);

        // WHEN the app is asked for its FRIA
        HttpResponse<String> refused = post(Map.of("answers", answers, "document", "fria", "format", "pdf"),
                HttpResponse.BodyHandlers.ofString());

        // THEN it refuses, naming the two documents it offers
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("is not a document offered for this system; allowed: dpia, transparency-record.");
    }

    private static RiskReport report(String example) {
        AnswerFiles files = AnswerFiles.forPack(engine.content())
                .withFactSections(RuleSetProviders.factSections(engine, DocumentDownloadsTest.class.getClassLoader()));
        RiskAnswers answers = files.parseRisk(example, text(example).getBytes(StandardCharsets.UTF_8));
        return Reports.of(engine.content(), engine.provenance()).risk(answers, engine.assessRisk(answers));
    }

    private static String text(String example) {
        try (InputStream in = DocumentDownloadsTest.class.getClassLoader().getResourceAsStream(EXAMPLES + example)) {
            assertThat(in).as("the bundled example %s", example).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A POST to /risk/document as the result page's form sends it, with the token of the app's cookie. */
    private static <T> HttpResponse<T> post(Map<String, String> fields, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token());
        String encoded = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/risk/document"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), body);
    }

    /** The app's token against forms from other sites, from the cookie its start page sets. */
    private static String token() throws IOException, InterruptedException {
        CLIENT.send(HttpRequest.newBuilder(server.uri()).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
        return COOKIES.getCookieStore().get(server.uri()).stream().filter(c -> c.getName().equals("rai_csrf"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("the app set no token cookie"));
    }
}
