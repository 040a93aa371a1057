package org.raitoolkit.reports.spi;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.raitoolkit.model.AdviceOutcome;
import org.raitoolkit.model.ApplicationArea;
import org.raitoolkit.model.DataSource;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.ReviewTrigger;

/**
 * Plain words for the model's enums, and stable orders for its sets: the words every report
 * prints, for a module that builds documents of its own to print the same. Stateless.
 */
public final class Wording {

    private Wording() {
    }

    /** Enum values in declaration order: sets made with {@code Set.copyOf} iterate in a different order each run. */
    public static <E extends Enum<E>> List<E> sorted(Collection<E> values) {
        return values.stream().sorted().toList();
    }

    /** An enum name as a word: {@code VERY_HIGH} becomes {@code VERY HIGH}. */
    public static String word(Enum<?> value) {
        return value.name().replace('_', ' ');
    }

    /** An enum name in lower case, as it reads inside a sentence: {@code MONITORING_EVALUATION} becomes "monitoring evaluation". */
    public static String lower(Enum<?> value) {
        return value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    public static String stage(LifecycleStage stage) {
        return switch (stage) {
            case DECISION -> "Decision";
            case DESIGN_DEVELOPMENT -> "Design and development";
            case PROCUREMENT -> "Procurement";
            case DEPLOYMENT -> "Deployment";
            case MONITORING_EVALUATION -> "Monitoring and evaluation";
            case RETIREMENT -> "Retirement";
        };
    }

    public static String area(ApplicationArea area) {
        return switch (area) {
            case IMAGE_ANALYSIS -> "image analysis (computer vision)";
            case TEXT_SPEECH -> "text and speech processing";
            case RISK_PREDICTION -> "risk evaluation and prediction";
            case CONTENT_GENERATION -> "content generation";
            case PROCESS_AUTOMATION -> "process automation";
        };
    }

    public static String legalBasis(LegalBasis basis) {
        return switch (basis) {
            case YES -> "identified";
            case NO -> "none identified";
            case UNCLEAR -> "unclear";
        };
    }

    public static String dataSource(DataSource source) {
        return switch (source) {
            case POLICE_RECORDS -> "police records";
            case CUSTODY_IMAGES -> "custody images";
            case CCTV_AND_VIDEO -> "CCTV and video";
            case EMERGENCY_CALLS -> "emergency calls";
            case SEIZED_DEVICES_AND_DOCUMENTS -> "seized devices and documents";
            case OPEN_SOURCE_INTERNET -> "open-source internet material";
            case SCRAPED_ONLINE -> "material scraped from online sources";
            case THIRD_PARTY_COMMERCIAL -> "third-party commercial data";
            case OTHER_PUBLIC_AUTHORITIES -> "data from other public authorities";
            case SENSOR_AND_VEHICLE_DATA -> "sensor and vehicle data";
            case SYNTHETIC -> "synthetic data";
        };
    }

    /** An event that brings a review forward, as a reader would name it. */
    public static String reviewTrigger(ReviewTrigger trigger) {
        return switch (trigger) {
            case MODEL_OR_SUPPLIER_CHANGE -> "the model is retrained or replaced, or the supplier changes";
            case NEW_DATA_SOURCE -> "a new source of data is connected, or an existing one changes in kind";
            case NEW_PURPOSE_OR_PLACE_OF_USE -> "the system is to be used for a new purpose or in a new place";
            case SERIOUS_INCIDENT -> "a serious incident or near miss involving the system";
            case CHANGE_IN_LAW -> "the law, a court ruling or the supervisory authority's guidance changes";
        };
    }

    public static String adviceOutcome(AdviceOutcome outcome) {
        return switch (outcome) {
            case FOLLOWED -> "followed";
            case PARTLY_FOLLOWED -> "partly followed";
            case NOT_FOLLOWED -> "not followed";
        };
    }

    /**
     * A mitigation's status as reports print it. Older answer files give the id alone, which the
     * method reads as IMPLEMENTED: the report says so, since nobody stated it.
     */
    public static String mitigationStatus(MitigationClaim claim) {
        return claim.status() == null ? "IMPLEMENTED (status not stated)" : claim.status().name();
    }

    /** What a decision asks of the agency, in plain words. */
    public static String decisionMeaning(Decision decision) {
        return switch (decision) {
            case PROCEED -> "Every remaining risk is low. The system may be used as planned, with routine monitoring.";
            case PROCEED_WITH_CONDITIONS -> "Medium risks remain. Use the system only once the recommended conditions are in"
                    + " place, and check them at every review.";
            case ESCALATE -> "At least one high risk remains. Before the system goes further, it needs an independent"
                    + " review and the sign-off of a senior officer.";
            case DO_NOT_PROCEED -> "A very high risk remains, no legal basis has been identified, or a rule set has found"
                    + " the use prohibited. Do not use the system in this form.";
        };
    }

    /** The same, for members of the public. */
    public static String decisionForPublic(Decision decision) {
        return switch (decision) {
            case PROCEED -> "The assessment found only low risks. The agency may use the system as planned and keeps"
                    + " checking it.";
            case PROCEED_WITH_CONDITIONS -> "The assessment found some medium risks. The agency may use the system only"
                    + " if it first puts in place the safeguards the assessment lists.";
            case ESCALATE -> "The assessment found at least one high risk. The system may not go further until it has"
                    + " been reviewed independently and approved by a senior officer.";
            case DO_NOT_PROCEED -> "The assessment found a very high risk or a legal obstacle. The agency should not use"
                    + " the system in this form.";
        };
    }

    /**
     * A finding's dates in words. The dates of legal overlays read as "applies from
     * 2027-12-02 (not yet on the assessment date; date from secondary sources, unverified)".
     */
    public static String details(java.util.Map<String, String> details) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        String from = details.get("applicableFrom");
        if (from != null) {
            String applies = details.get("appliesOnAssessmentDate");
            String status = details.get("dateStatus");
            parts.add("applies from " + from
                    + ("true".equals(applies) ? " (in force on the assessment date" : "false".equals(applies)
                            ? " (not yet in force on the assessment date" : " (")
                    + ("UNVERIFIED".equals(status) ? "; date from secondary sources, unverified)" : ")")
                    .replace(" ()", "").replace("(;", "("));
        }
        // Other details (timeline keys, grounds) are for machines: they stay in the JSON report.
        String note = details.get("dateNote");
        if (note != null) {
            parts.add(note);
        }
        return String.join("; ", parts);
    }

    /**
     * Citations as a reader writes them, for example "Cites: LED Art. 27 (EU); GDPR Art. 35
     * (EU)"; empty text when there are none, so that nothing is shown.
     */
    public static String cites(java.util.List<org.raitoolkit.model.Citation> citations) {
        if (citations.isEmpty()) {
            return "";
        }
        // Citation.toString is the reader's form already: "LED Art. 27 (EU)".
        return "Cites: " + citations.stream().map(org.raitoolkit.model.Citation::toString)
                .collect(java.util.stream.Collectors.joining("; "));
    }
}
