package org.raitoolkit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raitoolkit.web.WebForms.Field;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Every response carries the security headers, the app's error pages (400, 403, 404, 405, 413,
 * 415, 421) and those the HTTP server writes itself for a request it cannot read; a 405 says
 * which methods the address accepts.
 */
class ErrorResponsesTest {

    /** The headers every response must carry, and their values. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "content-security-policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            "x-content-type-options", "nosniff",
            "x-frame-options", "DENY",
            "referrer-policy", "same-origin",
            "cross-origin-opener-policy", "same-origin",
            "cross-origin-resource-policy", "same-origin",
            "cache-control", "no-store");

    private static ToolkitWebServer server;
    private static WebForms web;

    @BeforeAll
    static void start() {
        server = ToolkitWebServer.builder(ToolkitEngine.withDefaults()).port(0).maxRequestBytes(64 * 1024).start();
        web = new WebForms(server.uri());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"DELETE, /risk, 'GET, HEAD, POST'", "GET, /risk/download, POST", "POST, /, 'GET, HEAD'", "POST, /guide, 'GET, HEAD'",
            "PUT, /static/app.css, 'GET, HEAD'", "PATCH, /workbook/load, POST"})
    void should_name_the_allowed_methods_when_the_method_is_not_allowed(String method, String path, String allow) {
        // WHEN
        HttpResponse<String> page = web.send(HttpRequest.newBuilder(server.uri().resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody()));

        // THEN
        assertThat(page.statusCode()).isEqualTo(405);
        assertThat(page.headers().firstValue("Allow")).hasValue(allow);
        assertSecurityHeaders(page.headers().map());
        assertThat(page.body()).contains("<h1>Method not allowed</h1>");
    }

    @Test
    void should_send_the_security_headers_when_the_app_answers_with_an_error_page() {
        // WHEN
        Map<Integer, HttpResponse<String>> pages = new TreeMap<>();
        pages.put(404, web.get("/nowhere"));
        pages.put(400, web.post("/risk", List.of(new Field("action", "factors"))));
        pages.put(403, web.send(web.form("/risk", List.of(new Field("action", "factors")))));
        pages.put(413, web.post("/risk", List.of(new Field("system.name", "x".repeat(100 * 1024)))));
        pages.put(415, web.send(HttpRequest.newBuilder(server.uri().resolve("/risk")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x"))));

        // THEN
        pages.forEach((status, page) -> {
            assertThat(page.statusCode()).isEqualTo(status);
            assertSecurityHeaders(page.headers().map());
            assertThat(page.body()).contains("<h1>");
        });
    }

    @Test
    void should_send_the_security_headers_when_the_host_is_refused() throws IOException {
        // WHEN
        String response = raw("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");

        // THEN
        assertThat(response).startsWith("HTTP/1.1 421");
        assertSecurityHeaders(headers(response));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "400|GARBAGE~~",
            "400|GET /risk HTTP/1.1~Host: localhost~Host: other~Connection: close~~",
            "400|GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1~Host: localhost~Connection: close~~",
            "431|GET / HTTP/1.1~Host: localhost~X-Big: {big}~Connection: close~~",
            "505|GET / HTTP/9.9~Host: localhost~Connection: close~~"})
    void should_send_the_security_headers_when_the_server_refuses_a_request_it_cannot_read(int status, String request)
            throws IOException {
        // WHEN
        String response = raw(request.replace("~", "\r\n").replace("{big}", "x".repeat(20 * 1024)));

        // THEN
        assertThat(response).startsWith("HTTP/1.1 " + status);
        assertSecurityHeaders(headers(response));
        assertThat(response).doesNotContainIgnoringCase("jetty").doesNotContain("\tat ", "Exception");
    }

    static void assertSecurityHeaders(Map<String, List<String>> headers) {
        Map<String, List<String>> lower = new TreeMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        SECURITY_HEADERS.forEach((name, value) -> assertThat(lower.get(name)).as(name).containsExactly(value));
    }

    private static Map<String, List<String>> headers(String response) {
        Map<String, List<String>> headers = new TreeMap<>();
        String head = response.split("\r\n\r\n", 2)[0];
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).strip(), k -> new java.util.ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            try {
                in.transferTo(response);
            } catch (java.net.SocketException reset) {
                // The server may close a connection it refused before the client reads everything.
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
