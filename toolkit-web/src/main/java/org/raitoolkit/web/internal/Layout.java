package org.raitoolkit.web.internal;

import org.raitoolkit.model.ContentPack;

/**
 * The frame of every page: the head with the app's own style sheets and script (nothing from
 * elsewhere), a skip link, the navigation between the three tools, and a footer that says what
 * the app keeps (nothing) and whose it is not (INTERPOL's or UNICRI's).
 */
final class Layout {

    /** The navigation entries: path and label. */
    private static final String[][] NAV = {
            {"/", "Home"}, {"/readiness", "Readiness"}, {"/risk", "Risk"}, {"/workbook", "Workbook"}};

    private Layout() {
    }

    /**
     * A whole page.
     *
     * @param title the document title (escaped here)
     * @param active the path of the navigation entry to mark as current
     * @param body the page's content, already escaped markup
     */
    static String page(ContentPack pack, String title, String active, String body) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n");
        h.open("html", "lang", pack.manifest().language()).nl();
        h.raw("<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.raw("<meta name=\"referrer\" content=\"same-origin\">\n");
        // An empty icon, so that no browser asks for /favicon.ico.
        h.raw("<link rel=\"icon\" href=\"data:,\">\n");
        h.element("title", title + " · Responsible AI toolkit").nl();
        h.raw("<link rel=\"stylesheet\" href=\"/static/report.css\">\n");
        h.raw("<link rel=\"stylesheet\" href=\"/static/app.css\">\n");
        h.raw("<script src=\"/static/app.js\" defer></script>\n");
        h.raw("</head>\n<body>\n");
        h.raw("<a class=\"skip-link\" href=\"#content\">Skip to the content</a>\n");
        h.raw("<header class=\"app-bar\">\n<div class=\"app-bar-inner\">\n");
        h.raw("<a class=\"brand\" href=\"/\"><span class=\"brand-mark\" aria-hidden=\"true\">RAI</span>"
                + "<span>Responsible AI toolkit <span class=\"brand-sub\">for law enforcement</span></span></a>\n");
        h.raw("<nav aria-label=\"Tools\"><ul>");
        for (String[] entry : NAV) {
            boolean current = entry[0].equals(active);
            h.open("li").open("a", "href", entry[0], "aria-current", current ? "page" : null).text(entry[1]).close("a").close("li");
        }
        h.raw("</ul></nav>\n</div>\n</header>\n");
        h.raw("<main id=\"content\" tabindex=\"-1\">\n");
        h.raw(body);
        h.raw("</main>\n");
        h.raw("<footer class=\"app-footer\">\n<div class=\"app-footer-inner\">\n");
        h.raw("<p><strong>Nothing you enter is stored.</strong> Answers travel only inside this page and the files you "
                + "download; the server keeps no copy, no session and no log of them.</p>\n");
        h.open("p").text("Content pack: " + pack.manifest().title() + " " + pack.manifest().version() + ". ")
                .text("An independent open-source implementation of the publicly described INTERPOL/UNICRI Toolkit for "
                        + "Responsible AI Innovation in Law Enforcement; not affiliated with or endorsed by INTERPOL or UNICRI. "
                        + "It supports decisions and is not legal advice.")
                .close("p").nl();
        h.raw("</div>\n</footer>\n</body>\n</html>\n");
        return h.toString();
    }
}
