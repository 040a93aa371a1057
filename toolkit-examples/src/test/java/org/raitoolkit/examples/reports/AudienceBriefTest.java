package org.raitoolkit.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.Priority;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.RiskReport;

/** Each brief holds what its audience needs, and every report carries the disclaimer. */
class AudienceBriefTest {

    private static RiskReport lfr() {
        return Fixtures.riskReport(Fixtures.risk("lfr-escalate.yaml"));
    }

    @ParameterizedTest
    // PDF and DOCX are bytes; BinaryReportsTest in the reports module reads the same notice out of them.
    @EnumSource(value = ReportFormat.class, names = {"PDF", "DOCX"}, mode = EnumSource.Mode.EXCLUDE)
    void should_state_independence_and_no_legal_advice_when_any_report_is_rendered(ReportFormat format) {
        // GIVEN every kind of report, full and for every audience
        List<Audience> audiences = new ArrayList<>(List.of(Audience.values()));
        audiences.add(null);
        for (Report report : List.of(lfr(), Fixtures.readinessReport(Fixtures.mixedReadiness()),
                Fixtures.exampleReport("workbook-deployment-open.yaml"))) {
            for (Audience audience : audiences) {
                if (format == ReportFormat.JSON && audience != null) {
                    continue;
                }
                // WHEN
                String text = Fixtures.reports().render(report, format, audience);
                // THEN (JSON carries data only; its schema description says so)
                if (format != ReportFormat.JSON) {
                    assertThat(text).as(report.kind() + " " + audience)
                            .contains("not affiliated with, or endorsed by, INTERPOL or UNICRI")
                            .contains("it is not legal advice");
                }
            }
        }
    }

    @Test
    void should_show_only_leadership_or_urgent_recommendations_when_the_brief_is_for_leadership() {
        // GIVEN
        RiskReport report = lfr();
        // WHEN
        String brief = Fixtures.reports().render(report, ReportFormat.MARKDOWN, Audience.LEADERSHIP);
        // THEN
        for (Recommendation r : report.result().recommendations()) {
            boolean expected = r.audience() == Audience.LEADERSHIP || r.priority() == Priority.CRITICAL
                    || r.priority() == Priority.HIGH;
            if (expected) {
                assertThat(brief).as(r.id()).contains(r.title());
            } else {
                assertThat(brief).as(r.id()).doesNotContain("`" + r.id() + "`");
            }
        }
        assertThat(brief).contains("## Decision").contains("## Levels per principle").contains("Instrumental principles")
                .doesNotContain("## Risk factors").doesNotContain("Assessor's rationale");
    }

    @Test
    void should_show_factors_mitigations_and_reasons_when_the_brief_is_technical() {
        // GIVEN
        RiskReport report = lfr();
        // WHEN
        String brief = Fixtures.reports().render(report, ReportFormat.MARKDOWN, Audience.TECHNICAL);
        // THEN
        assertThat(brief).contains("## Risk factors").contains("MIT-CHILLING-NO-ASSEMBLY-TARGETING")
                .contains("[RISK-MATRIX-INHERENT]").contains("Assessor's rationale");
        report.result().recommendations().stream().filter(r -> r.audience() != Audience.TECHNICAL)
                .forEach(r -> assertThat(brief).doesNotContain("`" + r.id() + "`"));
    }

    @Test
    void should_show_legal_basis_findings_and_all_reasons_when_the_brief_is_for_legal_oversight() {
        // GIVEN
        RiskReport report = lfr();
        // WHEN
        String brief = Fixtures.reports().render(report, ReportFormat.MARKDOWN, Audience.LEGAL_OVERSIGHT);
        // THEN
        assertThat(brief).contains("## Legal basis and legally relevant facts").contains("## Findings from additional rule sets")
                .contains("[DECISION-HIGH]").contains("[CORE-FROM-INSTRUMENTAL]").contains("[RESIDUAL-SETTLE]")
                .contains("## Audit trail");
        report.result().recommendations().stream().filter(r -> r.audience() == Audience.LEGAL_OVERSIGHT)
                .forEach(r -> assertThat(brief).contains(r.title()));
    }

    @Test
    void should_show_supplier_factors_and_procurement_actions_when_the_brief_is_for_procurement() {
        // GIVEN a system bought from a supplier
        RiskReport report = lfr();
        // WHEN
        String brief = Fixtures.reports().render(report, ReportFormat.MARKDOWN, Audience.PROCUREMENT);
        // THEN
        assertThat(brief).contains("## Supplier-related risk factors").contains("RF-SUPPLIER-ACCURACY-CLAIMS")
                .contains("Write responsible-AI safeguards into the supplier contract")
                .doesNotContain("RF-CHILLING-EFFECT");
    }

    @Test
    void should_group_recommendations_by_priority_then_stage_when_the_full_report_is_rendered() {
        // GIVEN
        RiskReport report = lfr();
        // WHEN
        String md = Fixtures.reports().render(report, ReportFormat.MARKDOWN, null);
        // THEN the priorities appear most urgent first, each with its stages in life-cycle order
        int critical = md.indexOf("### Critical priority");
        int high = md.indexOf("### High priority");
        int medium = md.indexOf("### Medium priority");
        assertThat(critical).isPositive().isLessThan(high);
        assertThat(high).isLessThan(medium);
        String highSection = md.substring(high, medium);
        assertThat(highSection.indexOf("#### Decision stage")).isLessThan(highSection.indexOf("#### Deployment stage"));
        assertThat(highSection.indexOf("#### Deployment stage")).isLessThan(highSection.indexOf("#### Monitoring and evaluation stage"));
    }

    @Test
    void should_summarise_decision_level_counts_and_top_actions_when_the_full_report_is_rendered() {
        // GIVEN
        RiskReport report = lfr();
        // WHEN
        String md = Fixtures.reports().render(report, ReportFormat.MARKDOWN, null);
        // THEN
        assertThat(md).contains("Decision: **ESCALATE** — ").contains("Overall residual risk: **HIGH**")
                .contains("Of the 16 risk factors that apply, 0 are very high, 1 high, 15 medium and 0 low")
                .contains("1. **" + report.result().recommendations().get(0).title() + "**")
                .contains("inherent HIGH: likelihood POSSIBLE x severity CRITICAL = 15 (band 10-16) `[RISK-MATRIX-INHERENT]`");
    }
}
