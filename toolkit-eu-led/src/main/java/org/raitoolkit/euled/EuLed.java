package org.raitoolkit.euled;

import java.util.Arrays;
import java.util.List;
import org.raitoolkit.model.FactSection;
import org.raitoolkit.model.ReportSection;
import org.raitoolkit.rules.RuleSet;

/**
 * The EU Law Enforcement Directive rule set: reads how a law-enforcement AI system processes
 * personal data against Directive (EU) 2016/680 (the data protection law for police and criminal
 * justice processing in the EU) and reports, each with its article, what the processing lacks
 * ({@value #KIND_FINDING}) and what the controller owes ({@value #KIND_OBLIGATION}).
 *
 * <pre>{@code
 * ToolkitEngine engine = ToolkitEngine.builder().ruleSet(EuLed.ruleSet()).build();
 * SystemProfile profile = base.toBuilder().extension(EuLed.FACTS.key(), ledFacts).build();
 * RiskResult result = engine.assessRisk(new RiskAnswers(profile, ratings, null));
 * result.findings();   // those of rule set EU-LED cite "Directive (EU) 2016/680, Art. ..."
 * }</pre>
 *
 * <p>The rules act only on a profile with a {@code euLed} section ({@link LedFacts}); without
 * one nothing of theirs fires. They also read the profile's own facts: personal and biometric
 * data, the legal basis, automated decisions, profiling of individuals, publicly accessible
 * spaces, vulnerable groups and the life-cycle stage. A Directive binds through each Member
 * State's law that transposes it, so every result carries a {@value #KIND_NOTICE} to check the
 * national law. Each finding's {@value #DETAIL_RAISES} detail says which decision it asks for;
 * decisions only become stricter. See {@code docs/eu-led.md}.
 *
 * <p>Decision support, not legal advice. Thread-safe.
 */
public final class EuLed {

    /** The id of the rule set, and the {@code ruleSet} of every finding it makes. */
    public static final String RULE_SET_ID = "EU-LED";

    /** The CELEX number of the Directive on EUR-Lex. */
    public static final String CELEX = "32016L0680";

    /** The instrument that citations of the Directive name, as the content pack's list of instruments has it. */
    public static final String INSTRUMENT = "LED";

    /** The jurisdiction that citations of the Directive give. */
    public static final String JURISDICTION = "EU";

    /** Every reference starts with this, followed by the article. */
    public static final String DIRECTIVE = "Directive (EU) 2016/680";

    /** Finding kind: a condition of the Directive that the processing does not meet, or does not show. */
    public static final String KIND_FINDING = "FINDING";
    /** Finding kind: a duty of the controller that applies to this processing. */
    public static final String KIND_OBLIGATION = "OBLIGATION";
    /** Finding kind: decision support, not legal advice; check the national law. */
    public static final String KIND_NOTICE = "NOTICE";
    /** The code of the notice finding. */
    public static final String NOTICE_CODE = "LED-NOT-LEGAL-ADVICE";

    /** Finding detail: the article, as in the reference but without the Directive's name. */
    public static final String DETAIL_ARTICLE = "article";
    /** Finding detail: the decision the finding asks for at least, a {@code Decision} name; absent when none. */
    public static final String DETAIL_RAISES = "raises";
    /** Finding detail (obligation): the toolkit principle it serves, for its recommendation. */
    public static final String DETAIL_PRINCIPLE = "principle";

    /** The facts of the {@code euLed} section of a profile, with a help text for each. */
    public static final FactSection<LedFacts> FACTS = facts();

    /**
     * The rule set's section of the JSON risk report, {@code euLed}: the conditions not met and
     * the obligations, each with code, text, reference and the decision it asks for, and the notice.
     */
    public static final ReportSection REPORT_SECTION = ReportSection.builder("euLed", "EU Law Enforcement Directive", RULE_SET_ID)
            .list("findings", KIND_FINDING, "code", "text", "reference", DETAIL_RAISES)
            .list("obligations", KIND_OBLIGATION, "code", "text", "reference", DETAIL_RAISES)
            .single(KIND_NOTICE, null, "notice", null)
            .build();

    private static final String BASE = "org/raitoolkit/euled/";

    /** The rule files, one topic each, in the order they are compiled. */
    static final List<String> FILES = List.of(
            BASE + "assessment.drl",
            BASE + "lawfulness.drl",
            BASE + "special-categories.drl",
            BASE + "automated-decisions.drl",
            BASE + "rights.drl",
            BASE + "controller.drl",
            BASE + "impact-assessment.drl",
            BASE + "transfers.drl",
            BASE + "coupling.drl",
            BASE + "report.drl");

    private EuLed() {
    }

    /**
     * The rule set with its typed facts, to add to an engine with
     * {@code ToolkitEngine.builder().ruleSet(...)}. Read from the class path once; every call
     * returns an equal rule set.
     */
    public static RuleSet ruleSet() {
        return Holder.RULE_SET;
    }

    private static final class Holder {
        static final RuleSet RULE_SET = RuleSet.fromClasspath(RULE_SET_ID,
                "EU Law Enforcement Directive (Directive (EU) 2016/680) conditions and duties for police processing of personal data; "
                        + "decision support, not legal advice",
                EuLed.class.getClassLoader(), FILES.toArray(String[]::new)).withFacts(FACTS)
                .withReportSection(REPORT_SECTION);
    }

    private static String[] all(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
    }

    private static FactSection<LedFacts> facts() {
        return FactSection.builder("euLed", LedFacts.class)
                .title("EU Law Enforcement Directive")
                .description("How the system processes personal data, read against Directive (EU) 2016/680, the data protection "
                        + "law for police and criminal justice processing in the EU. Leave out what you do not know: a fact left "
                        + "out is taken as not shown, never as met.")
                .field("purposes", "What the processing is for: preventing, investigating, detecting or prosecuting crime, "
                        + "executing penalties, or protecting public security; OTHER for anything else, which the Directive does "
                        + "not cover (Art. 1(1), Art. 4(1)(b), Art. 9(1)).")
                .field("lawSpecifiesObjectivesDataAndPurposes", "Does the law you rely on name at least the objectives of the "
                        + "processing, the personal data to be processed and the purposes? (Art. 8(2))")
                .field("furtherProcessingForOtherPurpose", "Is data that was collected for one purpose used here for another, "
                        + "for example custody images reused to train a search tool? (Art. 4(2))")
                .field("furtherProcessingAuthorised", "Is that other use authorised by law, and necessary and proportionate to "
                        + "its purpose? (Art. 4(2))")
                .field("dataSubjectCategoriesDistinguished", "Does the system keep apart the data of suspects, convicted persons, "
                        + "victims and witnesses or other people involved? (Art. 6)")
                .field("specialCategories", "Which special categories of data the system processes: racial or ethnic origin, "
                        + "political opinions, religious or philosophical beliefs, trade union membership, genetic data, biometric "
                        + "data used to identify a person (such as face templates), health, sex life or sexual orientation (Art. 10).")
                .field("specialCategoryGround", "On which ground those special categories are processed: a law that authorises "
                        + "it, the vital interests of the person or of someone else, or data the person clearly made public "
                        + "themselves; NONE if there is no such ground (Art. 10(a) to (c)).")
                .field("strictlyNecessary", "Is processing the special categories strictly necessary for the purpose, not just "
                        + "useful: could the purpose not be met with less sensitive data? (Art. 10)")
                .field("specialCategorySafeguards", "Are there safeguards for the people whose special-category data is "
                        + "processed, such as limited access, shorter storage, extra checks of matches? (Art. 10, Art. 11(2))")
                .field("automatedDecisionAuthorisedByLaw", "If the system takes decisions on its own that have an adverse legal "
                        + "or similarly serious effect on a person: does a law authorise such decisions? (Art. 11(1))")
                .field("humanInterventionAvailable", "Can the person concerned obtain a review of that decision by a person of "
                        + "the controller, at least? (Art. 11(1))")
                .field("automatedDecisionOnSpecialCategories", "Does that automated decision rest on special categories of data? "
                        + "(Art. 11(2))")
                .field("profilingDiscriminationCheck", "If the system profiles people: was it tested for discrimination on "
                        + "special categories such as ethnic origin or religion, and what did the tests find? (Art. 11(3))")
                .field("dataSubjectsInformed", "Is the general information about the processing available to the public, for "
                        + "example on the authority's website: who the controller is, the purposes, the data protection officer, "
                        + "the right to complain and to ask for access? (Art. 13(1))")
                .field("accessRequestProcedure", "Is there a set procedure to answer requests from people for access to their "
                        + "data, and for rectification or erasure? (Art. 12, Art. 14, Art. 16)")
                .field("rightsRestricted", "Is information or access withheld, delayed or limited for some people, for example "
                        + "so as not to obstruct an investigation? (Art. 13(3), Art. 15)")
                .field("restrictionsLaidDownInLaw", "Do those restrictions rest on a law, and are they weighed case by case as "
                        + "necessary and proportionate, with the reasons recorded? (Art. 13(3), Art. 15(1), Art. 15(4))")
                .field("dataInCriminalProceedings", "Is the data held in a judicial decision, record or case file of criminal "
                        + "proceedings? (Art. 18)")
                .field("dataProtectionByDesign", "Were data protection measures built into the system, such as "
                        + "pseudonymisation and keeping only the data needed, with the least data processed by default? (Art. 20)")
                .field("loggedOperations", "Which operations the system logs: collection, alteration, consultation, disclosure "
                        + "(including transfers), combination and erasure (Art. 25(1)).")
                .field("dpiaCompleted", "Is a data protection impact assessment of this processing complete? (Art. 27)")
                .field("dpiaShowsHighRisk", "Did that assessment find that the processing would carry a high risk if the "
                        + "authority took no measures to reduce it? (Art. 28(1)(a))")
                .field("supervisoryAuthorityConsulted", "Was the data protection supervisory authority consulted before the "
                        + "processing started? (Art. 28)")
                .field("dpoDesignated", "Has the authority designated a data protection officer? (Art. 32)")
                .field("dpoInvolved", "Is the data protection officer involved in this system early and fully, and given what "
                        + "the role needs? (Art. 33(1), Art. 34)")
                .field("internationalTransfers", "Is personal data from the system transferred to a country outside the EU or "
                        + "to an international organisation? (Art. 35)")
                .field("transferGround", "On which ground: an adequacy decision of the Commission, appropriate safeguards, a "
                        + "derogation for a specific situation, or NONE (Art. 36, Art. 37, Art. 38).")
                .field("transferRecipient", "Who receives the data: a law-enforcement authority, an international organisation, "
                        + "or another recipient such as a company (Art. 35(1)(b), Art. 39).")
                .requiredWhen("furtherProcessingAuthorised", "furtherProcessingForOtherPurpose", "true")
                .requiredWhen("specialCategoryGround", "specialCategories", all(LedFacts.SpecialCategory.class))
                .requiredWhen("strictlyNecessary", "specialCategories", all(LedFacts.SpecialCategory.class))
                .requiredWhen("specialCategorySafeguards", "specialCategories", all(LedFacts.SpecialCategory.class))
                .requiredWhen("restrictionsLaidDownInLaw", "rightsRestricted", "true")
                .requiredWhen("dpiaShowsHighRisk", "dpiaCompleted", "true")
                .requiredWhen("dpoInvolved", "dpoDesignated", "true")
                .requiredWhen("transferGround", "internationalTransfers", "true")
                .requiredWhen("transferRecipient", "internationalTransfers", "true")
                .build();
    }
}
