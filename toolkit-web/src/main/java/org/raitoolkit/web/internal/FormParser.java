package org.raitoolkit.web.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a request body sent by an HTML form: {@code application/x-www-form-urlencoded}, or
 * {@code multipart/form-data} when the form uploads a file. The body has already been read
 * within the size limit; this bounds the number of fields, so that a small body cannot make many
 * objects.
 */
final class FormParser {

    /** More fields than a full readiness form with every answer carried, with room to spare. */
    static final int MAX_FIELDS = 10_000;

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

    private FormParser() {
    }

    /** A file sent with the form: the name the browser gave and its bytes. */
    record Upload(String filename, byte[] bytes) {
    }

    /** What a form sent: its fields and, for multipart forms, the files by field name. */
    record Form(Params params, Map<String, Upload> files) {
    }

    /**
     * Parses {@code body} by its content type.
     *
     * @throws BadRequest if the type is not a form type or the body does not follow it
     */
    static Form parse(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return new Form(urlEncoded(new String(body, StandardCharsets.UTF_8)), Map.of());
        }
        if (type.startsWith("multipart/form-data")) {
            return multipart(contentType, body);
        }
        throw new BadRequest(415, "Unsupported form encoding",
                "The server reads forms sent as application/x-www-form-urlencoded or multipart/form-data, not '"
                        + (contentType == null ? "(none)" : contentType) + "'.");
    }

    /** Parses a query string or a URL-encoded body. */
    static Params urlEncoded(String text) {
        Params params = new Params();
        if (text == null || text.isEmpty()) {
            return params;
        }
        int count = 0;
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++count > MAX_FIELDS) {
                throw tooManyFields();
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                params.add(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new BadRequest(400, "Malformed form", "A form field was not URL-encoded correctly: " + e.getMessage());
            }
        }
        return params;
    }

    private static Form multipart(String contentType, byte[] body) {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw malformed("the content type names no boundary");
        }
        byte[] delimiter = ("--" + (m.group(1) != null ? m.group(1) : m.group(2))).getBytes(StandardCharsets.ISO_8859_1);
        Params params = new Params();
        Map<String, Upload> files = new LinkedHashMap<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw malformed("the boundary does not occur in the body");
        }
        int count = 0;
        while (true) {
            pos += delimiter.length;
            if (startsWith(body, pos, "--")) {
                break; // the closing delimiter
            }
            pos = skipLineBreak(body, pos);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
            if (headersEnd < 0) {
                throw malformed("a part has no end of headers");
            }
            String headers = new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8);
            int start = headersEnd + 4;
            int next = indexOf(body, concat("\r\n".getBytes(StandardCharsets.ISO_8859_1), delimiter), start);
            if (next < 0) {
                throw malformed("a part is not closed by the boundary");
            }
            if (++count > MAX_FIELDS) {
                throw tooManyFields();
            }
            byte[] content = Arrays.copyOfRange(body, start, next);
            String disposition = header(headers, "content-disposition");
            Matcher name = NAME.matcher(disposition);
            if (name.find()) {
                Matcher filename = FILENAME.matcher(disposition);
                if (filename.find()) {
                    // A file input left empty still sends a part, with an empty name and no bytes.
                    if (!filename.group(1).isEmpty() || content.length > 0) {
                        files.put(name.group(1), new Upload(filename.group(1), content));
                    }
                } else {
                    params.add(name.group(1), new String(content, StandardCharsets.UTF_8));
                }
            }
            pos = next + 2;
        }
        return new Form(params, files);
    }

    private static String header(String headers, String wanted) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(wanted)) {
                return line.substring(colon + 1);
            }
        }
        return "";
    }

    private static int skipLineBreak(byte[] body, int pos) {
        return startsWith(body, pos, "\r\n") ? pos + 2 : pos;
    }

    private static boolean startsWith(byte[] body, int pos, String text) {
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        if (pos + t.length > body.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (body[pos + i] != t[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The first index of {@code pattern} in {@code data} from {@code from}, or -1. */
    static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static BadRequest malformed(String why) {
        return new BadRequest(400, "Malformed upload", "The form data could not be read: " + why + ".");
    }

    private static BadRequest tooManyFields() {
        return new BadRequest(413, "Too many fields", "The form sent more than " + MAX_FIELDS + " fields.");
    }
}
