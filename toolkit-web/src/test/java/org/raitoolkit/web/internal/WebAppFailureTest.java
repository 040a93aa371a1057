package org.raitoolkit.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * A fault in the app itself (500): a plain page without a stack trace, with the same security
 * headers as every other response. Driven without a server, since nothing a client sends is meant
 * to cause one.
 */
class WebAppFailureTest {

    @Test
    void should_answer_500_with_the_security_headers_and_no_stack_trace_when_the_app_fails() {
        // GIVEN a request whose body cannot be read because of a fault, not of the client
        WebApp app = new WebApp(ToolkitEngine.withDefaults(), 1024 * 1024, true);
        WebApp.Exchange exchange = new WebApp.Exchange() {
            @Override
            public String method() {
                return "POST";
            }

            @Override
            public String rawPath() {
                return "/risk";
            }

            @Override
            public String rawQuery() {
                return null;
            }

            @Override
            public String header(String name) {
                return name.equals("Host") ? "127.0.0.1:8080" : null;
            }

            @Override
            public InputStream body() {
                throw new IllegalStateException("internal detail 42");
            }

            @Override
            public Multipart multipart() {
                throw new AssertionError("a URL-encoded request is not read as multipart");
            }
        };

        // WHEN
        Response response = app.handle(exchange);

        // THEN
        assertThat(response.status()).isEqualTo(500);
        Map<String, String> headers = WebApp.headers(response);
        assertThat(headers).containsAllEntriesOf(WebApp.securityHeaders())
                .containsEntry("Cache-Control", "no-store").containsKey("Content-Security-Policy");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("<h1>Something went wrong</h1>")
                .doesNotContain("IllegalStateException", "internal detail 42", "\tat ");
    }
}
