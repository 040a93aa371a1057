package org.raitoolkit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.Guide;
import org.raitoolkit.model.GuideSection;

/** The guide in Markdown and HTML: pack text escaped as report text is, and no JSON form. */
class GuideRendererTest {

    private static final String HOSTILE = "<script>alert(1)</script> [x](javascript:x)";

    /** The default pack with a one-section guide whose every text is hostile. */
    private static ContentPack hostilePack() {
        ContentPack d = ContentPacks.defaults();
        Guide guide = new Guide(HOSTILE, HOSTILE, List.of(new GuideSection("GUIDE-HOSTILE", HOSTILE, List.of(HOSTILE),
                List.of(HOSTILE), List.of("G-AI-SYSTEM"), List.of("LAW"))));
        return new ContentPack(d.manifest(), d.principles(), d.dimensions(), d.readinessQuestions(), d.riskFactors(),
                d.workbookItems(), d.roadmap(), d.recommendations(), d.glossary(), d.scoring(), guide);
    }

    @Test
    void should_escape_markup_in_pack_text_when_the_guide_is_rendered_as_html() {
        // GIVEN / WHEN
        String html = GuideRenderer.render(hostilePack(), ReportFormat.HTML);
        // THEN
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;",
                "<h2 id=\"guide-hostile\">", "<strong>Principles:</strong> Lawfulness (LAW).");
    }

    @Test
    void should_escape_markup_in_pack_text_when_the_guide_is_rendered_as_markdown() {
        // GIVEN / WHEN
        String markdown = GuideRenderer.render(hostilePack(), ReportFormat.MARKDOWN);
        // THEN brackets are escaped, so no link forms
        assertThat(markdown).doesNotContain("<script>", " [x](").contains("\\<script\\>", "\\[x\\](javascript:x)",
                "**Glossary terms:** AI system.");
    }

    @Test
    void should_refuse_json_and_say_which_formats_there_are() {
        // GIVEN / WHEN / THEN
        assertThatIllegalArgumentException().isThrownBy(() -> GuideRenderer.render(ContentPacks.defaults(), ReportFormat.JSON))
                .withMessageContaining("markdown, html, pdf or docx");
    }
}
