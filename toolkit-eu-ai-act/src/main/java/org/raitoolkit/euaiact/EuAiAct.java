package org.raitoolkit.euaiact;

import java.util.List;
import org.raitoolkit.rules.RuleSet;

/**
 * The EU AI Act rule set: classifies a law-enforcement AI system under Regulation (EU)
 * 2024/1689 as {@link Category#PROHIBITED}, {@link Category#HIGH_RISK},
 * {@link Category#TRANSPARENCY} or {@link Category#MINIMAL}, with the path that led there, the
 * obligations with their articles and dates, and what a permitted path still lacks.
 *
 * <pre>{@code
 * ToolkitEngine engine = ToolkitEngine.builder().ruleSet(EuAiAct.ruleSet()).build();
 * RiskResult result = engine.assessRisk(answers);          // answers.system().euAiAct() set
 * EuAiActResult eu = EuAiActResult.from(result).orElseThrow();
 * eu.category();                                           // for example HIGH_RISK
 * }</pre>
 *
 * <p>The rules act only on a profile with a {@code euAiAct} section; without one nothing of
 * theirs fires. Everything they conclude is a {@link org.raitoolkit.model.Finding} with rule set
 * {@value #RULE_SET_ID}: one {@value #KIND_CATEGORY}, one {@value #KIND_PATH} per ground, one
 * {@value #KIND_OBLIGATION} per obligation, one {@value #KIND_MISSING_PRECONDITION} per missing
 * precondition and one {@value #KIND_NOTICE}. A prohibition that applies on the assessment date
 * makes the decision {@code DO_NOT_PROCEED}; one not yet applicable, a missing precondition or
 * a pending question escalates; unless the system is prohibited, each obligation is recommended
 * to the {@code LEGAL_OVERSIGHT} audience as {@code EU-<code>}. See {@code docs/eu-ai-act.md}.
 *
 * <p>The assessment date is the profile's {@code euAiAct.assessmentDate}; when absent it is
 * the day of the assessment from the engine's clock ({@code ToolkitEngine.builder().clock(...)}),
 * which a fixed clock makes reproducible.
 *
 * <p>Decision support, not legal advice. Thread-safe.
 */
public final class EuAiAct {

    /** The id of the rule set, and the {@code ruleSet} of every finding it makes. */
    public static final String RULE_SET_ID = "EU-AI-ACT";

    /** The CELEX number of the Act on EUR-Lex. */
    public static final String CELEX = "32024R1689";

    /** The amending regulation whose dates are taken from secondary sources. */
    public static final String AMENDING_REGULATION = "Regulation (EU) 2026/1744";

    /** Finding kind: the category, exactly one per assessment; its code is a {@link Category} name. */
    public static final String KIND_CATEGORY = "CATEGORY";
    /** Finding kind: one ground on the path to a category; its code is the ground's. */
    public static final String KIND_PATH = "PATH";
    /** Finding kind: an obligation with its article. */
    public static final String KIND_OBLIGATION = "OBLIGATION";
    /** Finding kind: what the profile lacks for a permitted path. */
    public static final String KIND_MISSING_PRECONDITION = "MISSING_PRECONDITION";
    /** Finding kind: that this is decision support, not legal advice, and where to check. */
    public static final String KIND_NOTICE = "NOTICE";
    /** The code of the notice finding. */
    public static final String NOTICE_CODE = "NOT-LEGAL-ADVICE";

    /** Ids of the recommendations the rule set adds start with this, followed by the obligation's code. */
    public static final String RECOMMENDATION_PREFIX = "EU-";

    /** Finding detail: the first day the provision applies, YYYY-MM-DD. */
    public static final String DETAIL_APPLICABLE_FROM = "applicableFrom";
    /** Finding detail: {@code true} or {@code false}. */
    public static final String DETAIL_APPLIES_ON_ASSESSMENT_DATE = "appliesOnAssessmentDate";
    /** Finding detail: a {@link DateStatus} name. */
    public static final String DETAIL_DATE_STATUS = "dateStatus";
    /** Finding detail: the date the assessment speaks for, YYYY-MM-DD. */
    public static final String DETAIL_ASSESSMENT_DATE = "assessmentDate";
    /** Finding detail (notice): {@code PROFILE} or {@code TODAY}. */
    public static final String DETAIL_ASSESSMENT_DATE_SOURCE = "assessmentDateSource";
    /** Finding detail: the key of the timeline entry the date comes from. */
    public static final String DETAIL_TIMELINE_ENTRY = "timelineEntry";
    /** Finding detail: more about the date, for example that an amendment moved it. */
    public static final String DETAIL_DATE_NOTE = "dateNote";
    /** Finding detail (path): the {@link Category} the ground leads to. */
    public static final String DETAIL_CATEGORY = "category";
    /** Finding detail (path): the Annex III point, when the ground is one. */
    public static final String DETAIL_ANNEX_III_POINT = "annexIIIPoint";
    /** Finding detail (category): the codes of the grounds that make the category, comma-separated. */
    public static final String DETAIL_GROUNDS = "grounds";
    /** Finding detail (obligation): its short name. */
    public static final String DETAIL_TITLE = "title";
    /** Finding detail (obligation): the toolkit principle it serves. */
    public static final String DETAIL_PRINCIPLE = "principle";
    /** Finding detail (obligation): the life-cycle stage in which to act. */
    public static final String DETAIL_STAGE = "stage";

    private static final String BASE = "org/raitoolkit/euaiact/";

    /** The rule files, one topic each, in the order they are compiled. */
    static final List<String> FILES = List.of(
            BASE + "assessment.drl",
            BASE + "prohibitions.drl",
            BASE + "rbi.drl",
            BASE + "high-risk.drl",
            BASE + "derogation.drl",
            BASE + "obligations.drl",
            BASE + "transparency.drl",
            BASE + "coupling.drl",
            BASE + "report.drl");

    private EuAiAct() {
    }

    /**
     * The rule set, to add to an engine with {@code ToolkitEngine.builder().ruleSet(...)}. Read
     * from the class path once; every call returns an equal rule set.
     */
    public static RuleSet ruleSet() {
        return Holder.RULE_SET;
    }

    private static final class Holder {
        static final RuleSet RULE_SET = RuleSet.fromClasspath(RULE_SET_ID,
                "EU AI Act (Regulation (EU) 2024/1689) classification and obligations for law-enforcement AI; decision support, not legal advice",
                EuAiAct.class.getClassLoader(), FILES.toArray(String[]::new));
    }
}
