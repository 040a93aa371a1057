package org.raitoolkit.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.DataSource;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.reports.ReadinessReport;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.reports.WorkbookReport;

/** The public summary leaves out sensitive operational detail, and says so. */
class PublicBriefTest {

    private static final String NOTICE = "What this summary leaves out.";

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"HTML", "MARKDOWN"})
    void should_leave_out_sources_attributes_rationales_and_rule_ids_when_the_risk_brief_is_for_the_public(ReportFormat format) {
        // GIVEN a system with data sources, attributes naming a watch list and a site, and rationales
        RiskReport report = Fixtures.hostileRiskReport();

        // WHEN
        String brief = Fixtures.reports().render(report, format, Audience.PUBLIC);

        // THEN
        assertThat(brief).contains(NOTICE).contains("leaves out sensitive operational detail");
        assertThat(brief).doesNotContain("Secret list").doesNotContain("Central station").doesNotContain("watchListSource")
                .doesNotContain("deploymentSite");
        for (DataSource source : report.input().system().dataSources()) {
            assertThat(brief).doesNotContain(source.name()).doesNotContainIgnoringCase(source.name().replace('_', ' '));
        }
        assertThat(brief).doesNotContain("custody images").doesNotContain("CCTV");
        assertThat(brief).doesNotContain("Rationale").doesNotContain("Find people");
        for (FactorRating rating : report.input().ratings().values()) {
            rating.mitigationIds().forEach(m -> assertThat(brief).doesNotContain(m));
        }
        for (FactorResult factor : report.result().factors()) {
            factor.reasons().forEach(r -> assertThat(brief).doesNotContain("[" + r.ruleId() + "]"));
            assertThat(brief).doesNotContain(factor.factorId());
        }
        report.result().firedRules().forEach(rule -> assertThat(brief).doesNotContain(rule));
        assertThat(brief).doesNotContain("likelihood POSSIBLE").doesNotContain("= 15");
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"HTML", "MARKDOWN"})
    void should_still_say_the_decision_and_level_when_the_risk_brief_is_for_the_public(ReportFormat format) {
        // GIVEN
        RiskReport report = Fixtures.riskReport(Fixtures.risk("lfr-escalate.yaml"));
        // WHEN
        String brief = Fixtures.reports().render(report, format, Audience.PUBLIC);
        // THEN
        assertThat(brief).contains("ESCALATE").contains("HIGH").contains("not affiliated with")
                .contains("not legal advice").contains("Live facial recognition at a public event");
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"HTML", "MARKDOWN"})
    void should_leave_out_answers_and_gaps_when_the_readiness_brief_is_for_the_public(ReportFormat format) {
        // GIVEN
        ReadinessReport report = Fixtures.readinessReport(Fixtures.mixedReadiness());
        // WHEN
        String brief = Fixtures.reports().render(report, format, Audience.PUBLIC);
        // THEN
        assertThat(brief).contains(NOTICE).doesNotContain("RQ-").doesNotContain("OVERALL-WEAKEST-LINK")
                .doesNotContain(report.result().gaps().get(0).text());
        assertThat(brief).contains(report.result().overallLevel().name());
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"HTML", "MARKDOWN"})
    void should_leave_out_action_items_when_the_workbook_brief_is_for_the_public(ReportFormat format) {
        // GIVEN
        WorkbookReport report = (WorkbookReport) Fixtures.exampleReport("workbook-deployment-open.yaml");
        // WHEN
        String brief = Fixtures.reports().render(report, format, Audience.PUBLIC);
        // THEN
        assertThat(brief).contains(NOTICE).doesNotContain("WB-").doesNotContain(report.result().actionPlan().get(0).text());
        List.of("WB-ACTION-RATED").forEach(rule -> assertThat(brief).doesNotContain(rule));
    }
}
