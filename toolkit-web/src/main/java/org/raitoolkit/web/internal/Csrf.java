package org.raitoolkit.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The defence against forms on other web sites posting to the app (cross-site request forgery).
 * Two checks, each enough on its own for current browsers:
 *
 * <ul>
 *   <li>A POST whose {@code Origin} is not the server's own origin, or whose {@code Sec-Fetch-Site}
 *       says it comes from another site ({@code cross-site}) or another origin of the same site
 *       ({@code same-site}), is refused with 403.
 *   <li>Double submit: every response sets a random token in a {@code SameSite=Strict} cookie (or
 *       keeps the one the browser sent) and writes it into every POST form as a hidden field; a
 *       POST must send the same token in both. Another site can neither read the cookie nor make
 *       the browser send it.
 * </ul>
 *
 * <p>The token says nothing about the person and the server keeps no copy: it is checked against
 * the cookie only. Stateless and thread-safe.
 */
final class Csrf {

    /** The cookie that holds the token. */
    static final String COOKIE = "rai_csrf";

    /** The hidden form field that echoes it. */
    static final String FIELD = "_csrf";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern COOKIE_VALUE = Pattern.compile("(?:^|;)\\s*" + COOKIE + "=([^;\\s]*)");
    private static final Pattern POST_FORM = Pattern.compile("<form method=\"post\"[^>]*>");

    private Csrf() {
    }

    /** A fresh token: 32 random bytes, base64url. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The well-formed token in a {@code Cookie} header, or null. */
    static String tokenOf(String cookieHeader) {
        if (cookieHeader == null) {
            return null;
        }
        Matcher m = COOKIE_VALUE.matcher(cookieHeader);
        while (m.find()) {
            if (TOKEN.matcher(m.group(1)).matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * Refuses a POST from another origin, by its {@code Origin} and {@code Sec-Fetch-Site}
     * headers. A request without them (not from a browser, or an old one) is left to the token.
     *
     * @throws BadRequest 403 if either names another origin
     */
    static void checkOrigin(String origin, String fetchSite, String host) {
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            if (site.equals("cross-site") || site.equals("same-site")) {
                throw crossSite("it came from a page of another web site (" + site + ")");
            }
        }
        if (origin != null) {
            String own = host == null ? "" : host.strip();
            String o = origin.strip();
            if (own.isEmpty() || !(o.equalsIgnoreCase("http://" + own) || o.equalsIgnoreCase("https://" + own))) {
                throw crossSite("it came from a page at " + origin + ", not from this app");
            }
        }
    }

    /**
     * Checks that a POST echoes the token of its cookie.
     *
     * @param cookieToken the well-formed token of the request's cookie, or a fresh one when it had none
     * @throws BadRequest 403 if the form has no token or another one
     */
    static void checkToken(String cookieToken, String formToken) {
        if (formToken == null || formToken.isEmpty()) {
            throw expired("The form sent no security token.");
        }
        if (!MessageDigest.isEqual(formToken.getBytes(StandardCharsets.US_ASCII), cookieToken.getBytes(StandardCharsets.US_ASCII))) {
            throw expired("The form's security token does not match this browser's.");
        }
    }

    /**
     * {@code response} with the token in every POST form of an HTML page and, when the request
     * had no token, the cookie that sets it.
     */
    static Response protect(Response response, String token, boolean newToken) {
        byte[] body = response.body();
        if (response.contentType().startsWith("text/html") && response.headers().get("Content-Disposition") == null) {
            String html = new String(body, StandardCharsets.UTF_8);
            String field = "<input type=\"hidden\" name=\"" + FIELD + "\" value=\"" + token + "\">";
            String marked = POST_FORM.matcher(html).replaceAll(m -> Matcher.quoteReplacement(m.group() + field));
            body = marked.getBytes(StandardCharsets.UTF_8);
        }
        Map<String, String> headers = new LinkedHashMap<>(response.headers());
        if (newToken) {
            // A session cookie for this host only, never sent with a request that another site starts.
            headers.put("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
        }
        return new Response(response.status(), response.contentType(), body, headers);
    }

    private static BadRequest crossSite(String why) {
        return new BadRequest(403, "Request from another site refused", "This form was not sent by the toolkit's own "
                + "pages: " + why + ". The app accepts forms only from its own pages, so that another web site cannot "
                + "submit answers or download reports in your name. Open the tool from the start page and send the form again.");
    }

    private static BadRequest expired(String why) {
        return new BadRequest(403, "Form not accepted", why + " Forms are accepted only from pages this app gave to "
                + "this browser, which keeps the app's one cookie (a random token against forms on other web sites; "
                + "it holds no answers). Open the tool again from the start page, allow cookies for this address, and "
                + "send the form again.");
    }
}
