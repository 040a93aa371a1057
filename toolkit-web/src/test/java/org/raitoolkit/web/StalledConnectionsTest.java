package org.raitoolkit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Clients that open a connection, send half a request line and wait (slowloris) must not keep
 * others out: the server reads without blocking a thread, so its four request threads stay free.
 * On the JDK's HttpServer, four such clients blocked every other request for over a minute.
 */
class StalledConnectionsTest {

    private static final int STALLED = 50;

    private static ToolkitWebServer server;

    @BeforeAll
    static void start() {
        server = ToolkitWebServer.builder(ToolkitEngine.withDefaults()).port(0).threads(4).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void should_answer_the_start_page_within_2_s_when_50_connections_have_sent_half_a_request_line() throws IOException {
        // GIVEN 50 loopback connections, each stuck in the middle of its request line
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
                stalled.add(socket);
                OutputStream out = socket.getOutputStream();
                out.write("GET /risk HT".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            WebForms web = new WebForms(server.uri());
            web.get("/"); // the client's own start-up, not the server's time

            // WHEN a normal request comes while they wait
            long start = System.nanoTime();
            HttpResponse<String> home = web.get("/");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // THEN it is answered at once
            System.out.println("StalledConnectionsTest: GET / answered in " + took.toMillis() + " ms with " + STALLED
                    + " stalled connections open");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Responsible AI toolkit");
            assertThat(took).isLessThan(Duration.ofSeconds(2));
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }
}
