package org.raitoolkit.euaiact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.model.Audience;
import org.raitoolkit.euaiact.EuAiActProfile.AnnexIIIPurpose;
import org.raitoolkit.model.Priority;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.RiskResult;

/** Each Annex III purpose makes the system high-risk, with the obligations of its point. */
class AnnexIIITest {

    static Stream<Arguments> purposes() {
        return Stream.of(
                Arguments.of(AnnexIIIPurpose.EMERGENCY_CALL_TRIAGE, "5(d)", false),
                Arguments.of(AnnexIIIPurpose.VICTIM_RISK, "6(a)", true),
                Arguments.of(AnnexIIIPurpose.POLYGRAPH, "6(b)", true),
                Arguments.of(AnnexIIIPurpose.EVIDENCE_RELIABILITY, "6(c)", true),
                Arguments.of(AnnexIIIPurpose.OFFENDING_RISK, "6(d)", true),
                Arguments.of(AnnexIIIPurpose.PROFILING, "6(e)", true),
                Arguments.of(AnnexIIIPurpose.MIGRATION_BORDER, "7", true),
                Arguments.of(AnnexIIIPurpose.JUDICIAL_ASSISTANCE, "8(a)", false));
    }

    @ParameterizedTest(name = "{0} is Annex III {1}")
    @MethodSource("purposes")
    void should_classify_each_annex_iii_purpose_as_high_risk_with_its_obligations(AnnexIIIPurpose purpose, String point,
            boolean secureRegistration) {
        // GIVEN a system serving one Annex III purpose, assessed after the high-risk rules apply
        RiskResult result = Assess.risk(Assess.profile("annexIIIPurposes", List.of(purpose), "assessmentDate", LocalDate.of(2028, 1, 1)));
        // WHEN the classification is read
        EuAiActResult eu = EuAiActResult.from(result).orElseThrow();
        // THEN it is high-risk through that point, with oversight, deployer duties, FRIA and the right registration
        assertThat(eu.category()).isEqualTo(Category.HIGH_RISK);
        assertThat(eu.path()).startsWith("high-risk under Annex III " + point + ": ");
        assertThat(eu.grounds()).extracting(Ground::annexIIIPoint).containsExactly(point);
        assertThat(eu.obligations()).extracting(Obligation::code)
                .contains("ART-14", "ART-26", "ART-26-5", "ART-26-6", "ART-26-8", "ART-27")
                .doesNotContain("ART-14-5", "ART-12-3");
        assertThat(eu.obligation("ART-49-4").isPresent()).as("Art. 49(4) for points 1, 6 and 7 only").isEqualTo(secureRegistration);
        assertThat(eu.obligations()).allSatisfy(o -> assertThat(o.effective().appliesOnAssessmentDate()).as(o.code()).isTrue());
        // AND its obligations are recommended to legal oversight, as EU-<code>
        assertThat(result.recommendations()).filteredOn(r -> r.id().equals("EU-ART-14")).singleElement().satisfies(r -> {
            assertThat(r.audience()).isEqualTo(Audience.LEGAL_OVERSIGHT);
            assertThat(r.priority()).isEqualTo(Priority.HIGH);
            assertThat(r.principle()).isEqualTo("AUTONOMY.OVERSIGHT");
            assertThat(r.text()).contains("Art. 14");
        });
        assertThat(result.recommendations()).extracting(Recommendation::id).contains("EU-ART-27", "EU-ART-26");
    }
}
