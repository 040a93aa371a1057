package org.raitoolkit.euaiact;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raitoolkit.model.ApplicationArea;
import org.raitoolkit.euaiact.EuAiActProfile;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.Severity;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.rules.ToolkitEngine;

/** Builds profiles and assesses them with the default rules plus the EU-AI-ACT rule set. */
final class Assess {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    /** The engines of these tests, built once: compiling the EU AI Act set takes seconds. */
    private static final ToolkitEngine EU = ToolkitEngine.builder().ruleSet(EuAiAct.ruleSet()).build();
    private static final ToolkitEngine DEFAULTS = ToolkitEngine.withDefaults();

    private Assess() {
    }

    static ToolkitEngine defaults() {
        return DEFAULTS;
    }

    static ToolkitEngine engine() {
        return EU;
    }

    /** An image-analysis system with a confirmed legal basis, biometric and personal data, human review. */
    static SystemProfile.Builder system() {
        return SystemProfile.builder().name("EU test system").purpose("a system assessed in a test")
                .applicationArea(ApplicationArea.IMAGE_ANALYSIS).legalBasis(LegalBasis.YES)
                .processesBiometricData(true).processesPersonalData(true).humanReviewOfOutputs(true);
    }

    /** The euAiAct section with the given facts, as name/value pairs written as in a profile file. */
    static EuAiActProfile facts(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1] instanceof Enum<?> e ? e.name() : pairs[i + 1]);
        }
        return MAPPER.convertValue(map, EuAiActProfile.class);
    }

    /** {@link #system()} with the given euAiAct facts. */
    static SystemProfile profile(Object... pairs) {
        return system().extension(EuAiAct.SECTION_KEY, facts(pairs)).build();
    }

    /** Assesses {@code profile} with every applicable factor rated RARE x MINIMAL. */
    static RiskResult risk(SystemProfile profile) {
        return risk(engine(), profile);
    }

    static RiskResult risk(ToolkitEngine engine, SystemProfile profile) {
        Map<String, FactorRating> ratings = new LinkedHashMap<>();
        for (RiskFactor f : engine.content().riskFactors()) {
            if (f.appliesTo(profile)) {
                ratings.put(f.id(), new FactorRating(Likelihood.RARE, Severity.MINIMAL, null, List.of(), "kept low in a test"));
            }
        }
        return engine.assessRisk(RiskAnswers.of(profile, ratings));
    }

    /** The EU AI Act classification of {@code profile}. */
    static EuAiActResult eu(SystemProfile profile) {
        return EuAiActResult.from(risk(profile)).orElseThrow();
    }
}
