package org.raitoolkit.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raitoolkit.web.internal.FormWriter.Option;
import org.raitoolkit.rules.RuleSetProviders;

/**
 * The optional EU AI Act facts of a system profile as form fields, shown when the EU AI Act rule
 * set is enabled. The fields follow the model's record components, so that a fact added to the
 * model appears on the form with a generated label until it is given words here.
 */
final class EuAiActFields {

    /** Field-name prefix: {@code system.euAiAct.<component>}. */
    static final String PREFIX = "system.euAiAct.";

    /**
     * The record of the section, as its provider on the class path declares it, or null when none
     * does. Until the form is made from the declared sections alike, this class keeps its words.
     */
    private static final Class<? extends Record> TYPE = RuleSetProviders.factSections(EuAiActFields.class.getClassLoader())
            .stream().filter(s -> s.key().equals("euAiAct")).findFirst().<Class<? extends Record>>map(s -> s.type()).orElse(null);

    /** Whether a rule set on the class path declares the section, so that the form can show it. */
    static boolean available() {
        return TYPE != null;
    }

    private static RecordComponent[] components() {
        return TYPE == null ? new RecordComponent[0] : TYPE.getRecordComponents();
    }

    private static final Map<String, String[]> WORDS = new LinkedHashMap<>();

    static {
        words("biometricIdentification", "Remote biometric identification", "Art. 3(41)-(43).");
        words("rbiObjective", "Objective of real-time identification", "For real-time remote identification only (Art. 5(1)(h)).");
        words("annexIIOffence", "The offence is listed in Annex II", "");
        words("maxCustodialSentenceYears", "Maximum custodial sentence, in years", "For the offence, in the Member State.");
        words("nationalLawAuthorises", "National law permits real-time remote identification", "Art. 5(5).");
        words("authorisation", "Authorisation", "By a judicial or independent administrative authority (Art. 5(3), 26(10)).");
        words("hoursSinceStart", "Hours since use started without authorisation", "Urgency procedure.");
        words("friaCompleted", "Fundamental rights impact assessment completed", "Art. 27.");
        words("registeredInEuDatabase", "Registered in the EU database", "Art. 49.");
        words("initialIdentificationOfSuspect", "Initial identification of a potential suspect",
                "Post-remote use based on objective, verifiable facts (Art. 26(10)).");
        words("linkedToSpecificOffenceOrMissingPerson", "Linked to a specific offence or missing person",
                "Post-remote use linked to an offence, proceeding, genuine threat, or the search for a missing person (Art. 26(10)).");
        words("twoPersonRuleDisproportionate", "Two-person verification judged disproportionate",
                "National law considers the verification of Art. 14(5) disproportionate for this use.");
        words("individualCrimePrediction", "Person-level crime prediction", "Art. 5(1)(d).");
        words("facialImageScraping", "Collection of facial images", "From the internet or CCTV (Art. 5(1)(e)).");
        words("emotionRecognition", "Emotion recognition", "Art. 5(1)(f), Annex III 1(c).");
        words("medicalOrSafetyReason", "Emotion recognition for medical or safety reasons", "");
        words("biometricCategorisation", "Biometric categorisation", "Art. 5(1)(g), Annex III 1(b).");
        words("labellingOfLawfullyAcquiredDataset", "Only labels a lawfully acquired biometric dataset", "");
        words("generatesIntimateImageryOrCsam", "Generates intimate imagery or child sexual abuse material",
                "Non-consensual intimate imagery or CSAM, generated or manipulated.");
        words("annexIIIPurposes", "Annex III purposes served", "");
        words("narrowProceduralTask", "Performs a narrow procedural task", "Art. 6(3)(a).");
        words("improvesCompletedHumanActivity", "Improves a completed human activity", "Art. 6(3)(b).");
        words("detectsDecisionPatternsWithHumanReview", "Detects decision patterns, with human review", "Art. 6(3)(c).");
        words("preparatoryTask", "Performs a preparatory task", "Art. 6(3)(d).");
        words("profilesNaturalPersons", "Profiles natural persons", "Art. 6(3), last subparagraph.");
        words("interactsWithPublic", "People interact with it directly", "Art. 50(1).");
        words("usedByPublicToReportCrime", "The public uses it to report a crime", "Art. 50(1).");
        words("generatesSyntheticContent", "Generates synthetic audio, image, video or text", "Art. 50(2), (4).");
        words("assessmentDate", "Assessment date", "The date the assessment speaks for (YYYY-MM-DD); today when empty.");
    }

    private static void words(String component, String label, String help) {
        WORDS.put(component, new String[] {label, help});
    }

    private EuAiActFields() {
    }

    /** Writes one control per fact. */
    static void write(FormWriter form) {
        for (RecordComponent c : components()) {
            String name = PREFIX + c.getName();
            String[] w = WORDS.getOrDefault(c.getName(), new String[] {Words.sentence(c.getName()
                    .replaceAll("([a-z])([A-Z])", "$1_$2")), ""});
            Class<?> type = c.getType();
            if (type == Boolean.class) {
                form.select(name, w[0], w[1], List.of(Option.of("true", "Yes"), Option.of("false", "No")), "Not stated");
            } else if (type.isEnum()) {
                form.select(name, w[0], w[1], enumOptions(type), "Not stated");
            } else if (type == Set.class) {
                form.checkboxes(name, w[0], w[1], enumOptions(elementType(c)), "columns");
            } else if (type == Integer.class || type == LocalDate.class) {
                form.text(name, w[0], w[1], 12, false);
            } else {
                form.text(name, w[0], w[1], 200, false);
            }
        }
    }

    /** The facts given in {@code params}, or null when none is. */
    static ObjectNode toTree(Params params, ObjectNode parent) {
        ObjectNode eu = parent.objectNode();
        for (RecordComponent c : components()) {
            String name = PREFIX + c.getName();
            if (c.getType() == Set.class) {
                List<String> values = params.all(name);
                if (!values.isEmpty()) {
                    ArrayNode array = eu.putArray(c.getName());
                    values.forEach(array::add);
                }
                continue;
            }
            String value = params.get(name);
            if (value.isEmpty()) {
                continue;
            }
            if (c.getType() == Boolean.class && (value.equals("true") || value.equals("false"))) {
                eu.put(c.getName(), Boolean.parseBoolean(value));
            } else if (c.getType() == Integer.class && value.matches("-?\\d{1,9}")) {
                eu.put(c.getName(), Integer.parseInt(value));
            } else {
                eu.put(c.getName(), value);
            }
        }
        return eu.isEmpty() ? null : eu;
    }

    /** The facts in a file's {@code euAiAct} section as form fields. */
    static void fromTree(JsonNode eu, Params params) {
        if (eu == null || !eu.isObject()) {
            return;
        }
        eu.fields().forEachRemaining(e -> {
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> params.add(PREFIX + e.getKey(), v.asText()));
            } else if (e.getValue().isValueNode()) {
                params.add(PREFIX + e.getKey(), e.getValue().asText());
            }
        });
    }

    /** Whether any EU AI Act fact is given. */
    static boolean any(Params params) {
        return params.names().stream().anyMatch(n -> n.startsWith(PREFIX) && params.has(n));
    }

    private static List<Option> enumOptions(Class<?> type) {
        List<Option> options = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String n = ((Enum<?>) constant).name();
            options.add(Option.of(n, Words.sentence(n)));
        }
        return options;
    }

    private static Class<?> elementType(RecordComponent c) {
        return (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
    }
}
