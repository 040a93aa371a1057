package org.raitoolkit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
 * Clients that send a request's headers and then its body a byte at a time hold a request thread
 * while the body is read; the server ends such a request when its body arrives slower than
 * 1 KiB a second, which frees the thread for others.
 */
class SlowBodiesTest {

    private static ToolkitWebServer server;

    @BeforeAll
    static void start() {
        server = ToolkitWebServer.builder(ToolkitEngine.withDefaults()).port(0).threads(2).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void should_end_the_slow_requests_and_answer_others_when_every_thread_reads_a_body_sent_a_byte_at_a_time()
            throws Exception {
        // GIVEN as many clients as request threads, each sending its body at 5 bytes a second
        List<Socket> slow = new ArrayList<>();
        List<Thread> senders = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
                socket.setSoTimeout(30_000);
                slow.add(socket);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /risk HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread sender = new Thread(() -> {
                    try {
                        for (int b = 0; b < 100_000; b++) {
                            out.write('a');
                            out.flush();
                            Thread.sleep(200);
                        }
                    } catch (IOException | InterruptedException e) {
                        // ended by the server, or by the test
                    }
                }, "slow-body-" + i);
                sender.setDaemon(true);
                sender.start();
                senders.add(sender);
            }
            Thread.sleep(500);
            WebForms web = new WebForms(server.uri());

            // WHEN a normal request comes
            long start = System.nanoTime();
            HttpResponse<String> home = web.get("/");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // THEN it is answered at once, and the slow requests are ended with 408
            System.out.println("SlowBodiesTest: GET / answered in " + took.toMillis() + " ms with every request thread "
                    + "reading a body sent at 5 bytes a second");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            for (Socket socket : slow) {
                String response = readAll(socket.getInputStream());
                assertThat(response).startsWith("HTTP/1.1 408").contains("Request too slow", "Connection: close");
            }
        } finally {
            senders.forEach(Thread::interrupt);
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    private static String readAll(InputStream in) {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            // closed by the server
        }
        return text.toString();
    }
}
