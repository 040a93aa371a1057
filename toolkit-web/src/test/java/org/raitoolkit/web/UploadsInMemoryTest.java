package org.raitoolkit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.web.internal.JavalinServer;
import org.raitoolkit.web.internal.WebApp;

/**
 * Uploads are parsed by the server, in memory: a file up to the request limit leaves nothing in
 * the folder the server is told to cache uploads in, and a larger one, with or without a declared
 * length, gets the app's own 413 page.
 */
class UploadsInMemoryTest {

    private static final long LIMIT = 1024 * 1024;

    @TempDir
    static Path cache;

    private static JavalinServer server;
    private static WebForms web;

    @BeforeAll
    static void start() {
        WebApp app = new WebApp(ToolkitEngine.withDefaults(), LIMIT, true);
        server = JavalinServer.start(app, InetAddress.getLoopbackAddress(), 0, 2, cache);
        web = new WebForms(URI.create("http://127.0.0.1:" + server.port() + "/"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void should_leave_no_file_in_the_cache_folder_when_answers_are_uploaded() throws IOException {
        // GIVEN the example readiness answers, and a file just under the limit
        byte[] answers = WebForms.resource(WebForms.AGENCY);
        byte[] large = new byte[(int) LIMIT - 4096];
        Arrays.fill(large, (byte) '#');

        // WHEN both are uploaded
        HttpResponse<String> loaded = web.upload("/readiness/load", "file", "agency.yaml", answers, List.of());
        HttpResponse<String> comment = web.upload("/readiness/load", "file", "comment.yaml", large, List.of());

        // THEN the first fills the form, the second is read to its end (a YAML comment: no answers)
        assertThat(loaded.statusCode()).isEqualTo(200);
        assertThat(loaded.body()).contains("value=\"Northmoor Police (fictional example agency)\"");
        assertThat(comment.statusCode()).isEqualTo(400);
        assertThat(comment.body()).contains("problem", "comment.yaml");
        // AND nothing was written to the cache folder
        assertThat(filesIn(cache)).isEmpty();
    }

    @Test
    void should_read_the_fields_of_a_multipart_form_as_utf_8_when_a_file_input_is_left_empty() {
        // GIVEN the workbook form, which is multipart, sent with a name outside ASCII and no risk file
        String name = "Système de reconnaissance – Ørsted";

        // WHEN
        HttpResponse<String> page = web.upload("/workbook", "riskFile", "", new byte[0],
                List.of(new WebForms.Field("action", "stage"), new WebForms.Field("system", name),
                        new WebForms.Field("stage", "DEPLOYMENT")));

        // THEN the form comes back with the name as typed, and no file was taken from the empty input
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"" + name + "\"", "The system's risk answer file");
    }

    @Test
    void should_refuse_with_the_413_page_when_an_upload_without_a_declared_length_is_over_the_limit() throws IOException {
        // GIVEN a 1.5 MiB upload sent in chunks, so that the server learns its size only by reading it
        byte[] file = new byte[1536 * 1024];
        Arrays.fill(file, (byte) '#');
        String boundary = "----chunked-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + WebForms.CSRF_FIELD + "\"\r\n\r\n"
                + web.token() + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.yaml\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();

        // WHEN
        HttpResponse<String> page = web.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/readiness/load"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));

        // THEN the app's own page, with its headers, and nothing on disk
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("<h1>Request too large</h1>", "1 MiB");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(filesIn(cache)).isEmpty();
    }

    @Test
    void should_refuse_with_the_413_page_when_an_upload_declared_over_the_limit_is_sent() throws IOException {
        // GIVEN a 1.5 MiB upload with its length declared
        byte[] file = new byte[1536 * 1024];
        Arrays.fill(file, (byte) '#');

        // WHEN
        HttpResponse<String> page = web.upload("/risk/load", "file", "huge.yaml", file, List.of());

        // THEN
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("<h1>Request too large</h1>");
        assertThat(filesIn(cache)).isEmpty();
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
