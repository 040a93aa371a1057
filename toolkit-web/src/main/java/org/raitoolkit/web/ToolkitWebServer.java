package org.raitoolkit.web;

import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Objects;
import org.raitoolkit.web.internal.JavalinServer;
import org.raitoolkit.web.internal.WebApp;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.web.spi.DocumentDrafts;

/**
 * The toolkit's three questionnaires (readiness, risk, workbook) as a small web app on Javalin and
 * Jetty (an implementation detail: no signature shows their types): server-rendered pages with plain forms that work without script, results with
 * the reports' charts, and downloads of the reports and of the answers, and of the documents to file
 * that a {@link DocumentDrafts} given to {@link Builder#documents} drafts from a risk report.
 *
 * <pre>{@code
 * try (ToolkitWebServer server = ToolkitWebServer.builder(engine).port(0).start()) {
 *     System.out.println("open " + server.uri());
 *     ...
 * }
 * }</pre>
 *
 * <p>The server keeps no answers: every form carries its answers with it, and they leave the
 * page only as the files a person downloads. It listens on {@code 127.0.0.1} unless told
 * otherwise, and then answers only requests addressed to a loopback name. Every answer is
 * checked by the content module's reader, with the command line's messages; request bodies are
 * limited in size; every value a person typed is escaped; pages load nothing from elsewhere.
 *
 * <p>A client that sends half a request and waits holds no thread: connections are read without
 * blocking, and closed after 30 seconds without traffic; at most {@code threads} requests are
 * answered at once, the rest wait in a bounded queue.
 *
 * <p>Instances are thread-safe. {@link #close()} stops the server and its threads.
 */
public final class ToolkitWebServer implements AutoCloseable {

    /** The default limit on a request body: 1 MiB. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024L * 1024;

    private final JavalinServer server;
    private final URI uri;

    private ToolkitWebServer(JavalinServer server, URI uri) {
        this.server = server;
        this.uri = uri;
    }

    /**
     * A builder for a server over {@code engine}, listening on {@code 127.0.0.1:8080} by default.
     *
     * @throws NullPointerException if {@code engine} is null
     */
    public static Builder builder(ToolkitEngine engine) {
        return new Builder(Objects.requireNonNull(engine, "engine"));
    }

    /** The address people open, for example {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return uri;
    }

    /** The port the server listens on: the one asked for, or the one the system chose for port 0. */
    public int port() {
        return server.port();
    }

    /** Stops listening, lets requests in progress finish for up to a second, and stops the threads. */
    @Override
    public void close() {
        server.close();
    }

    /** Configures and starts a {@link ToolkitWebServer}; not thread-safe. */
    public static final class Builder {

        private final ToolkitEngine engine;
        private String bindAddress = "127.0.0.1";
        private int port = 8080;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private int threads = 4;
        private DocumentDrafts documents;

        private Builder(ToolkitEngine engine) {
            this.engine = engine;
        }

        /**
         * The address to listen on: {@code 127.0.0.1} (the default) keeps the app to this machine;
         * {@code 0.0.0.0} opens it to the network, without encryption.
         */
        public Builder bindAddress(String address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * The port, 0 to 65535; 0 lets the system choose a free one (see {@link ToolkitWebServer#port()}).
         *
         * @throws IllegalArgumentException if out of range
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The largest request body accepted, in bytes; a larger one gets a 413 page. A body is held
         * in memory, never written to disk, so the limit is below 2 GiB.
         *
         * @throws IllegalArgumentException if below 1 KiB or above {@link Integer#MAX_VALUE}
         */
        public Builder maxRequestBytes(long bytes) {
            if (bytes < 1024 || bytes > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the request limit must be between 1024 bytes and 2 GiB, not " + bytes);
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /**
         * How many requests are served at once (default 4).
         *
         * @throws IllegalArgumentException if below 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * The documents to file that the risk result page offers for download, in each report
         * format, besides the reports; without it (the default) the page offers the reports only.
         *
         * @throws NullPointerException if {@code drafts} is null
         */
        public Builder documents(DocumentDrafts drafts) {
            this.documents = Objects.requireNonNull(drafts, "drafts");
            return this;
        }

        /**
         * Starts the server.
         *
         * @throws IllegalArgumentException if the bind address is not a known host or address
         * @throws UncheckedIOException if the server cannot listen there, for example because the
         *     port is taken, with the address in the message
         */
        public ToolkitWebServer start() {
            InetAddress address;
            try {
                address = InetAddress.getByName(bindAddress);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("unknown bind address '" + bindAddress + "'", e);
            }
            WebApp app = new WebApp(engine, maxRequestBytes, address.isLoopbackAddress(), documents);
            JavalinServer server = JavalinServer.start(app, address, port, threads);
            String host = address.isAnyLocalAddress() ? "127.0.0.1"
                    : address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
            URI uri = URI.create("http://" + host + ":" + server.port() + "/");
            app.listeningOn(address.isLoopbackAddress() ? uri + " (this machine only)"
                    : address.getHostAddress() + ":" + server.port() + " (open to the network, unencrypted)");
            return new ToolkitWebServer(server, uri);
        }
    }
}
