package org.raitoolkit.model;

import java.util.List;

/**
 * A conclusion added by a rule set beyond the default method, such as a legal classification or
 * an obligation under national law.
 *
 * @param ruleSet the id of the rule set that made it
 * @param kind what sort of finding, for grouping (for example {@code CATEGORY}, {@code OBLIGATION})
 * @param code a short code within the kind (for example {@code HIGH_RISK})
 * @param text the finding in words
 * @param reference the legal or other source it rests on (for example "Art. 14(5)"), or {@code null}
 * @param details further facts about the finding by name, as text (for example
 *     {@code applicableFrom: 2027-12-02}, {@code appliesOnAssessmentDate: false},
 *     {@code dateStatus: UNVERIFIED}); empty when there are none
 * @param reasons the rules that made it
 * @param citations the provisions it rests on, structured; empty when it rests on none (a
 *     classification by the toolkit's own method, for example)
 */
public record Finding(
        String ruleSet,
        String kind,
        String code,
        String text,
        String reference,
        java.util.Map<String, String> details,
        List<Reason> reasons,
        List<Citation> citations) {

    public Finding {
        details = details == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(details));
        reasons = Lists.copy(reasons);
        citations = Lists.copy(citations);
    }

    /** A finding with no citations, as findings were before they cited structurally. */
    public Finding(String ruleSet, String kind, String code, String text, String reference,
            java.util.Map<String, String> details, List<Reason> reasons) {
        this(ruleSet, kind, code, text, reference, details, reasons, List.of());
    }

    /** A finding with no details. */
    public Finding(String ruleSet, String kind, String code, String text, String reference, List<Reason> reasons) {
        this(ruleSet, kind, code, text, reference, java.util.Map.of(), reasons);
    }
}
