package org.raitoolkit.examples.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.Problem;

/** The portfolio summary: counts across systems, and the JSON text as Jackson would indent it. */
class PortfolioTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_count_open_recommendations_most_systems_first_then_by_id_when_systems_share_them() throws Exception {
        // GIVEN three systems, REC-B in all, REC-A and REC-C in one each, REC-B first met as HIGH
        Portfolio portfolio = new Portfolio(java.time.LocalDate.of(2026, 12, 7));
        portfolio.add(Portfolio.fromReport("one.yaml", Portfolio.Status.ASSESSED,
                report("one", recommendation("REC-C", "LOW", "C"), recommendation("REC-B", "HIGH", "B first"))));
        portfolio.add(Portfolio.fromReport("two.yaml", Portfolio.Status.ALREADY_DONE,
                report("two", recommendation("REC-B", "LOW", "B later"))));
        portfolio.add(Portfolio.fromReport("three.yaml", Portfolio.Status.ASSESSED,
                report("three", recommendation("REC-A", "MEDIUM", "A"), recommendation("REC-B", "LOW", "B later"))));
        // WHEN
        List<Portfolio.Tally> counts = portfolio.recommendationCounts();
        // THEN
        assertThat(counts).containsExactly(
                new Portfolio.Tally("REC-B", "HIGH", "B first", 3),
                new Portfolio.Tally("REC-A", "MEDIUM", "A", 1),
                new Portfolio.Tally("REC-C", "LOW", "C", 1));
        assertThat(portfolio.rows()).extracting(Portfolio.Row::recommendations).containsExactly(2, 1, 2);
    }

    @Test
    void should_write_the_json_text_jackson_indents_when_the_summary_is_written() throws Exception {
        // GIVEN a portfolio with an assessed and an invalid system, with text to escape
        Portfolio portfolio = new Portfolio(java.time.LocalDate.of(2026, 12, 7));
        portfolio.add(Portfolio.fromReport("a \"quoted\" \u00e9.yaml", Portfolio.Status.ASSESSED,
                report("n\u00e4me <x>", recommendation("REC-A", "HIGH", "T\u00eftle \\ / \t"))));
        portfolio.add(Portfolio.invalid("bad.yaml", List.of(new Problem("bad.yaml", 1, 2, "system", "is missing"))));
        // WHEN
        String text = portfolio.toJson();
        // THEN the very text the tree of that document gives, the way the summary was written before
        assertThat(text).isEqualTo(JSON.readTree(text).toPrettyString() + "\n");
        assertThat(JSON.readTree(text).path("rows").get(1).path("problems").get(0).asText()).contains("is missing");
        assertThat(JSON.readTree(text).path("openRecommendations").get(0).path("systems").asInt()).isEqualTo(1);
    }

    private static ObjectNode report(String name, ObjectNode... recommendations) {
        ObjectNode report = JSON.createObjectNode();
        report.putObject("input").putObject("system").put("name", name);
        report.put("decision", "ESCALATE");
        report.put("overallLevel", "HIGH");
        ArrayNode principles = report.putArray("principles");
        principles.addObject().put("id", "HARM").put("level", "HIGH");
        principles.addObject().put("id", "FAIRNESS").put("level", "LOW");
        ArrayNode recs = report.putArray("recommendations");
        for (ObjectNode r : recommendations) {
            recs.add(r);
        }
        return report;
    }

    private static ObjectNode recommendation(String id, String priority, String title) {
        return JSON.createObjectNode().put("id", id).put("priority", priority).put("title", title);
    }
}
