package org.example.agency;

import java.util.Map;
import org.raitoolkit.model.ApplicationArea;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.Severity;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * The README's embedding example as an application of an agency would hold it: the lines between
 * the README markers are the README's Java snippet, which a test keeps the same.
 */
public final class PatrolPlannerCheck {

    private PatrolPlannerCheck() {
    }

    /** Assesses the README's patrol-route planner and prints the decision and its reasons. */
    public static void main(String[] args) {
        // README java snippet: begin
        ToolkitEngine engine = ToolkitEngine.withDefaults();
        SystemProfile planner = SystemProfile.builder()
                .name("Shift patrol-route planner")
                .purpose("Suggest patrol routes before each shift; the duty sergeant reviews them.")
                .applicationArea(ApplicationArea.PROCESS_AUTOMATION)
                .lifecycleStage(LifecycleStage.DEPLOYMENT)
                .legalBasis(LegalBasis.YES)
                .humanReviewOfOutputs(true)          // boolean facts not set are false
                .build();
        try {
            RiskResult result = engine.assessRisk(planner, Map.of(
                    "RF-AUTOMATION-BIAS", FactorRating.of(Likelihood.POSSIBLE, Severity.MINOR, "MIT-AUTOBIAS-REVIEWER-TRAINING"),
                    "RF-MODEL-DRIFT", FactorRating.of(Likelihood.POSSIBLE, Severity.MODERATE),
                    "RF-ACCOUNTABILITY-GAP", FactorRating.of(Likelihood.UNLIKELY, Severity.MINOR),
                    "RF-AUDIT-TRAIL-MISSING", FactorRating.of(Likelihood.UNLIKELY, Severity.MINIMAL),
                    "RF-COST-AND-FOOTPRINT", FactorRating.of(Likelihood.POSSIBLE, Severity.MINOR, "MIT-COST-BENEFIT-BASELINE")));
            System.out.println(planner.name() + ": " + result.decision() + " (overall risk " + result.overallLevel() + ")");
            result.decisionReasons().forEach(r -> System.out.println("  because [" + r.ruleId() + "] " + r.text()));
        } catch (InvalidInputException e) {
            e.problems().forEach(System.out::println);   // every problem, each with where it is and what is allowed
        }
        // README java snippet: end
    }
}
