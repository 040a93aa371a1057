package org.raitoolkit.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.raitoolkit.model.ApplicationArea;
import org.raitoolkit.model.DataSource;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Sourcing;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.reports.spi.Wording;
import org.raitoolkit.web.internal.Fields.Option;

/**
 * The words a person reads on the forms: labels and help for the system profile, and plain names
 * for the model's enums. The help repeats the model's documentation, which is what the CLI's
 * templates say too.
 */
final class Words {

    private Words() {
    }

    /** A yes/no fact of the system profile: its field, label, help, and whether it holds for a profile. */
    record Fact(String field, String label, String help, Predicate<SystemProfile> holds) {
    }

    /** The profile's yes/no facts, in the model's order. */
    static final List<Fact> FACTS = List.of(
            new Fact("processesBiometricData", "Processes biometric data", "Faces, fingerprints, voice or gait.",
                    SystemProfile::processesBiometricData),
            new Fact("processesPersonalData", "Processes personal data", "Any information about identifiable people.",
                    SystemProfile::processesPersonalData),
            new Fact("realTime", "Works in real time", "Outputs are produced and acted on while events unfold.",
                    SystemProfile::realTime),
            new Fact("publiclyAccessibleSpace", "Observes a publicly accessible space",
                    "A place open to the public, such as a street, a station or an event.", SystemProfile::publiclyAccessibleSpace),
            new Fact("affectsVulnerableGroups", "Affects vulnerable groups", "Children or other vulnerable people.",
                    SystemProfile::affectsVulnerableGroups),
            new Fact("individualLevelPredictions", "Predicts about individuals", "Scores or predicts about named individuals.",
                    SystemProfile::individualLevelPredictions),
            new Fact("automatedDecisionWithLegalEffect", "Decides automatically, with legal effect",
                    "A decision with legal or similarly significant effect is taken without a person.",
                    SystemProfile::automatedDecisionWithLegalEffect),
            new Fact("humanReviewOfOutputs", "A person reviews the outputs",
                    "A trained person reviews outputs before they are acted on.", SystemProfile::humanReviewOfOutputs),
            new Fact("matchesAgainstReferenceList", "Matches against a reference list",
                    "Inputs are compared with a watchlist, hot list, hash list or other reference list.",
                    SystemProfile::matchesAgainstReferenceList),
            new Fact("infersStateOrIntent", "Infers emotion, intent or behaviour",
                    "Emotion, intent, deception or \"suspicious\" behaviour is inferred from appearance, voice or movement.",
                    SystemProfile::infersStateOrIntent),
            new Fact("sharesWithPartnersOrAbroad", "Shared with partners or abroad",
                    "Outputs or data go to other agencies, partners or authorities in other countries.",
                    SystemProfile::sharesWithPartnersOrAbroad),
            new Fact("authenticatesEvidence", "Judges whether evidence is genuine",
                    "Decides whether images, audio, video or documents are genuine or manipulated.",
                    SystemProfile::authenticatesEvidence),
            new Fact("observesAssemblyOrExpression", "Assemblies or online expression",
                    "Used at or about assemblies and protests, or monitors social media or other online expression.",
                    SystemProfile::observesAssemblyOrExpression));

    /** An enum name as a word: {@code VERY_HIGH} becomes "VERY HIGH", as the reports print it. */
    static String word(Enum<?> value) {
        return value == null ? "" : value.name().replace('_', ' ');
    }

    /** An enum name in sentence case: {@code NOT_IN_PLACE} becomes "Not in place". */
    static String sentence(String name) {
        String s = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static List<Option> areas() {
        List<Option> options = new ArrayList<>();
        for (ApplicationArea a : ApplicationArea.values()) {
            options.add(switch (a) {
                case IMAGE_ANALYSIS -> new Option(a.name(), "Image analysis",
                        "Computer vision, including facial recognition and number-plate recognition.");
                case TEXT_SPEECH -> new Option(a.name(), "Text and speech",
                        "Language and speech processing: transcription, translation, entity extraction.");
                case RISK_PREDICTION -> new Option(a.name(), "Risk evaluation and prediction",
                        "Risk evaluation and predictive analytics, about places or about people.");
                case CONTENT_GENERATION -> new Option(a.name(), "Content generation",
                        "Generation of text, images, audio or video.");
                case PROCESS_AUTOMATION -> new Option(a.name(), "Process automation",
                        "Administrative or operational processes, such as routing or scheduling.");
            });
        }
        return options;
    }

    /** A stage in words, as the reports print it. */
    static String stage(LifecycleStage stage) {
        return Wording.stage(stage);
    }

    static List<Option> stages() {
        List<Option> options = new ArrayList<>();
        for (LifecycleStage s : LifecycleStage.values()) {
            options.add(Option.of(s.name(), stage(s)));
        }
        return options;
    }

    static List<Option> legalBases() {
        List<Option> options = new ArrayList<>();
        for (LegalBasis b : LegalBasis.values()) {
            options.add(switch (b) {
                case YES -> new Option(b.name(), "Yes", "A legal basis for this use has been identified.");
                case NO -> new Option(b.name(), "No", "None has been identified.");
                case UNCLEAR -> new Option(b.name(), "Unclear", "It is not yet known, or it is disputed.");
            });
        }
        return options;
    }

    static List<Option> sourcings() {
        List<Option> options = new ArrayList<>();
        for (Sourcing s : Sourcing.values()) {
            options.add(switch (s) {
                case IN_HOUSE -> new Option(s.name(), "In house", "Built by the agency itself.");
                case SUPPLIER -> new Option(s.name(), "Supplier", "Bought from or built by an external supplier.");
            });
        }
        return options;
    }

    static String dataSource(DataSource source) {
        return switch (source) {
            case POLICE_RECORDS -> "Police records";
            case CUSTODY_IMAGES -> "Custody images";
            case CCTV_AND_VIDEO -> "CCTV and video";
            case EMERGENCY_CALLS -> "Emergency calls";
            case SEIZED_DEVICES_AND_DOCUMENTS -> "Seized devices and documents";
            case OPEN_SOURCE_INTERNET -> "Open-source internet material";
            case SCRAPED_ONLINE -> "Material scraped in bulk from websites or social media";
            case THIRD_PARTY_COMMERCIAL -> "Third-party commercial data";
            case OTHER_PUBLIC_AUTHORITIES -> "Data from other public authorities";
            case SENSOR_AND_VEHICLE_DATA -> "Sensor and vehicle data";
            case SYNTHETIC -> "Synthetic data";
        };
    }

    static List<Option> dataSources() {
        List<Option> options = new ArrayList<>();
        for (DataSource d : DataSource.values()) {
            options.add(Option.of(d.name(), dataSource(d)));
        }
        return options;
    }

    /** Options for every constant of {@code type}, labelled in sentence case. */
    static <E extends Enum<E>> List<Option> options(Class<E> type) {
        List<Option> options = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            options.add(Option.of(e.name(), sentence(e.name())));
        }
        return options;
    }

    /** A file-name part from a name: lower-case letters, digits and dashes, at most 60 characters. */
    static String slug(String name) {
        String s = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "system" : s;
    }
}
