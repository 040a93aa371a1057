package org.raitoolkit.web.internal;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import java.util.Locale;
import java.util.Set;

/**
 * Where the templates write a page, escaping every value they print: in element content and in
 * ordinary quoted attributes as the app always has ({@code & < > " '} as character references,
 * control characters other than tab and line breaks as spaces); in scripts, style sheets, event
 * handlers and URL attributes by jte's own context rules, which also drop {@code javascript:}
 * addresses. Not thread-safe; one per page.
 */
final class PageOutput extends OwaspHtmlTemplateOutput {

    /** Attributes whose value jte checks as a URL or as script. */
    private static final Set<String> GUARDED = Set.of("href", "src", "action", "formaction", "srcset", "style");

    private final TemplateOutput out;
    private String tag;
    private String attribute;

    PageOutput(TemplateOutput out) {
        super(out);
        this.out = out;
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        super.setContext(tagName, attributeName);
        this.tag = tagName;
        this.attribute = attributeName;
    }

    @Override
    public void writeUserContent(String value) {
        if (value == null) {
            return;
        }
        String text = withoutControls(value);
        if (jteRules()) {
            super.writeUserContent(text);
        } else {
            out.writeContent(escape(text));
        }
    }

    private boolean jteRules() {
        if (tag != null && (tag.equalsIgnoreCase("script") || tag.equalsIgnoreCase("style"))) {
            return true;
        }
        if (attribute == null) {
            return false;
        }
        String a = attribute.toLowerCase(Locale.ROOT);
        return a.startsWith("on") || GUARDED.contains(a);
    }

    private static String withoutControls(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                if (s == null) {
                    s = new StringBuilder(text);
                }
                s.setCharAt(i, ' ');
            }
        }
        return s == null ? text : s.toString();
    }

    /** {@code text} safe as element content and as a quoted attribute value. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
