package org.raitoolkit.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.model.Audience;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.ReportFormat;

/** User text reaches every format escaped, in the full report and in every brief. */
class EscapingTest {

    static Stream<Arguments> variants() {
        List<Arguments> out = new ArrayList<>();
        List<Report> reports = List.of(Fixtures.hostileRiskReport(), Fixtures.hostileRiskThroughEngine(),
                Fixtures.hostileReadinessReport(), Fixtures.hostileWorkbookReport());
        List<Audience> audiences = new ArrayList<>();
        audiences.add(null);
        audiences.addAll(List.of(Audience.values()));
        for (Report report : reports) {
            for (Audience audience : audiences) {
                out.add(Arguments.of(report.kind() + " / " + (audience == null ? "full" : audience), report, audience));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void should_escape_markup_in_user_text_when_rendered_as_html(String name, Report report, Audience audience) {
        // GIVEN a report with "<script>alert(1)</script>" and "](javascript:x)" in its user text
        // WHEN
        String html = Fixtures.reports().render(report, ReportFormat.HTML, audience);
        // THEN no markup of the user's survives, and the text is there as character references
        assertThat(html).doesNotContain(Fixtures.SCRIPT).doesNotContain("<script").doesNotContain("javascript:x\"");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(tags(html)).isSubsetOf("!DOCTYPE", "html", "head", "meta", "link", "title", "style", "body", "main",
                "header", "nav", "a", "h1", "h2", "h3", "h4", "p", "div", "span", "strong", "code", "table", "thead", "tbody",
                "tr", "th", "td", "ul", "ol", "li", "figure", "figcaption", "footer", "svg", "defs", "marker", "path",
                "rect", "text", "line", "circle", "g");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void should_escape_markup_in_user_text_when_rendered_as_markdown(String name, Report report, Audience audience) {
        // GIVEN a report with markup, link break-outs and table break-outs in its user text
        // WHEN
        String md = Fixtures.reports().render(report, ReportFormat.MARKDOWN, audience);
        // THEN
        assertThat(md).doesNotContainPattern("(?<!\\\\)<script").doesNotContainPattern("(?<!\\\\)\\]\\(javascript");
        assertThat(md).contains("\\<script\\>alert(1)\\</script\\>");
        assertThat(md).contains("\\](javascript:x)");
        assertThat(md.lines()).noneMatch(line -> line.startsWith("| injected"))
                .noneMatch(line -> line.startsWith("# heading"))
                .noneMatch(line -> line.startsWith("- item"));
        assertThat(md).doesNotContain("\u0007").doesNotContain("<svg");
    }

    /** The names of all elements the page opens or closes. */
    private static java.util.Set<String> tags(String html) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        var m = java.util.regex.Pattern.compile("</?([a-zA-Z!][a-zA-Z0-9]*)").matcher(html);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
