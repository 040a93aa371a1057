package org.raitoolkit.web.internal;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The web app in Javalin, on Jetty: a non-blocking connector, so that a client that sends half a
 * request and waits holds no thread; a bounded pool of threads for the requests themselves; an
 * idle timeout; a limit on open connections, which also bounds the requests waiting for a thread; and the security headers on every response,
 * including those Jetty writes itself for a request it cannot read. Every request, whatever its
 * method or path, goes to {@link WebApp}; Javalin's own routing, compression and sessions are
 * not used.
 */
public final class JavalinServer implements AutoCloseable {

    /** A connection that sends or reads nothing for this long is closed, in the middle of a request or between two. */
    public static final long IDLE_TIMEOUT_MILLIS = 30_000;

    /** A request body must arrive at least this fast (bytes a second, on average), or the request is ended. */
    public static final long MIN_REQUEST_DATA_RATE = 1024;

    /** At most this many connections are open at once; more wait to be accepted. */
    public static final int MAX_CONNECTIONS = 512;

    /** The largest request line and headers accepted, in bytes; more gets 431. */
    public static final int MAX_HEADER_BYTES = 8 * 1024;

    private final Javalin javalin;
    private final ServerConnector connector;

    private JavalinServer(Javalin javalin, ServerConnector connector) {
        this.javalin = javalin;
        this.connector = connector;
    }

    /**
     * Starts {@code app} on {@code address:port}, serving at most {@code threads} requests at once.
     *
     * @throws UncheckedIOException if the server cannot listen there, with the address in the message
     */
    public static JavalinServer start(WebApp app, InetAddress address, int port, int threads) {
        return start(app, address, port, threads, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * As {@link #start(WebApp, InetAddress, int, int)}, naming the folder the server would cache
     * uploads in. It never does: every part up to the request limit is held in memory, and a
     * larger body is refused, so nothing of a request is written to disk.
     */
    public static JavalinServer start(WebApp app, InetAddress address, int port, int threads, Path uploadCache) {
        long limit = app.maxRequestBytes();
        // One thread accepts connections and one watches them; the rest answer requests. Work waiting
        // for a thread is bounded by the connection limit (Jetty warns against a bounded queue: it
        // would drop Jetty's own tasks too).
        QueuedThreadPool pool = new QueuedThreadPool(threads + 2, threads + 2, 60_000, 0, null, null);
        pool.setName("toolkit-web");
        pool.setDaemon(true);
        ServerConnector[] connector = new ServerConnector[1];
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.http.generateEtags = false;
            config.jetty.threadPool = pool;
            config.jetty.multipartConfig.cacheDirectory(uploadCache.toString());
            config.jetty.multipartConfig.maxTotalRequestSize(limit, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(limit, SizeUnit.BYTES);
            // In memory up to the whole limit: no part is ever large enough to go to the cache folder.
            config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, limit), SizeUnit.BYTES);
            config.jetty.modifyHttpConfiguration(http -> {
                http.setUriCompliance(UriCompliance.DEFAULT);
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
                // Deprecated in Jetty 12.1 in favour of MinimumDataRateHandler, but what the servlet
                // layer checks while the app reads a body (SlowBodiesTest).
                setMinRequestDataRate(http);
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector c = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
                c.setHost(address.getHostAddress());
                c.setPort(port);
                c.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
                connector[0] = c;
                return c;
            });
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new HeadersErrorHandler());
                server.setStopTimeout(1000);
                server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
            });
            config.jetty.modifyServletContextHandler(context -> {
                context.setErrorHandler(new HeadersErrorHandler());
                // The app's own bounds on a form, not Jetty's defaults (1000 fields, 200 kB).
                context.setMaxFormKeys(UrlEncoded.MAX_FIELDS);
                context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limit));
            });
            config.routes.before(ctx -> {
                ctx.skipRemainingHandlers();
                serve(app, ctx);
            });
        });
        try {
            javalin.start();
        } catch (RuntimeException e) {
            try {
                javalin.stop();
            } catch (RuntimeException ignored) {
                // Not started: nothing to stop.
            }
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new UncheckedIOException("cannot listen on " + address.getHostAddress() + ":" + port + ": "
                    + cause.getMessage(), cause instanceof IOException io ? io : new IOException(cause));
        }
        return new JavalinServer(javalin, connector[0]);
    }

    @SuppressWarnings("removal")
    private static void setMinRequestDataRate(org.eclipse.jetty.server.HttpConfiguration http) {
        http.setMinRequestDataRate(MIN_REQUEST_DATA_RATE);
    }

    /** The port listened on, the one the system chose for port 0. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Stops listening, lets requests in progress finish for up to a second, and stops the threads. */
    @Override
    public void close() {
        // A thread stopped by interruption still closes the server: the grace period would end at once.
        boolean interrupted = Thread.interrupted();
        try {
            javalin.stop();
        } catch (RuntimeException e) {
            if (!(e.getCause() instanceof TimeoutException)) {
                throw e;
            }
            // Connections still open after the second of grace: Jetty has closed them and stopped.
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void serve(WebApp app, Context ctx) {
        HttpServletRequest req = ctx.req();
        Response response = app.handle(new WebApp.Exchange() {
            @Override
            public String method() {
                // Not ctx.method(), which follows an X-HTTP-Method-Override header.
                return req.getMethod();
            }

            @Override
            public String rawPath() {
                return req.getRequestURI();
            }

            @Override
            public String rawQuery() {
                return req.getQueryString();
            }

            @Override
            public String header(String name) {
                return req.getHeader(name);
            }

            @Override
            public InputStream body() {
                try {
                    return new JettyFailures(req.getInputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Multipart multipart() throws IOException {
                try {
                    Map<String, List<String>> fields = ctx.formParamMap();
                    Map<String, Upload> files = new LinkedHashMap<>();
                    for (Map.Entry<String, List<UploadedFile>> e : ctx.uploadedFileMap().entrySet()) {
                        UploadedFile file = e.getValue().get(0);
                        try (InputStream in = file.content()) {
                            files.put(e.getKey(), new Upload(file.filename() == null ? "" : file.filename(), in.readAllBytes()));
                        }
                    }
                    return new Multipart(fields, files);
                } catch (Exception e) {
                    // Also the servlet's checked exceptions, which Javalin's Kotlin code passes on undeclared.
                    throw multipartFailure(e);
                }
            }
        });
        HttpServletResponse res = ctx.res();
        res.setStatus(response.status());
        WebApp.headers(response).forEach(res::setHeader);
        if (response.body().length > 0) {
            ctx.result(response.body());
        }
    }

    /**
     * Jetty's reasons for not parsing a multipart body, as the exceptions {@link WebApp} answers.
     * Jetty names a limit only in the message of the exception at the root of the chain.
     */
    private static IOException multipartFailure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.startsWith("max length exceeded") || message.startsWith("max file size exceeded")) {
                return new WebApp.Exchange.TooLarge(message);
            }
            if (message.startsWith("max parts exceeded")) {
                return new WebApp.Exchange.TooManyFields(message);
            }
            if (t instanceof SocketTimeoutException timeout) {
                return timeout;
            }
            if (t instanceof HttpException http && http.getCode() == 408) {
                return new SocketTimeoutException(message);
            }
        }
        return new IOException(e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : String.valueOf(e.getMessage()), e);
    }

    /**
     * A request body whose reads fail as {@link IOException}s, not as Jetty's runtime exceptions:
     * a body that arrives slower than {@link #MIN_REQUEST_DATA_RATE} as a
     * {@link SocketTimeoutException}, so that the app answers 408 rather than 500.
     */
    private static final class JettyFailures extends FilterInputStream {

        JettyFailures(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (RuntimeException e) {
                throw asIo(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (RuntimeException e) {
                throw asIo(e);
            }
        }

        private static IOException asIo(RuntimeException e) {
            if (e instanceof HttpException http) {
                return http.getCode() == 408 ? new SocketTimeoutException(e.getMessage()) : new IOException(e.getMessage(), e);
            }
            throw e;
        }
    }

    /**
     * Jetty's own error pages (a request line or header it cannot read, a body too slow or too
     * large for it) with the app's security headers, and without the server's name or stack traces.
     */
    private static final class HeadersErrorHandler extends ErrorHandler {

        HeadersErrorHandler() {
            setShowStacks(false);
            setShowMessageInTitle(false);
            setCacheControl("no-store");
        }

        @Override
        public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                org.eclipse.jetty.util.Callback callback) throws Exception {
            Map<String, String> headers = WebApp.securityHeaders();
            headers.forEach((k, v) -> response.getHeaders().put(k, v));
            return super.handle(request, response, callback);
        }
    }
}
