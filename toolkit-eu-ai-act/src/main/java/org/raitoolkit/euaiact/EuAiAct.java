package org.raitoolkit.euaiact;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.raitoolkit.model.Citation;
import org.raitoolkit.model.FactSection;
import org.raitoolkit.model.ReportSection;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.rules.RuleSet;

/**
 * The EU AI Act rule set: classifies a law-enforcement AI system under Regulation (EU)
 * 2024/1689 as {@link Category#PROHIBITED}, {@link Category#HIGH_RISK},
 * {@link Category#TRANSPARENCY} or {@link Category#MINIMAL}, with the path that led there, the
 * obligations with their articles and dates, and what a permitted path still lacks.
 *
 * <pre>{@code
 * ToolkitEngine engine = ToolkitEngine.builder().ruleSet(EuAiAct.ruleSet()).build();
 * RiskResult result = engine.assessRisk(answers);          // with a system.euAiAct section
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

    /** The instrument that citations of the Act name, as the content pack's list of instruments has it. */
    public static final String INSTRUMENT = "EU AI Act";

    /** The jurisdiction that citations of the Act give. */
    public static final String JURISDICTION = "EU";

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

    /** The key of the rule set's facts under {@code system} in answer files. */
    public static final String SECTION_KEY = "euAiAct";

    /**
     * The facts the rules read, as answer files, templates, forms and reports know them. No fact
     * is required by a condition: where a permitted path needs one that is not stated, the rules
     * report it as a {@value #KIND_MISSING_PRECONDITION} and escalate, which tells a legal adviser
     * more than an input error would.
     */
    public static final FactSection<EuAiActProfile> SECTION = FactSection.builder(SECTION_KEY, EuAiActProfile.class)
            .title("EU AI Act")
            .description("Facts the EU AI Act rule set reads to place the system in a category of Regulation (EU) 2024/1689: "
                    + "prohibited, high-risk, transparency or minimal. Every fact is optional; one that a permitted use needs "
                    + "and that is not stated is reported as a missing precondition.")
            .field("biometricIdentification", "Whether the system identifies people at a distance from biometric data, and how: "
                    + "REAL_TIME_REMOTE when capture, comparison and identification happen without significant delay; POST_REMOTE "
                    + "when recorded material is searched afterwards; VERIFICATION_ONLY when it only confirms that a person is who "
                    + "they claim to be; NONE otherwise (Art. 3(41)-(43)).")
            .field("rbiObjective", "For real-time remote identification in a publicly accessible space: which of the purposes "
                    + "that Art. 5(1)(h) allows the use serves; OTHER when none of them. Left out, the assessment reports the "
                    + "objective as a missing precondition.")
            .field("annexIIOffence", "For a search for a suspect of a serious crime: whether the offence is one of those "
                    + "listed in Annex II (Art. 5(1)(h)(iii)).")
            .field("maxCustodialSentenceYears", "For that offence: the longest custodial sentence or detention order that "
                    + "national law allows, in years; the Act needs at least four (Art. 5(1)(h)(iii)).")
            .field("nationalLawAuthorises", "Whether your Member State has adopted national rules that allow real-time remote "
                    + "identification for this purpose; without them the use may not take place (Art. 5(5)).")
            .field("authorisation", "The state of the prior authorisation by a judicial authority or an independent "
                    + "administrative authority: GRANTED; URGENT_PENDING when the use started in urgency without it and no decision "
                    + "has been given (say in urgentRequestWithin24Hours whether it was requested in time); "
                    + "REFUSED; or NONE (Art. 5(3); Art. 26(10) for post-remote use).")
            .field("hoursSinceStart", "When the use started in urgency without authorisation: the hours since it started. "
                    + "Real-time use needs the request within 24 hours (Art. 5(3)), post-remote use within 48 hours (Art. 26(10)).")
            .field("friaCompleted", "Whether a fundamental rights impact assessment of this use was completed before its "
                    + "first use (Art. 27).")
            .field("registeredInEuDatabase", "Whether the use is registered in the EU database, for law enforcement in its "
                    + "secure non-public section (Art. 49).")
            .field("initialIdentificationOfSuspect", "For post-remote identification: whether it serves only the first "
                    + "identification of a potential suspect, on objective and verifiable facts tied to the offence (Art. 26(10)).")
            .field("linkedToSpecificOffenceOrMissingPerson", "For post-remote identification: whether each use is tied to a "
                    + "specific criminal offence or proceedings, a genuine threat of an offence, or the search for a specific "
                    + "missing person, rather than run without a target (Art. 26(10)).")
            .field("twoPersonRuleDisproportionate", "Whether Union or national law holds it disproportionate, for this "
                    + "law-enforcement use, that two competent people separately check an identification before anyone acts "
                    + "on it (Art. 14(5)).")
            .field("individualCrimePrediction", "Whether the system rates or predicts the risk that a particular person "
                    + "commits a crime: SOLELY_PROFILING when it rests only on profiling or personality traits (banned by "
                    + "Art. 5(1)(d)); SUPPORTS_HUMAN_ASSESSMENT_ON_FACTS when it only supports a person's assessment already "
                    + "based on objective, verifiable facts about criminal activity; NONE otherwise.")
            .field("facialImageScraping", "Whether the system builds or grows a face-recognition database from images "
                    + "taken from the internet or CCTV footage: UNTARGETED (banned by Art. 5(1)(e)); TARGETED at specific "
                    + "people; or NONE.")
            .field("emotionRecognition", "Whether the system infers people's emotions from biometric data: "
                    + "WORKPLACE_OR_EDUCATION (banned by Art. 5(1)(f) save for medical or safety reasons); OTHER (high-risk "
                    + "under Annex III 1(c)); or NONE.")
            .field("medicalOrSafetyReason", "For emotion recognition at work or in education: whether it is used for "
                    + "medical or safety reasons, the exception that Art. 5(1)(f) makes.")
            .field("biometricCategorisation", "Whether the system sorts people into groups from their biometric data: "
                    + "SENSITIVE_ATTRIBUTES when it deduces traits such as ethnic origin, political or religious views, union "
                    + "membership or sexual orientation (banned by Art. 5(1)(g)); OTHER (high-risk under Annex III 1(b)); or NONE.")
            .field("labellingOfLawfullyAcquiredDataset", "For sorting by sensitive traits: whether the system only labels "
                    + "or filters biometric datasets acquired lawfully, which Art. 5(1)(g) leaves outside the ban.")
            .field("generatesIntimateImageryOrCsam", "Whether the system makes or alters sexual images of real people "
                    + "without their consent, or child sexual abuse material; the amending regulation adds this to the "
                    + "bans (new Art. 5(1)(ba) and (bb)). Finding, classifying or hash-matching existing material is not "
                    + "making or altering it: answer false for such tools.")
            .field("usedByCompetentAuthorityAgainstSuchMaterial", "For a system that makes or alters such material: "
                    + "whether it is used only by a competent authority to detect, investigate or prosecute such material or "
                    + "to identify and protect its victims. The new prohibition has exceptions (new Art. 5(1a) and (1b)) that "
                    + "this rule set knows from secondary sources only, so such a use is escalated for counsel to confirm, "
                    + "not prohibited.")
            .field("annexIIIPurposes", "The Annex III uses the system serves, if any; each makes it high-risk unless the "
                    + "Art. 6(3) derogation applies: VICTIM_RISK 6(a), POLYGRAPH 6(b), EVIDENCE_RELIABILITY 6(c), "
                    + "OFFENDING_RISK 6(d), PROFILING 6(e), EMERGENCY_CALL_TRIAGE 5(d), MIGRATION_BORDER 7, "
                    + "JUDICIAL_ASSISTANCE 8(a).")
            .field("narrowProceduralTask", "Claims the derogation of Art. 6(3)(a): the system only performs a narrow "
                    + "procedural task.")
            .field("improvesCompletedHumanActivity", "Claims the derogation of Art. 6(3)(b): the system only improves the "
                    + "result of work a person has already finished.")
            .field("detectsDecisionPatternsWithHumanReview", "Claims the derogation of Art. 6(3)(c): the system only finds "
                    + "patterns in earlier decisions, or departures from them, and does not replace or sway the human "
                    + "assessment without proper review.")
            .field("preparatoryTask", "Claims the derogation of Art. 6(3)(d): the system only does preparatory work for an "
                    + "assessment that is an Annex III use.")
            .field("profilesNaturalPersons", "Whether the system profiles people; one that does stays high-risk whatever "
                    + "derogation is claimed (Art. 6(3), last subparagraph).")
            .field("interactsWithPublic", "Whether people deal with the system directly, for example a chat service; they "
                    + "must be told it is a machine unless law authorising its use against crime exempts it (Art. 50(1)).")
            .field("usedByPublicToReportCrime", "Whether members of the public use the system to report a crime; the "
                    + "exemption for fighting crime then does not apply, and they must be told (Art. 50(1)).")
            .field("generatesSyntheticContent", "Whether the system generates or alters sound, images, video or text; what "
                    + "it makes must be marked as artificial, save where law authorises its use against crime "
                    + "(Art. 50(2) and (4)).")
            .field("urgentRequestWithin24Hours", "For real-time use started in urgency without authorisation: whether the "
                    + "authorisation was requested within 24 hours of the start. If it was not, the use is unlawful: stop it at "
                    + "once and discard and delete its data, results and outputs (Art. 5(3)).")
            .field("noSignificantRiskOfHarm", "For a claimed Art. 6(3) derogation: whether the provider's assessment states "
                    + "that the system poses no significant risk of harm to health, safety or fundamental rights, including by "
                    + "not materially influencing decisions. Without it the system stays high-risk (Art. 6(3)).")
            .field("derogationAssessmentDocumented", "For a claimed Art. 6(3) derogation: whether the provider has documented "
                    + "that assessment before the system was placed on the market or put into service. Without it the system "
                    + "stays high-risk (Art. 6(4)).")
            .field("authorisedByLawForCriminalOffences", "Whether a law specifically authorises this system to detect, "
                    + "prevent, investigate or prosecute criminal offences. A general legal basis for processing personal data "
                    + "is not enough. Only then may the disclosure and marking duties of Art. 50(1), (2) and (4), and the "
                    + "information duty of Art. 50(3), be set aside; left out, they apply.")
            .field("placedOnMarketOrInServiceOn", "The day the system was first placed on the market or put into service, as "
                    + "YYYY-MM-DD. A system in service before 2 August 2026 (Art. 111(2)), or an Annex X component before "
                    + "2 August 2027 (Art. 111(1)), gets a later compliance date.")
            .field("significantDesignChange", "For a high-risk system in service before 2 August 2026: whether its design "
                    + "has changed significantly since that date; only an unchanged system keeps the later date of Art. 111(2).")
            .field("annexXLargeScaleItComponent", "Whether the system is a component of one of the large-scale EU IT systems "
                    + "listed in Annex X, for example the Schengen Information System, Eurodac, the VIS, the EES, ETIAS or "
                    + "ECRIS-TCN (Art. 111(1)).")
            .field("deployer", "For the registration of a high-risk use in the EU database: the deploying agency's name, "
                    + "postal address and contact details (Annex VIII, Section C, point 1).")
            .field("submitter", "For that registration: the name, postal address and contact details of the person who "
                    + "submits it on the agency's behalf (Annex VIII, Section C, point 2).")
            .field("providerDatabaseEntry", "For that registration: the address (URL) of the provider's own entry for the "
                    + "system in the EU database (Annex VIII, Section C, point 3).")
            .field("usePeriod", "For the fundamental rights impact assessment: the period in which the system is to be "
                    + "used, such as 'from March 2027, reviewed after twelve months' (Art. 27(1)(b)).")
            .field("useFrequency", "For that assessment: how often the system is to be used in that period, such as "
                    + "'continuously in the control room' or 'about 40 searches a month' (Art. 27(1)(b)).")
            .field("assessmentDate", "The day the assessment speaks for, as YYYY-MM-DD; left out, the day it is run. It "
                    + "decides which provisions already apply (Art. 113).")
            .build();

    /**
     * The rule set's section of the JSON risk report, {@code euAiAct}: the category with its path
     * and reference, the obligations and the missing preconditions each with article and dates,
     * and the notice.
     */
    public static final ReportSection REPORT_SECTION = ReportSection.builder(SECTION_KEY, "EU AI Act", RULE_SET_ID)
            .single(KIND_CATEGORY, "category", "path", "reference")
            .list("obligations", KIND_OBLIGATION, "code", "text", "article",
                    DETAIL_APPLICABLE_FROM, DETAIL_APPLIES_ON_ASSESSMENT_DATE, DETAIL_DATE_STATUS)
            .list("missingPreconditions", KIND_MISSING_PRECONDITION, "code", "text", "article",
                    DETAIL_APPLICABLE_FROM, DETAIL_APPLIES_ON_ASSESSMENT_DATE, DETAIL_DATE_STATUS)
            .single(KIND_NOTICE, null, "notice", null)
            .build();

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
     * The citations of the Act in {@code reference}, one per provision where provisions are
     * separated by ';' (for example "Art. 5(2); Art. 49" cites Art. 5(2) and Art. 49); a part that
     * names no article or annex, such as the Regulation's title, is not a provision and is left out.
     */
    public static List<Citation> citations(String reference) {
        if (reference == null) {
            return List.of();
        }
        return Arrays.stream(reference.split(";")).map(String::strip)
                .filter(part -> part.startsWith("Art.") || part.startsWith("Annex"))
                .map(part -> new Citation(INSTRUMENT, part, JURISDICTION)).toList();
    }

    /** The {@code euAiAct} section of {@code profile}, if it has one. */
    public static Optional<EuAiActProfile> facts(SystemProfile profile) {
        return profile.extension(SECTION);
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
                EuAiAct.class.getClassLoader(), FILES.toArray(String[]::new)).withFacts(SECTION)
                .withReportSection(REPORT_SECTION);
    }
}
