package org.raitoolkit.examples;

import java.io.PrintStream;
import java.util.Map;
import org.raitoolkit.model.ApplicationArea;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.Severity;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * How another Java application runs a risk assessment with this library, in about ten lines:
 * build the engine once, describe the system, rate the risk factors that apply to it, assess,
 * and read the decision with its reasons.
 *
 * <p>The only dependency an application needs is {@code org.raitoolkit:toolkit-rules}, which
 * brings the model ({@code toolkit-model}) and the default content pack ({@code toolkit-content}).
 * The library logs through SLF4J; bind any backend you like.
 *
 * <p>Run it with {@code java org.raitoolkit.examples.EmbeddingExample}; it prints the decision,
 * the reasons and the conditions. The example system is a patrol-route planner that holds no
 * personal data, so only five factors apply to it.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /** Builds an engine, assesses the example system and prints the result. */
    public static void main(String[] args) {
        // Building compiles the rules and takes several seconds: do it once, then share the engine.
        // Engines are immutable and thread-safe; each assessment runs in its own rule session.
        ToolkitEngine engine = ToolkitEngine.withDefaults();
        print(engine, planner(), plannerRatings(), System.out);
    }

    /**
     * Assesses the example patrol-route planner.
     *
     * @param engine the engine to use, shared and built once
     * @return the decision, levels, reasons and recommendations
     * @throws InvalidInputException if the profile or ratings are not valid (cannot happen with
     *     the fixed inputs of this example unless the content pack changes)
     */
    public static RiskResult assess(ToolkitEngine engine) {
        return engine.assessRisk(planner(), plannerRatings());
    }

    /** The system to assess: every boolean fact not set here is false. */
    static SystemProfile planner() {
        return SystemProfile.builder()
                .name("Shift patrol-route planner")
                .purpose("Suggest patrol routes before each shift from call volumes by area and hour;"
                        + " the duty sergeant reviews and adjusts them.")
                .applicationArea(ApplicationArea.PROCESS_AUTOMATION)
                .lifecycleStage(LifecycleStage.DEPLOYMENT)
                .legalBasis(LegalBasis.YES)
                .humanReviewOfOutputs(true)
                .build();
    }

    /**
     * One rating for each factor that applies to {@link #planner()}, no more and no fewer: the
     * engine rejects missing and extra ratings. To find them for your own profile, filter
     * {@code engine.content().riskFactors()} with {@code factor.appliesTo(profile)}.
     */
    static Map<String, FactorRating> plannerRatings() {
        return Map.of(
                // likelihood, severity, then the ids of the factor's mitigations that are in place
                "RF-AUTOMATION-BIAS", FactorRating.of(Likelihood.POSSIBLE, Severity.MINOR, "MIT-AUTOBIAS-REVIEWER-TRAINING"),
                "RF-MODEL-DRIFT", FactorRating.of(Likelihood.POSSIBLE, Severity.MODERATE),
                "RF-ACCOUNTABILITY-GAP", FactorRating.of(Likelihood.UNLIKELY, Severity.MINOR),
                "RF-AUDIT-TRAIL-MISSING", FactorRating.of(Likelihood.UNLIKELY, Severity.MINIMAL),
                "RF-COST-AND-FOOTPRINT", FactorRating.of(Likelihood.POSSIBLE, Severity.MINOR, "MIT-COST-BENEFIT-BASELINE"));
    }

    /**
     * Assesses {@code profile} and prints the decision, its reasons and the first conditions to
     * {@code out}; when the input is not valid, prints every problem instead.
     *
     * @return {@code true} when an assessment was printed, {@code false} when the input was invalid
     */
    static boolean print(ToolkitEngine engine, SystemProfile profile, Map<String, FactorRating> ratings, PrintStream out) {
        try {
            RiskResult result = engine.assessRisk(profile, ratings);
            out.println(profile.name() + ": " + result.decision() + " (overall risk " + result.overallLevel() + ")");
            for (Reason reason : result.decisionReasons()) {
                out.println("  because [" + reason.ruleId() + "] " + reason.text());
            }
            // Recommendations come most urgent first; for PROCEED_WITH_CONDITIONS they are the conditions.
            for (Recommendation r : result.recommendations().subList(0, Math.min(3, result.recommendations().size()))) {
                out.println("  " + r.priority() + ": " + r.title());
            }
            return true;
        } catch (InvalidInputException e) {
            // Every problem at once, each saying where it is and what is allowed.
            out.println("The assessment input is not valid:");
            e.problems().forEach(problem -> out.println("  - " + problem));
            return false;
        }
    }
}
