package org.raitoolkit.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.web.spi.DocumentDrafts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app, apart from the HTTP server it runs in: routes requests to the three tools, bounds request
 * bodies, adds the security headers to every response, and turns every failure into a page
 * that says what went wrong without a stack trace. Holds no state but the engine and its static
 * files: nothing of a request is kept after its response. Thread-safe.
 */
public final class WebApp {

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    /**
     * Only the app's own files; forms post only to the app; no frames, no plug-ins. The reports'
     * inline style sheet is served as a file, so that no inline style is needed either.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** A body this much larger than the limit is still read (and dropped), so that the client gets its 413 page. */
    private static final long DRAIN_BYTES = 16L * 1024 * 1024;

    private static final Map<String, String> SECURITY_HEADERS = securityHeaderMap();

    /** The drafter of a server given none: it offers nothing, so the result page shows no documents form. */
    private static final DocumentDrafts NO_DOCUMENTS = new DocumentDrafts() {
        @Override
        public List<Offer> offers(RiskReport report) {
            return List.of();
        }

        @Override
        public byte[] draft(String key, RiskReport report, ReportFormat format) {
            throw new IllegalArgumentException("no document is offered, so none named '" + key + "'");
        }
    };

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Assessments assessments;
    private final Pages pages = new Pages();
    private final Assets assets;
    private final long maxRequestBytes;
    private final boolean loopbackOnly;
    private final Map<String, Tool> tools;
    private volatile String listening = "this machine";

    /**
     * @param engine the engine every assessment runs on
     * @param maxRequestBytes the largest request body accepted; a larger one gets 413
     * @param loopbackOnly whether the server listens on a loopback address only: then a request
     *     must name a loopback host, which stops a web page that rebinds its own domain name to
     *     127.0.0.1 from using the app
     */
    public WebApp(ToolkitEngine engine, long maxRequestBytes, boolean loopbackOnly) {
        this(engine, maxRequestBytes, loopbackOnly, null);
    }

    /**
     * @param documents the documents to file that the risk result page offers, or null for none
     * @see #WebApp(ToolkitEngine, long, boolean)
     */
    public WebApp(ToolkitEngine engine, long maxRequestBytes, boolean loopbackOnly, DocumentDrafts documents) {
        this.assessments = new Assessments(engine, maxRequestBytes);
        this.assets = new Assets(assessments.reportCss());
        this.maxRequestBytes = maxRequestBytes;
        this.loopbackOnly = loopbackOnly;
        this.tools = Map.of(
                "readiness", new ReadinessTool(assessments, pages),
                "risk", new RiskTool(assessments, pages, documents == null ? NO_DOCUMENTS : documents),
                "workbook", new WorkbookTool(assessments, pages));
    }

    private static Map<String, String> securityHeaderMap() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        // No address of the app to other sites; not "no-referrer", with which browsers send the
        // app's own forms with "Origin: null", which the check against cross-site forms refuses.
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // Pages and downloads hold answers: no cache, no back-forward copy on disk.
        headers.put("Cache-Control", "no-store");
        return Collections.unmodifiableMap(headers);
    }

    /** Tells the start page where the server listens, for example {@code http://127.0.0.1:8080/}. */
    public void listeningOn(String address) {
        this.listening = address;
    }

    /**
     * Answers one request: routes it, bounds its body, and turns every failure into a page that
     * says what went wrong. Never throws for anything a client sends.
     */
    public Response handle(Exchange exchange) {
        String method = exchange.method().toUpperCase(Locale.ROOT);
        String token = Csrf.tokenOf(exchange.header("Cookie"));
        boolean newToken = token == null;
        if (newToken) {
            token = Csrf.newToken();
        }
        Response response;
        try {
            response = route(exchange, method, token);
        } catch (BadRequest e) {
            response = error(e.status(), e.title(), e.getMessage(), e.headers());
        } catch (InvalidInputException e) {
            // Answers carried by a download or edit form that do not read: someone changed them.
            response = problems(e);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("{} {} failed", method, exchange.rawPath(), e);
            response = error(500, "Something went wrong", "The server could not answer this request. This is a fault "
                    + "in the toolkit, not in your answers; the server's console has the details.", Map.of());
        }
        return Csrf.protect(response, token, newToken);
    }

    private Response route(Exchange exchange, String method, String token) {
        checkHost(exchange.header("Host"));
        String path;
        try {
            path = new URI(exchange.rawPath()).getPath();
        } catch (URISyntaxException e) {
            throw new BadRequest(400, "Malformed address", "The address of the request could not be read.");
        }
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (path.equals("/")) {
            requireMethod(read, "GET, HEAD");
            return HomePage.render(assessments, pages, listening);
        }
        if (path.equals("/guide")) {
            requireMethod(read, "GET, HEAD");
            return GuidePage.render(assessments.pack(), pages);
        }
        if (path.startsWith("/static/")) {
            requireMethod(read, "GET, HEAD");
            Assets.Asset asset = assets.get(path);
            if (asset == null) {
                throw new BadRequest(404, "Page not found", "There is no file at " + path + ".");
            }
            return new Response(200, asset.contentType(), asset.bytes(), Map.of("Cache-Control", "no-cache"));
        }
        String first = path.substring(1).split("/", 2)[0];
        Tool tool = tools.get(first);
        if (tool == null) {
            throw new BadRequest(404, "Page not found", "There is no page at " + path + ". The tools are at /readiness, "
                    + "/risk and /workbook, and the guide at /guide.");
        }
        boolean postOnly = !path.equals("/" + first);
        requireMethod(method.equals("POST") || (read && !postOnly), postOnly ? "POST" : "GET, HEAD, POST");
        Params query = UrlEncoded.parse(exchange.rawQuery());
        if (method.equals("POST")) {
            Csrf.checkOrigin(exchange.header("Origin"), exchange.header("Sec-Fetch-Site"), exchange.header("Host"));
            Form form = readForm(exchange);
            Csrf.checkToken(token, form.params().raw(Csrf.FIELD));
            form.params().remove(Csrf.FIELD);
            return tool.handle(new Request("POST", path, query, form.params(), form.files()));
        }
        return tool.handle(new Request("GET", path, query, new Params(), Map.of()));
    }

    private static void requireMethod(boolean allowed, String allow) {
        if (!allowed) {
            throw new BadRequest(405, "Method not allowed", "This address accepts " + allow + ".", Map.of("Allow", allow));
        }
    }

    private void checkHost(String host) {
        if (!loopbackOnly) {
            return;
        }
        String name = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        // Drop the port: after the closing bracket of an IPv6 literal, or after the only colon.
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            name = end < 0 ? name : name.substring(0, end + 1);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        if (!LOOPBACK_HOSTS.contains(name)) {
            throw new BadRequest(421, "Unexpected host name", "This server answers only requests addressed to localhost, "
                    + "127.0.0.1 or [::1], not '" + (host == null ? "" : host) + "'.");
        }
    }

    /**
     * The fields and files of a form: a URL-encoded body read here within the limit, or a
     * multipart body as the server parsed it, in memory and within the same limit.
     */
    private Form readForm(Exchange exchange) {
        String contentType = exchange.header("Content-Type");
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
        if (!type.startsWith("multipart/form-data")) {
            byte[] body = readBody(exchange.body());
            if (!type.startsWith("application/x-www-form-urlencoded")) {
                throw new BadRequest(415, "Unsupported form encoding",
                        "The server reads forms sent as application/x-www-form-urlencoded or multipart/form-data, not '"
                                + (contentType == null ? "(none)" : contentType) + "'.");
            }
            return new Form(UrlEncoded.parse(new String(body, StandardCharsets.UTF_8)), Map.of());
        }
        if (declaredLength(exchange) > maxRequestBytes) {
            // Refused as a URL-encoded body would be: read on a little, so that the client gets its 413 page.
            readBody(exchange.body());
        }
        Exchange.Multipart multipart;
        try {
            multipart = exchange.multipart();
        } catch (Exchange.TooLarge e) {
            throw tooLarge();
        } catch (Exchange.TooManyFields e) {
            throw UrlEncoded.tooManyFields();
        } catch (SocketTimeoutException e) {
            throw tooSlow();
        } catch (IOException e) {
            throw new BadRequest(400, "Malformed upload", "The form data could not be read: " + e.getMessage() + ".");
        }
        int count = multipart.files().size();
        for (List<String> values : multipart.fields().values()) {
            count += values.size();
        }
        if (count > UrlEncoded.MAX_FIELDS) {
            throw UrlEncoded.tooManyFields();
        }
        Params form = new Params();
        Map<String, Upload> files = new LinkedHashMap<>();
        multipart.fields().forEach((name, values) -> values.forEach(v -> form.add(name, v)));
        multipart.files().forEach((name, file) -> {
            // A file input left empty still sends a part, with an empty name and no bytes.
            if (!file.filename().isEmpty() || file.bytes().length > 0) {
                files.put(name, file);
            }
        });
        return new Form(form, files);
    }

    /** The fields and files a form sent. */
    private record Form(Params params, Map<String, Upload> files) {
    }

    private static long declaredLength(Exchange exchange) {
        String length = exchange.header("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The largest request body accepted, in bytes. */
    long maxRequestBytes() {
        return maxRequestBytes;
    }

    private BadRequest tooLarge() {
        return new BadRequest(413, "Request too large", "The form sent more than " + size(maxRequestBytes)
                + ", the most this server accepts. Answer files are far smaller: check that the right file was chosen.");
    }

    private static BadRequest tooSlow() {
        return new BadRequest(408, "Request too slow", "The form arrived too slowly and was not read to the end. "
                + "Send it again.");
    }

    /** The body, at most {@code maxRequestBytes}; a larger one is read on a little and dropped, then refused. */
    private byte[] readBody(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxRequestBytes) {
                    drain(in, buffer);
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw tooSlow();
        } catch (IOException e) {
            throw new BadRequest(400, "Request not read", "The request ended before its body was read: " + e.getMessage());
        }
        return out.toByteArray();
    }

    private static void drain(InputStream in, byte[] buffer) throws IOException {
        long left = DRAIN_BYTES;
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1) {
            left -= n;
        }
    }

    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

    private Response error(int status, String title, String message, Map<String, String> headers) {
        Response page = pages.page(status, "message.jte", new Views.Message(Views.Frame.of(assessments.pack(), title, ""),
                title, message, null, "/", "Back to the start page"));
        return headers.isEmpty() ? page : new Response(status, page.contentType(), page.body(), headers);
    }

    private Response problems(InvalidInputException e) {
        String title = "The answers could not be read";
        return pages.page(400, "message.jte", new Views.Message(Views.Frame.of(assessments.pack(), title, ""), title, null,
                Problems.ofFile(e, f -> null).summary(), "/", "Back to the start page"));
    }

    /**
     * The headers every response carries, pages, files, downloads and error pages alike, with
     * {@code response}'s own headers over them.
     */
    public static Map<String, String> headers(Response response) {
        Map<String, String> headers = new LinkedHashMap<>(SECURITY_HEADERS);
        headers.put("Content-Type", response.contentType());
        headers.putAll(response.headers());
        if (response.status() == 413 || response.status() == 408) {
            // The rest of a refused body may still be on the way; do not read it as the next request.
            headers.put("Connection", "close");
        }
        return headers;
    }

    /** The security headers alone, for the responses the server writes itself (a request line it cannot read). */
    public static Map<String, String> securityHeaders() {
        return SECURITY_HEADERS;
    }

    /** What a request brings: method, raw path and query, headers, and the body to read. */
    public interface Exchange {

        String method();

        /** The path as sent, still percent-encoded. */
        String rawPath();

        /** The query as sent, or null. */
        String rawQuery();

        /** The first value of header {@code name}, or null. */
        String header(String name);

        InputStream body();

        /**
         * The fields and files of a {@code multipart/form-data} body, parsed by the server in
         * memory, fields in the order sent.
         *
         * @throws TooLarge when the body is larger than the server accepts
         * @throws IOException when the body cannot be read or does not follow the format
         */
        Multipart multipart() throws IOException;

        /** What a multipart body holds: field values by name, and files by field name. */
        record Multipart(Map<String, List<String>> fields, Map<String, Upload> files) {
        }

        /** A multipart body over the size limit. */
        final class TooLarge extends IOException {

            private static final long serialVersionUID = 1L;

            public TooLarge(String message) {
                super(message);
            }
        }

        /** A multipart body with more parts than the app reads. */
        final class TooManyFields extends IOException {

            private static final long serialVersionUID = 1L;

            public TooManyFields(String message) {
                super(message);
            }
        }
    }
}
