package org.raitoolkit.documents.internal;

import static org.raitoolkit.documents.internal.Drafting.aiAct;
import static org.raitoolkit.documents.internal.Drafting.given;
import static org.raitoolkit.documents.internal.Drafting.led;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.raitoolkit.documents.DocumentKind;
import org.raitoolkit.documents.FiledDocument;
import org.raitoolkit.documents.Part;
import org.raitoolkit.documents.Section;
import org.raitoolkit.euaiact.Category;
import org.raitoolkit.euaiact.EuAiAct;
import org.raitoolkit.euaiact.EuAiActProfile;
import org.raitoolkit.euaiact.EuAiActResult;
import org.raitoolkit.euaiact.Ground;
import org.raitoolkit.euled.EuLed;
import org.raitoolkit.euled.LedFacts;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.Citation;
import org.raitoolkit.model.DpoConsultation;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.reports.spi.Wording;

/**
 * The data a deployer that is a public authority registers in the EU database for its use of a
 * high-risk system (EU AI Act Art. 49(3), Annex VIII, Section C): first where to register it (the
 * public part, or the secure non-public section of Art. 49(4)), then one section per point of
 * Section C. Points 1 to 3 come from the {@code euAiAct} facts; points 4 and 5 are short summaries of
 * what the assessment found.
 *
 * <p>{@link RegistrationJson} reads the structured form back from the sections this class writes
 * (by section id and part label), so that the JSON and the readable formats cannot disagree. The
 * first part of each Section C section is the field itself: a statement with its value, or a "to
 * be completed" marker.
 */
public final class RegistrationDraft {

    /** The points of Annex VIII, Section C, with the id of their section and their key in the JSON form. */
    public enum Field {
        DEPLOYER("deployer", "deployer", 1),
        SUBMITTER("submitter", "submitter", 2),
        PROVIDER_ENTRY("provider-entry", "providerEntryUrl", 3),
        FRIA_SUMMARY("fria-summary", "friaSummary", 4),
        DPIA_SUMMARY("dpia-summary", "dpiaSummary", 5);

        private final String sectionId;
        private final String jsonKey;
        private final int point;

        Field(String sectionId, String jsonKey, int point) {
            this.sectionId = sectionId;
            this.jsonKey = jsonKey;
            this.point = point;
        }

        public String sectionId() {
            return sectionId;
        }

        public String jsonKey() {
            return jsonKey;
        }

        public int point() {
            return point;
        }

        /** Whether Art. 49(4)(c), as this library reads it, lets the field into the secure non-public section. */
        boolean enteredInNonPublicSection() {
            return point <= 3;
        }
    }

    /** Where in the EU database the deployer registers the use, with the words the document prints for it. */
    public enum DatabaseSection {
        SECURE_NON_PUBLIC("The secure non-public section of the EU database (Art. 49(4))"),
        PUBLIC("The public part of the EU database (Art. 49(3))"),
        NOT_APPLICABLE("None: the Act does not require the deployer to register this system");

        private final String words;

        DatabaseSection(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** The section whose words are {@code text}. */
        static DatabaseSection ofWords(String text) {
            for (DatabaseSection s : values()) {
                if (s.words.equals(text)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("not the words of a database section: " + text);
        }
    }

    /** The id of the first section, where to register. */
    static final String WHERE_ID = "database-section";
    static final String CATEGORY = "Category";
    static final String ANNEX_III_POINTS = "Annex III points";
    static final String DATABASE_SECTION = "Database section";
    static final String READING = "Reading of Art. 49(4)(c)";
    /** The label of the statement that a field stays out of the secure non-public section. */
    static final String NOT_ENTERED = "Not entered in the non-public section";
    /** The provision whose reading decides what the secure non-public section holds. */
    static final String READ_PROVISION = "Art. 49(4)(c)";

    // A reading, not a certainty: printed wherever the draft relies on it, until checked against the official text.
    private static final String READING_TEXT = "As this library reads Art. 49(4)(c); check against the official text"
            + " (status: unverified): for a deployer, the secure non-public section holds only points 1 to 3 of Annex VIII,"
            + " Section C, that is the deployer, the person submitting and the provider's entry. The summaries of points 4"
            + " and 5 are then not entered there.";

    /** The Annex III areas whose high-risk systems Art. 49(4) registers in the secure non-public section. */
    private static final Set<Integer> NON_PUBLIC_AREAS = Set.of(1, 6, 7);

    private final Drafting d;
    private final EuAiActResult eu;
    private final SystemProfile system;
    private final Optional<EuAiActProfile> facts;
    private final DatabaseSection where;

    public RegistrationDraft(Drafting drafting, EuAiActResult eu) {
        this.d = drafting;
        this.eu = eu;
        this.system = drafting.report.input().system();
        this.facts = system.extension(EuAiAct.SECTION);
        this.where = databaseSection();
    }

    public FiledDocument build() {
        List<String> notices = new ArrayList<>();
        notices.add(Drafting.DRAFT_NOTICE);
        if (where == DatabaseSection.NOT_APPLICABLE) {
            notices.add("The EU AI Act does not require registration by the deployer for this category: the assessment"
                    + " places the system in the category " + categoryWords(eu.category()) + ", and Art. 49(3) applies"
                    + " to the high-risk systems of Annex III only. The fields are listed for the agency's records.");
        }
        List<Section> sections = List.of(whereToRegister(), deployer(), submitter(), providerEntry(), friaSummary(),
                dpiaSummary());
        return new FiledDocument(DocumentKind.REGISTRATION, d.systemName(), d.sources(), notices, sections);
    }

    /** The category in words, as section A prints it; {@link #categoryOf} reads it back. */
    static String categoryWords(Category category) {
        return switch (category) {
            case PROHIBITED -> "prohibited practice (Art. 5)";
            case HIGH_RISK -> "high-risk system (Art. 6(2) and Annex III)";
            case TRANSPARENCY -> "transparency obligations only (Art. 50)";
            case MINIMAL -> "minimal risk (no prohibited practice, Annex III purpose or Art. 50 situation found)";
        };
    }

    /** The category whose words are {@code text}. */
    static Category categoryOf(String text) {
        for (Category c : Category.values()) {
            if (categoryWords(c).equals(text)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not the words of a category: " + text);
    }

    /** High-risk systems of Annex III points 1, 6 and 7 go to the secure section; other high-risk ones to the public part. */
    private DatabaseSection databaseSection() {
        if (eu.category() != Category.HIGH_RISK) {
            return DatabaseSection.NOT_APPLICABLE;
        }
        return annexIIIGrounds().stream().anyMatch(g -> NON_PUBLIC_AREAS.contains(g.annexIIIArea()))
                ? DatabaseSection.SECURE_NON_PUBLIC : DatabaseSection.PUBLIC;
    }

    private List<Ground> annexIIIGrounds() {
        return eu.grounds().stream().filter(g -> g.annexIIIPoint() != null).toList();
    }

    private List<String> annexIIIPoints() {
        return annexIIIGrounds().stream().map(Ground::annexIIIPoint).distinct().toList();
    }

    /** A. Where the deployer registers, and why. */
    private Section whereToRegister() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Statement(CATEGORY, categoryWords(eu.category())));
        parts.add(new Part.Items(ANNEX_III_POINTS, annexIIIPoints()));
        parts.add(new Part.Statement(DATABASE_SECTION, where.words()));
        parts.add(new Part.Statement("Why", why()));
        parts.add(new Part.Statement(READING, READING_TEXT));
        return new Section(WHERE_ID, "A", "Where to register", List.of(aiAct("Art. 49(3)"), aiAct("Art. 49(4)"),
                aiAct("Art. 6(2)")), parts);
    }

    private String why() {
        String points = pointWords(annexIIIPoints());
        return switch (where) {
            case SECURE_NON_PUBLIC -> "The system is high-risk under Annex III " + points + ". Art. 49(4) places the"
                    + " registration of high-risk systems of Annex III points 1 (biometrics), 6 (law enforcement) and 7"
                    + " (migration, asylum and border control management), used in the areas of law enforcement, migration,"
                    + " asylum and border control management, in a secure non-public section of the database. This draft"
                    + " takes the agency's use to be in law enforcement, the area this toolkit assesses.";
            case PUBLIC -> "The system is high-risk under Annex III " + points + ", outside points 1, 6 and 7"
                    + " of Annex III, so Art. 49(4) does not apply: the deployer registers its use under Art. 49(3) in the"
                    + " part of the database open to the public.";
            case NOT_APPLICABLE -> "Art. 49(3) asks deployers that are public authorities to register their use of the"
                    + " high-risk systems of Annex III. The assessment places this system in the category "
                    + categoryWords(eu.category()) + (eu.category() == Category.PROHIBITED
                            ? "; a prohibited practice may not be used at all, so there is no use to register." : ".");
        };
    }

    /** C.1: the deployer. */
    private Section deployer() {
        Part value = given("Deployer", facts.map(EuAiActProfile::deployer), "The deployer's name, address and contact"
                + " details: the agency that uses the system under its authority (system.euAiAct.deployer).");
        return field(Field.DEPLOYER, "The deployer's name, address and contact details", List.of(value), List.of());
    }

    /** C.2: the person who enters the data on the deployer's behalf. */
    private Section submitter() {
        Part value = given("Person submitting", facts.map(EuAiActProfile::submitter), "The name, address and contact"
                + " details of the person who enters this information in the database on the deployer's behalf"
                + " (system.euAiAct.submitter).");
        return field(Field.SUBMITTER, "The person submitting the information on the deployer's behalf", List.of(value),
                List.of());
    }

    /** C.3: the provider's own entry for the system. */
    private Section providerEntry() {
        Part value = given("Provider's entry", facts.map(EuAiActProfile::providerDatabaseEntry), "The address (URL) of the"
                + " entry the provider made for the system in the EU database under Art. 49(1); the provider gives it"
                + " (system.euAiAct.providerDatabaseEntry).");
        return field(Field.PROVIDER_ENTRY, "The provider's entry for the system in the EU database", List.of(value),
                List.of(aiAct("Art. 49(1)")));
    }

    /** C.4: a summary of the findings of the fundamental rights impact assessment (Art. 27). */
    private Section friaSummary() {
        List<FactorResult> high = d.highBeforeMeasures();
        StringBuilder text = new StringBuilder(assessmentSummary());
        if (!high.isEmpty()) {
            text.append(" The rights at stake in the risks rated high or very high before measures: ")
                    .append(Drafting.and(d.rightsAtStake(high).stream().map(Wording::lower).toList())).append('.');
        }
        text.append(" This summarises the drafts this toolkit made from the assessment; check it against the agency's"
                + " final fundamental rights impact assessment before it is entered.");
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Statement("Summary", text.toString()));
        if (where != DatabaseSection.NOT_APPLICABLE && !facts.map(EuAiActProfile::friaCompleted).map(Boolean.TRUE::equals)
                .orElse(false)) {
            parts.add(new Part.ToBeCompleted("Completed assessment", "The agency's completed fundamental rights impact"
                    + " assessment (Art. 27), against which this summary is checked; the answers do not state that it is"
                    + " completed (system.euAiAct.friaCompleted)."));
        }
        return field(Field.FRIA_SUMMARY, "Summary of the fundamental rights impact assessment", parts,
                List.of(aiAct("Art. 27")));
    }

    /** C.5: a summary of the data protection impact assessment, which for a police use is LED Art. 27 (Art. 26(8)). */
    private Section dpiaSummary() {
        List<Part> parts = new ArrayList<>();
        if (!system.processesPersonalData()) {
            parts.add(new Part.Statement("Summary", "Not applicable as the answers stand: they say the system processes no"
                    + " personal data, so no data protection impact assessment is required (LED Art. 27(1)). This"
                    + " summarises the drafts this toolkit made from the assessment; check it against the agency's own"
                    + " records before it is entered."));
        } else {
            parts.add(new Part.Statement("Summary", assessmentSummary() + " " + priorConsultationSentence() + " "
                    + dpoSentence() + " This summarises the drafts this toolkit made from the assessment; check it against"
                    + " the agency's final data protection impact assessment before it is entered."));
            Optional<LedFacts> led = system.extension(EuLed.FACTS);
            if (where != DatabaseSection.NOT_APPLICABLE && !led.map(LedFacts::dpiaCompleted).map(Boolean.TRUE::equals)
                    .orElse(false)) {
                parts.add(new Part.ToBeCompleted("Completed assessment", "The agency's completed data protection impact"
                        + " assessment (LED Art. 27), against which this summary is checked; the answers do not state that"
                        + " it is completed (euLed.dpiaCompleted)."));
            }
        }
        return field(Field.DPIA_SUMMARY, "Summary of the data protection impact assessment", parts,
                List.of(aiAct("Art. 26(8)"), led("Art. 27"), new Citation("GDPR", "Art. 35", "EU")));
    }

    /** The category, the Annex III points, the risks high before and after measures, and the decisions. */
    private String assessmentSummary() {
        List<String> points = annexIIIPoints();
        String category = "EU AI Act category the assessment finds: " + categoryWords(eu.category())
                + (points.isEmpty() ? "" : ", under Annex III " + pointWords(points)) + ".";
        List<FactorResult> before = d.highBeforeMeasures();
        List<FactorResult> after = d.highAfterMeasures();
        String risks = "It rates " + riskCount(before) + " high or very high before measures and "
                + (!after.isEmpty() && after.equals(before) ? (after.size() == 1 ? "still after" : "all of them still after")
                        : riskCount(after) + " after") + " the measures in place.";
        AssessmentRecord record = d.report.input().assessment();
        String agency = record == null || record.agencyDecision() == null
                ? "the answers record no decision by the agency"
                : "the agency's recorded decision is " + Wording.word(record.agencyDecision());
        String decision = "The assessment decides " + Wording.word(d.report.result().decision()) + "; " + agency + ".";
        return category + " " + risks + " " + decision;
    }

    /** "point 5(d)", or "points 1(a) and 6(d)". */
    private static String pointWords(List<String> points) {
        return (points.size() == 1 ? "point " : "points ") + Drafting.and(points);
    }

    /** "no risk", or "2 risks (A; B)": titles hold commas and colons, so semicolons keep them apart. */
    private static String riskCount(List<FactorResult> risks) {
        if (risks.isEmpty()) {
            return "no risk";
        }
        return risks.size() + (risks.size() == 1 ? " risk" : " risks") + " ("
                + String.join("; ", risks.stream().map(FactorResult::title).toList()) + ")";
    }

    private String priorConsultationSentence() {
        return d.priorConsultationIndicated()
                ? "Prior consultation of the supervisory authority is indicated (LED Art. 28(1)(a))."
                : "Prior consultation of the supervisory authority is not indicated by this assessment's reading of LED"
                        + " Art. 28(1)(a).";
    }

    private String dpoSentence() {
        AssessmentRecord record = d.report.input().assessment();
        DpoConsultation dpo = record == null ? null : record.dataProtectionOfficer();
        if (dpo == null || dpo.outcome() == null) {
            return "The answers do not record whether the data-protection officer's advice was followed"
                    + " (assessment.dataProtectionOfficer.outcome).";
        }
        return "The data-protection officer's advice was " + Wording.adviceOutcome(dpo.outcome()) + " (LED Art. 34(c)).";
    }

    /**
     * A Section C section: the field's parts first, then, where the secure non-public section does not
     * take the field, a statement that the agency keeps it.
     */
    private Section field(Field field, String title, List<Part> fieldParts, List<Citation> moreCites) {
        List<Part> parts = new ArrayList<>(fieldParts);
        if (where == DatabaseSection.SECURE_NON_PUBLIC && !field.enteredInNonPublicSection()) {
            parts.add(new Part.Statement(NOT_ENTERED, "As this library reads Art. 49(4)(c) (check against the official"
                    + " text), the secure non-public section takes only points 1 to 3 of Annex VIII, Section C, so this"
                    + " point is not entered there; the agency keeps it with its assessment."));
        }
        List<Citation> cites = new ArrayList<>();
        cites.add(aiAct("Annex VIII, Section C, point " + field.point()));
        cites.add(aiAct("Art. 49(3)"));
        cites.addAll(moreCites);
        return new Section(field.sectionId(), "C." + field.point(), title, cites, parts);
    }
}
