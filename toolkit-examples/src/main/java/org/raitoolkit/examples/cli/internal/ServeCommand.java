package org.raitoolkit.examples.cli.internal;

import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import org.raitoolkit.documents.Documents;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.web.ToolkitWebServer;
import org.raitoolkit.rules.ToolkitEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code toolkit serve}: the three questionnaires as a web app on this machine, until stopped, with
 * the filed documents of the risk result to download (see {@link DocumentDownloads}).
 * The content pack and rule sets are the top command's ({@code --content}, {@code --rules},
 * {@code --jurisdiction}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web app: the readiness, risk and workbook questionnaires in a browser, with reports "
                + "and, for a risk assessment, drafts of the documents to file (DPIA, public transparency record; FRIA and "
                + "registration data with --jurisdiction EU) to download. Nothing entered is stored on the server. Runs until interrupted (Ctrl+C).")
public final class ServeCommand extends ToolkitCommand {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on (default: ${DEFAULT-VALUE}); 0 picks a free one.")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only). 0.0.0.0 opens the app "
                    + "to the network, unencrypted and without login: only on a network you trust.")
    private String bind;

    @Spec
    private CommandSpec spec;

    @Override
    protected int execute() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, not " + port);
        }
        ToolkitEngine engine = root().engine();
        ToolkitWebServer server;
        try {
            server = ToolkitWebServer.builder(engine).bindAddress(bind).port(port)
                    .documents(new DocumentDownloads(Documents.of(engine.content()))).start();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err().println("toolkit serve: " + e.getMessage()
                    + (e instanceof UncheckedIOException ? "; choose another port with --port (0 picks a free one)" : ""));
            err().flush();
            return e instanceof IllegalArgumentException ? ToolkitCli.INVALID_INPUT : ToolkitCli.INTERNAL_ERROR;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "toolkit-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out().println("Toolkit web app: " + server.uri());
        out().println("Content pack " + engine.content().manifest().id() + " " + engine.content().manifest().version()
                + "; rule sets " + String.join(", ", engine.ruleSets()) + ".");
        if (!bind.equals("127.0.0.1") && !bind.equals("localhost") && !bind.equals("::1")) {
            out().println("Listening on " + bind + ": anyone who can reach this machine can use the app, unencrypted.");
        }
        out().println("Nothing entered is stored on the server. Press Ctrl+C to stop.");
        out().flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped by whoever ran the command in a thread (a test, an embedding application).
            Thread.currentThread().interrupt();
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already stopping; the hook closes the server too.
            }
        }
        return ToolkitCli.OK;
    }
}
