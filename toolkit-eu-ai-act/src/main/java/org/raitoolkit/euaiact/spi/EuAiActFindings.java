package org.raitoolkit.euaiact.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.raitoolkit.euaiact.Category;
import org.raitoolkit.euaiact.EffectiveDate;
import org.raitoolkit.euaiact.EuAiAct;
import org.raitoolkit.euaiact.EuAiActAssessment;
import org.raitoolkit.euaiact.Ground;
import org.raitoolkit.euaiact.MissingPrecondition;
import org.raitoolkit.euaiact.Obligation;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.Priority;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.Recommendation;

/**
 * Turns the EU AI Act rule set's facts into the findings and recommendations of a risk result,
 * for the rules of {@code report.drl} and rule sets that build on them;
 * {@link org.raitoolkit.euaiact.EuAiActResult} reads them back. Stateless.
 */
public final class EuAiActFindings {

    /** Grounds in a stable order: earliest applicable first, then by code. */
    private static final Comparator<Ground> GROUND_ORDER = Comparator
            .comparing((Ground g) -> g.effective().applicableFrom()).thenComparing(Ground::code);

    private EuAiActFindings() {
    }

    /**
     * The CATEGORY finding: {@code category} for the path made of {@code grounds} (all of that
     * category), applicable from {@code effective}, or, when that is {@code null}, from the date
     * of the ground that applies first.
     */
    public static Finding category(Category category, List<Ground> grounds, EffectiveDate effective, Reason why) {
        List<Ground> sorted = grounds.stream().sorted(GROUND_ORDER).toList();
        String text;
        String reference;
        if (sorted.isEmpty()) {
            text = "no prohibited practice, Annex III purpose or Art. 50 situation found in the profile: minimal risk, "
                    + "with no obligation from the Act's risk tiers";
            reference = "Regulation (EU) 2024/1689";
        } else {
            text = sorted.stream().map(Ground::text).collect(Collectors.joining("; "));
            // Each ground may cite several provisions; each is listed once.
            reference = String.join("; ", sorted.stream().flatMap(g -> java.util.Arrays.stream(g.reference().split(";\\s*")))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        if (effective == null) {
            if (sorted.isEmpty()) {
                throw new IllegalArgumentException("a " + category + " category with no ground needs its date");
            }
            effective = sorted.get(0).effective();
        }
        Map<String, String> details = dates(effective);
        details.put(EuAiAct.DETAIL_GROUNDS, sorted.stream().map(Ground::code).collect(Collectors.joining(",")));
        List<Reason> reasons = new ArrayList<>();
        sorted.forEach(g -> g.reasons().stream().filter(r -> !reasons.contains(r)).forEach(reasons::add));
        reasons.add(why);
        return new Finding(EuAiAct.RULE_SET_ID, EuAiAct.KIND_CATEGORY, category.name(), text, reference, details, reasons,
                EuAiAct.citations(reference));
    }

    /** The PATH finding of one ground. */
    public static Finding path(Ground ground) {
        Map<String, String> details = dates(ground.effective());
        details.put(EuAiAct.DETAIL_CATEGORY, ground.category().name());
        if (ground.annexIIIPoint() != null) {
            details.put(EuAiAct.DETAIL_ANNEX_III_POINT, ground.annexIIIPoint());
        }
        return new Finding(EuAiAct.RULE_SET_ID, EuAiAct.KIND_PATH, ground.code(), ground.text(), ground.reference(),
                details, ground.reasons(), EuAiAct.citations(ground.reference()));
    }

    /** The OBLIGATION finding of one obligation. */
    public static Finding obligation(Obligation obligation) {
        Map<String, String> details = dates(obligation.effective());
        details.put(EuAiAct.DETAIL_TITLE, obligation.title());
        details.put(EuAiAct.DETAIL_PRINCIPLE, obligation.principle());
        details.put(EuAiAct.DETAIL_STAGE, obligation.stage().name());
        return new Finding(EuAiAct.RULE_SET_ID, EuAiAct.KIND_OBLIGATION, obligation.code(), obligation.text(),
                obligation.article(), details, obligation.reasons(), obligation.citations());
    }

    /** The MISSING_PRECONDITION finding of one missing precondition. */
    public static Finding missing(MissingPrecondition missing) {
        return new Finding(EuAiAct.RULE_SET_ID, EuAiAct.KIND_MISSING_PRECONDITION, missing.code(), missing.text(),
                missing.article(), dates(missing.effective()), missing.reasons(), EuAiAct.citations(missing.article()));
    }

    /** The NOTICE finding: decision support, not legal advice; where to check. */
    public static Finding notice(EuAiActAssessment assessment, Reason why) {
        String date = assessment.getAssessmentDate() + (assessment.isAssessmentDateFromProfile()
                ? " (from the profile)" : " (today's date; set assessmentDate in the profile to fix it)");
        String text = "Decision support, not legal advice. This classification under the EU AI Act (Regulation (EU) 2024/1689) "
                + "is derived by rules from the facts in the profile, read as a use by a law-enforcement authority (Art. 3(45)). "
                + "Dates marked UNVERIFIED come from secondary sources, chiefly summaries of the amending Regulation (EU) 2026/1744; "
                + "statements marked 'our reading' are this project's interpretation. Check every conclusion and date against the "
                + "official texts on EUR-Lex (CELEX " + EuAiAct.CELEX + ", and Regulation (EU) 2026/1744) and with a legal adviser "
                + "before relying on them. Assessment date: " + date + ".";
        Map<String, String> details = new LinkedHashMap<>();
        details.put(EuAiAct.DETAIL_ASSESSMENT_DATE, assessment.getAssessmentDate().toString());
        details.put(EuAiAct.DETAIL_ASSESSMENT_DATE_SOURCE, assessment.isAssessmentDateFromProfile() ? "PROFILE" : "TODAY");
        details.put("celex", EuAiAct.CELEX);
        details.put("amendedBy", EuAiAct.AMENDING_REGULATION);
        return new Finding(EuAiAct.RULE_SET_ID, EuAiAct.KIND_NOTICE, EuAiAct.NOTICE_CODE, text,
                "Regulation (EU) 2024/1689; " + EuAiAct.AMENDING_REGULATION, details, List.of(why));
    }

    /** The recommendation {@code EU-<code>} for the legal and oversight audience. */
    public static Recommendation recommendation(Obligation obligation, Priority priority, Reason why) {
        List<Reason> reasons = new ArrayList<>(obligation.reasons());
        reasons.add(why);
        return new Recommendation(EuAiAct.RECOMMENDATION_PREFIX + obligation.code(),
                (obligation.article().startsWith("Art.") ? "EU AI Act " : "EU AI Act, ") + obligation.article() + ": " + obligation.title(),
                obligation.text() + " (" + obligation.article() + "; " + obligation.effective().describe() + ")",
                priority, obligation.principle(), obligation.stage(), Audience.LEGAL_OVERSIGHT, reasons, obligation.citations());
    }

    private static Map<String, String> dates(EffectiveDate effective) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(EuAiAct.DETAIL_APPLICABLE_FROM, effective.applicableFrom().toString());
        details.put(EuAiAct.DETAIL_APPLIES_ON_ASSESSMENT_DATE, Boolean.toString(effective.appliesOnAssessmentDate()));
        details.put(EuAiAct.DETAIL_DATE_STATUS, effective.status().name());
        details.put(EuAiAct.DETAIL_ASSESSMENT_DATE, effective.assessmentDate().toString());
        details.put(EuAiAct.DETAIL_TIMELINE_ENTRY, effective.timelineEntry());
        if (effective.note() != null) {
            details.put(EuAiAct.DETAIL_DATE_NOTE, effective.note());
        }
        return details;
    }
}
