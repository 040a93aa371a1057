package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code toolkit serve} as a person starts it: the address printed, the app served, and stopped again. */
class ServeCommandTest {

    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    @Test
    void should_print_the_address_and_serve_the_start_page_when_started_on_a_free_port() throws Exception {
        // GIVEN the command started with port 0, in a thread of its own
        StringWriter out = new StringWriter();
        CommandLine cmd = ToolkitCli.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(new StringWriter(), true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(cmd.execute("serve", "--port", "0")), "serve-test");
        serving.start();

        // WHEN the printed address is opened
        Matcher address = awaitAddress(out, serving);
        HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address.group()))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        serving.interrupt();
        serving.join(10_000);

        // THEN it served the start page, said that nothing is stored, and stopped cleanly
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Responsible AI toolkit for law enforcement");
        assertThat(out.toString()).contains("Nothing entered is stored on the server");
        assertThat(serving.isAlive()).isFalse();
        assertThat(exit.get()).isEqualTo(ToolkitCli.OK);
        try (ServerSocket again = new ServerSocket(Integer.parseInt(address.group(1)), 0, InetAddress.getLoopbackAddress())) {
            assertThat(again.isBound()).as("the port is free again").isTrue();
        }
    }

    @Test
    void should_say_so_and_fail_when_the_port_is_taken() throws IOException {
        // GIVEN a port in use
        try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            CommandLine cmd = ToolkitCli.commandLine();
            cmd.setOut(new PrintWriter(new StringWriter(), true));
            cmd.setErr(new PrintWriter(err, true));

            // WHEN
            int exit = cmd.execute("serve", "--port", String.valueOf(taken.getLocalPort()));

            // THEN
            assertThat(exit).isEqualTo(ToolkitCli.INTERNAL_ERROR);
            assertThat(err.toString()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort(), "--port")
                    .doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void should_reject_the_port_when_it_is_out_of_range() {
        // GIVEN
        StringWriter err = new StringWriter();
        CommandLine cmd = ToolkitCli.commandLine();
        cmd.setErr(new PrintWriter(err, true));

        // WHEN
        int exit = cmd.execute("serve", "--port", "70000");

        // THEN
        assertThat(exit).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(err.toString()).contains("--port must be 0 to 65535");
    }

    private static Matcher awaitAddress(StringWriter out, Thread serving) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && serving.isAlive()) {
            Matcher m = ADDRESS.matcher(out.toString());
            if (m.find()) {
                return m;
            }
            Thread.sleep(50);
        }
        Matcher m = ADDRESS.matcher(out.toString());
        if (m.find()) {
            return m;
        }
        throw new AssertionError("no address printed" + (serving.isAlive() ? "" : ", and the command ended") + ": " + out);
    }
}
