package org.raitoolkit.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.raitoolkit.model.AcceptedCondition;
import org.raitoolkit.model.ActionItem;
import org.raitoolkit.model.AdviceOutcome;
import org.raitoolkit.model.Applicability;
import org.raitoolkit.model.ApplicationArea;
import org.raitoolkit.model.Approval;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.Assessor;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.DataSource;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.DimensionResult;
import org.raitoolkit.model.DpoConsultation;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.Citation;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.InstrumentalPrinciple;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.MaturityLevel;
import org.raitoolkit.model.Mitigation;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.MitigationEffect;
import org.raitoolkit.model.MitigationStatus;
import org.raitoolkit.model.PackManifest;
import org.raitoolkit.model.Principle;
import org.raitoolkit.model.PrincipleCompletion;
import org.raitoolkit.model.PrincipleResult;
import org.raitoolkit.model.Priority;
import org.raitoolkit.model.ProfileFact;
import org.raitoolkit.model.Provenance;
import org.raitoolkit.model.RatingGuidance;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.ReadinessBand;
import org.raitoolkit.model.ReadinessDimension;
import org.raitoolkit.model.ReadinessGap;
import org.raitoolkit.model.ReadinessLevel;
import org.raitoolkit.model.ReadinessQuestion;
import org.raitoolkit.model.ReadinessResult;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.RecordState;
import org.raitoolkit.model.ReviewTrigger;
import org.raitoolkit.model.RightAtStake;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskBand;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.RoadmapAction;
import org.raitoolkit.model.RoadmapPhase;
import org.raitoolkit.model.RuleSetStamp;
import org.raitoolkit.model.ScaleLevel;
import org.raitoolkit.model.ScoringPolicy;
import org.raitoolkit.model.Severity;
import org.raitoolkit.model.SeverityCriteria;
import org.raitoolkit.model.Sourcing;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.model.WorkbookItem;
import org.raitoolkit.model.WorkbookResult;
import org.raitoolkit.model.WorkbookStatus;

/**
 * A small content pack and one report of each kind, written out by hand as a caller with stored
 * results would have them: no engine and no content files. Each method builds new objects, so
 * two calls give equal but separate reports.
 */
final class Fixtures {

    static final Instant FIXED_TIME = Instant.parse("2026-01-15T09:30:00Z");
    static final Clock FIXED_CLOCK = Clock.fixed(FIXED_TIME, ZoneOffset.UTC);

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String LINK = "](javascript:x)";
    static final String LONG_LINE = "A".repeat(2500) + "B".repeat(2500);

    /**
     * The report section that the EU AI Act rule set declares, as the reports receive it from an
     * engine's provenance: this module knows no rule set, and writes what it is given.
     */
    static final org.raitoolkit.model.ReportSection EU_SECTION = org.raitoolkit.model.ReportSection
            .builder("euAiAct", "EU AI Act", "EU-AI-ACT")
            .single("CATEGORY", "category", "path", "reference")
            .list("obligations", "OBLIGATION", "code", "text", "article", "applicableFrom", "appliesOnAssessmentDate", "dateStatus")
            .list("missingPreconditions", "MISSING_PRECONDITION", "code", "text", "article",
                    "applicableFrom", "appliesOnAssessmentDate", "dateStatus")
            .single("NOTICE", null, "notice", null)
            .build();

    static final String DEFAULT_RULES_DIGEST = "aa".repeat(32);
    static final String LOCAL_RULES_DIGEST = "bb".repeat(32);
    static final String PACK_DIGEST = "cc".repeat(32);

    static final Provenance PROVENANCE = new Provenance("9.8.7", List.of("DEFAULT", "LOCAL-POLICY"),
            "0123456789abcdef".repeat(4), "TEST-PACK", "0.1.0", List.of(EU_SECTION),
            List.of(new RuleSetStamp("DEFAULT", DEFAULT_RULES_DIGEST), new RuleSetStamp("LOCAL-POLICY", LOCAL_RULES_DIGEST)),
            PACK_DIGEST);

    /** The same provenance as an older engine gives it: no digest of each rule set or of the pack. */
    static final Provenance PROVENANCE_WITHOUT_DIGESTS = new Provenance("9.8.7", List.of("DEFAULT", "LOCAL-POLICY"),
            "0123456789abcdef".repeat(4), "TEST-PACK", "0.1.0", List.of(EU_SECTION));

    private Fixtures() {
    }

    /** Reports on {@link #pack()} stamped with {@link #FIXED_TIME}. */
    static Reports reports() {
        return Reports.of(pack(), PROVENANCE, FIXED_CLOCK);
    }

    // ---------------------------------------------------------------- the content pack

    /** Two principles, two readiness dimensions, three risk factors, two workbook items, a roadmap and scales. */
    static ContentPack pack() {
        List<Principle> principles = List.of(
                new Principle("LAW", "Lawfulness", "Every use rests on a clear basis in law.",
                        List.of(new InstrumentalPrinciple("LAW.NECESSITY", "Necessity", "No less intrusive means would do."))),
                new Principle("FAIRNESS", "Fairness", "Nobody is treated worse for who they are.",
                        List.of(new InstrumentalPrinciple("FAIRNESS.EQUALITY", "Equality", "Errors fall evenly on all groups."))));
        List<ReadinessDimension> dimensions = List.of(
                new ReadinessDimension("GOVERNANCE", "Governance", "Who decides, and who is accountable."),
                new ReadinessDimension("DATA", "Data management", "How data is kept, checked and deleted."));
        List<ReadinessQuestion> questions = List.of(
                new ReadinessQuestion("RQ-GOV-OWNER", "GOVERNANCE", "Is one person accountable for each AI system?",
                        "Name them.", List.of("LAW"), 3, true),
                new ReadinessQuestion("RQ-DATA-RETENTION", "DATA", "Are retention periods set and enforced?",
                        "Check the deletion logs.", List.of("LAW.NECESSITY"), 2, false));
        List<RiskFactor> factors = List.of(
                factor("RF-CHILLING-EFFECT", "Chilling effect on assembly", "LAW.NECESSITY",
                        new Applicability(Set.of(), Set.of(ProfileFact.PUBLICLY_ACCESSIBLE_SPACE), Set.of(), Set.of()),
                        mitigation("MIT-NO-ASSEMBLY-TARGETING", "No targeting of assemblies")),
                factor("RF-DEMOGRAPHIC-BIAS", "Demographic bias in matching", "FAIRNESS.EQUALITY",
                        new Applicability(Set.of(), Set.of(ProfileFact.PROCESSES_BIOMETRIC_DATA), Set.of(), Set.of()),
                        mitigation("MIT-BIAS-TEST", "Independent bias test"),
                        mitigation("MIT-HUMAN-CHECK", "Two officers check every match")),
                factor("RF-SUPPLIER-CLAIMS", "Unchecked supplier accuracy claims", "LAW.NECESSITY",
                        new Applicability(Set.of(), Set.of(ProfileFact.SUPPLIER_BUILT), Set.of(), Set.of()),
                        mitigation("MIT-SUPPLIER-AUDIT", "Audit of the supplier's tests")));
        List<WorkbookItem> items = List.of(
                new WorkbookItem("WB-DEP-LOGS", LifecycleStage.DEPLOYMENT, "LAW.NECESSITY", "Keep a log of every search.",
                        "Logs show who searched for what.", Audience.TECHNICAL),
                new WorkbookItem("WB-DEP-BIAS", LifecycleStage.DEPLOYMENT, "FAIRNESS.EQUALITY",
                        "Test matching accuracy per demographic group.", "Use local data.", Audience.TECHNICAL));
        List<RoadmapPhase> roadmap = List.of(
                new RoadmapPhase(1, "FOUNDATIONS", "Foundations", "Put accountability and basic data rules in place.",
                        ReadinessLevel.BEGINNING, List.of(
                                new RoadmapAction("RA-NAME-OWNERS", "Name an owner for each AI system.", Audience.LEADERSHIP,
                                        List.of("GOVERNANCE")),
                                new RoadmapAction("RA-CONTRACT-TERMS", "Add data terms to supplier contracts.",
                                        Audience.PROCUREMENT, List.of("DATA")))),
                new RoadmapPhase(2, "PRACTICE", "Practice", "Make the rules routine.", ReadinessLevel.DEVELOPING,
                        List.of(new RoadmapAction("RA-AUDIT", "Audit one system a year.", Audience.LEGAL_OVERSIGHT,
                                List.of("GOVERNANCE")))));
        return new ContentPack(new PackManifest("TEST-PACK", "0.1.0", "en", "A small pack for report tests",
                "Principles, factors and scales enough to render reports, written by hand."),
                principles, dimensions, questions, factors, items, roadmap, List.of(), List.of(), scoring());
    }

    private static RiskFactor factor(String id, String title, String principle, Applicability appliesWhen,
                                     Mitigation... mitigations) {
        return new RiskFactor(id, title, title + ", described.", List.of(principle), Set.of(RightAtStake.PRIVACY),
                appliesWhen, new RatingGuidance("How often.", "How bad."), 3, List.of(mitigations));
    }

    private static Mitigation mitigation(String id, String title) {
        return new Mitigation(id, title, title + ", described.", new MitigationEffect(1, 0));
    }

    private static ScoringPolicy scoring() {
        return new ScoringPolicy(
                scale(1, "RARE", "UNLIKELY", "POSSIBLE", "LIKELY", "ALMOST_CERTAIN"),
                scale(1, "MINIMAL", "MINOR", "MODERATE", "MAJOR", "CRITICAL"),
                scale(0, "NOT_IN_PLACE", "INITIAL", "DEVELOPING", "ESTABLISHED", "OPTIMISED"),
                List.of(new RiskBand(RiskLevel.LOW, 1, 4), new RiskBand(RiskLevel.MEDIUM, 5, 9),
                        new RiskBand(RiskLevel.HIGH, 10, 16), new RiskBand(RiskLevel.VERY_HIGH, 20, 25)),
                List.of(new ReadinessBand(ReadinessLevel.BEGINNING, 0), new ReadinessBand(ReadinessLevel.DEVELOPING, 25),
                        new ReadinessBand(ReadinessLevel.ESTABLISHED, 50), new ReadinessBand(ReadinessLevel.ADVANCED, 75)),
                2, ReadinessLevel.DEVELOPING, 4, List.of(), 3, RiskLevel.MEDIUM);
    }

    private static List<ScaleLevel> scale(int first, String... labels) {
        return IntStream.range(0, labels.length)
                .mapToObj(i -> new ScaleLevel(first + i, labels[i], labels[i].toLowerCase(Locale.ROOT)))
                .toList();
    }

    // ---------------------------------------------------------------- risk

    static SystemProfile system() {
        return SystemProfile.builder()
                .name("Live facial recognition at a public event")
                .purpose("Find missing people at a large public event.")
                .applicationArea(ApplicationArea.IMAGE_ANALYSIS)
                .lifecycleStage(LifecycleStage.DEPLOYMENT)
                .legalBasis(LegalBasis.YES)
                .processesBiometricData(true)
                .processesPersonalData(true)
                .realTime(true)
                .publiclyAccessibleSpace(true)
                .humanReviewOfOutputs(true)
                .sourcing(Sourcing.SUPPLIER)
                .dataSources(Set.of(DataSource.CCTV_AND_VIDEO, DataSource.CUSTODY_IMAGES))
                .attribute("watchListSize", "about 40 people")
                .build();
    }

    static RiskAnswers riskAnswers() {
        Map<String, FactorRating> ratings = new LinkedHashMap<>();
        ratings.put("RF-CHILLING-EFFECT", new FactorRating(Likelihood.POSSIBLE, null, new SeverityCriteria(4, 3, 4),
                List.of(MitigationClaim.ofId("MIT-NO-ASSEMBLY-TARGETING")), "crowds at a public event"));
        ratings.put("RF-DEMOGRAPHIC-BIAS", new FactorRating(Likelihood.POSSIBLE, Severity.MAJOR, null, List.of(),
                "supplier tested on other populations"));
        ratings.put("RF-SUPPLIER-CLAIMS", FactorRating.of(Likelihood.UNLIKELY, Severity.MODERATE));
        return new RiskAnswers(system(), ratings, ReadinessLevel.DEVELOPING);
    }

    /** What the engine could have concluded from {@link #riskAnswers()}: ESCALATE, one factor HIGH. */
    static RiskResult riskResult(SystemProfile system) {
        List<FactorResult> factors = List.of(
                new FactorResult("RF-CHILLING-EFFECT", "Chilling effect on assembly", List.of("LAW.NECESSITY"),
                        Likelihood.POSSIBLE, Severity.MAJOR, RiskLevel.HIGH, List.of("MIT-NO-ASSEMBLY-TARGETING"),
                        Likelihood.UNLIKELY, Severity.MAJOR, RiskLevel.MEDIUM, List.of(
                                matrix("RISK-MATRIX-INHERENT", "inherent", "RF-CHILLING-EFFECT", Likelihood.POSSIBLE, Severity.MAJOR,
                                        RiskLevel.HIGH),
                                Reason.withInputs("MITIGATION-APPLIED", "MIT-NO-ASSEMBLY-TARGETING lowers likelihood by 1",
                                        "factor", "RF-CHILLING-EFFECT", "mitigation", "MIT-NO-ASSEMBLY-TARGETING"),
                                matrix("RISK-MATRIX-RESIDUAL", "residual", "RF-CHILLING-EFFECT", Likelihood.UNLIKELY,
                                        Severity.MAJOR, RiskLevel.MEDIUM))),
                new FactorResult("RF-DEMOGRAPHIC-BIAS", "Demographic bias in matching", List.of("FAIRNESS.EQUALITY"),
                        Likelihood.POSSIBLE, Severity.MAJOR, RiskLevel.HIGH, List.of(),
                        Likelihood.POSSIBLE, Severity.MAJOR, RiskLevel.HIGH, List.of(
                                matrix("RISK-MATRIX-INHERENT", "inherent", "RF-DEMOGRAPHIC-BIAS", Likelihood.POSSIBLE,
                                        Severity.MAJOR, RiskLevel.HIGH),
                                matrix("RISK-MATRIX-RESIDUAL", "residual", "RF-DEMOGRAPHIC-BIAS", Likelihood.POSSIBLE,
                                        Severity.MAJOR, RiskLevel.HIGH))),
                new FactorResult("RF-SUPPLIER-CLAIMS", "Unchecked supplier accuracy claims", List.of("LAW.NECESSITY"),
                        Likelihood.UNLIKELY, Severity.MODERATE, RiskLevel.MEDIUM, List.of(),
                        Likelihood.UNLIKELY, Severity.MODERATE, RiskLevel.MEDIUM, List.of(
                                matrix("RISK-MATRIX-INHERENT", "inherent", "RF-SUPPLIER-CLAIMS", Likelihood.UNLIKELY,
                                        Severity.MODERATE, RiskLevel.MEDIUM))));
        List<PrincipleResult> principles = List.of(
                new PrincipleResult("LAW", "Lawfulness", RiskLevel.MEDIUM, List.of("LAW.NECESSITY"),
                        List.of(Reason.withInputs("CORE-FROM-INSTRUMENTAL", "LAW takes the level of LAW.NECESSITY",
                                "principle", "LAW", "level", "MEDIUM"))),
                new PrincipleResult("FAIRNESS", "Fairness", RiskLevel.HIGH, List.of("FAIRNESS.EQUALITY"),
                        List.of(Reason.withInputs("CORE-FROM-INSTRUMENTAL", "FAIRNESS takes the level of FAIRNESS.EQUALITY",
                                "principle", "FAIRNESS", "level", "HIGH"))));
        List<PrincipleResult> instrumental = List.of(
                new PrincipleResult("LAW.NECESSITY", "Necessity", RiskLevel.MEDIUM,
                        List.of("RF-CHILLING-EFFECT", "RF-SUPPLIER-CLAIMS"), List.of()),
                new PrincipleResult("FAIRNESS.EQUALITY", "Equality", RiskLevel.HIGH, List.of("RF-DEMOGRAPHIC-BIAS"), List.of()));
        List<Recommendation> recommendations = List.of(
                recommendation("REC-BIAS-TEST", "Test matching for demographic bias", Priority.CRITICAL, "FAIRNESS.EQUALITY",
                        LifecycleStage.DEPLOYMENT, Audience.TECHNICAL, "RF-DEMOGRAPHIC-BIAS"),
                recommendation("REC-SIGN-OFF", "Have leadership sign off the residual risk", Priority.HIGH, "LAW",
                        LifecycleStage.DECISION, Audience.LEADERSHIP, null),
                recommendation("REC-LEGAL-REVIEW", "Review the legal basis for each event", Priority.HIGH, "LAW.NECESSITY",
                        LifecycleStage.DEPLOYMENT, Audience.LEGAL_OVERSIGHT, null),
                recommendation("REC-CONTRACT-TESTS", "Require the supplier's test results in the contract", Priority.MEDIUM,
                        "LAW.NECESSITY", LifecycleStage.PROCUREMENT, Audience.PROCUREMENT, "RF-SUPPLIER-CLAIMS"),
                recommendation("REC-PUBLIC-NOTICE", "Tell the public where cameras search", Priority.MEDIUM, "LAW",
                        LifecycleStage.DEPLOYMENT, Audience.PUBLIC, null));
        List<Finding> findings = List.of(new Finding("LOCAL-POLICY", "NOTE", "EVENT-PERMIT",
                "The event permit must name the search.", "Policy 7", Map.of("permit", "required"),
                List.of(Reason.of("LOCAL-EVENT-PERMIT", "the system is used at public events"))));
        return new RiskResult(system, factors, principles, instrumental, RiskLevel.HIGH, Decision.ESCALATE,
                List.of(Reason.withInputs("DECISION-HIGH", "the overall residual level is HIGH", "overallLevel", "HIGH")),
                recommendations, findings,
                List.of("RISK-MATRIX-INHERENT", "MITIGATION-APPLIED", "RISK-MATRIX-RESIDUAL", "CORE-FROM-INSTRUMENTAL",
                        "DECISION-HIGH", "LOCAL-EVENT-PERMIT"));
    }

    private static Reason matrix(String ruleId, String which, String factor, Likelihood l, Severity s, RiskLevel level) {
        return Reason.withInputs(ruleId, which + " " + level + ": likelihood " + l + " x severity " + s + " = "
                + l.value() * s.value(), "factor", factor, "likelihood", l.name(), "severity", s.name());
    }

    private static Recommendation recommendation(String id, String title, Priority priority, String principle,
                                                 LifecycleStage stage, Audience audience, String factor) {
        Reason why = factor == null
                ? Reason.withInputs("REC-DECISION", "the decision is ESCALATE", "decision", "ESCALATE")
                : Reason.withInputs("REC-FACTOR", factor + " is at least MEDIUM", "factor", factor);
        return new Recommendation(id, title, title + ", as the text explains.", priority, principle, stage, audience,
                List.of(why));
    }

    /** The risk report: a supplier-built live facial recognition system, ESCALATE. */
    static RiskReport riskReport() {
        RiskAnswers answers = riskAnswers();
        return reports().risk(answers, riskResult(answers.system()));
    }

    /**
     * {@link #riskReport()} with hostile text in every free-text field: a script, a Markdown link
     * break-out, a 5,000-character line, a table-row break-out and control characters.
     */
    static RiskReport hostileRiskReport() {
        RiskAnswers base = riskAnswers();
        String hostile = SCRIPT + " " + LINK + " " + LONG_LINE;
        SystemProfile system = base.system().toBuilder()
                .name("Camera " + hostile)
                .purpose("Find people " + hostile + "\n| injected | row |\n# heading\n- item & more \"quoted\" 'single'")
                .attribute("watchListSource", "Secret list " + SCRIPT)
                .attribute("deploymentSite", "Central station, platform 4 " + LINK)
                .build();
        Map<String, FactorRating> ratings = new LinkedHashMap<>();
        base.ratings().forEach((id, r) -> ratings.put(id, new FactorRating(r.likelihood(), r.severity(), r.severityCriteria(),
                r.mitigations(), "Rationale " + hostile + "\n| injected | row |\u0007")));
        List<MitigationClaim> claims = List.of(new MitigationClaim("MIT-NO-ASSEMBLY-TARGETING", MitigationStatus.VERIFIED,
                "Evidence " + SCRIPT + " " + LINK + "\n| injected | row |"));
        return reports().risk(new RiskAnswers(system, ratings, base.organisationalReadiness(), hostileRecord()),
                withClaims(riskResult(system), 0, claims, false));
    }

    /** {@link #riskReport()} whose profile carries a rule set's typed facts, some of them left out. */
    static RiskReport typedFactsRiskReport() {
        RiskAnswers answers = riskAnswers();
        SystemProfile system = answers.system().toBuilder()
                .extension("nationalPermit", new PermitFacts(PermitFacts.Permit.GRANTED, 30, null,
                        java.time.LocalDate.of(2026, 11, 2), java.util.Set.of()))
                .build();
        return reports().risk(new RiskAnswers(system, answers.ratings(), answers.organisationalReadiness()), riskResult(system));
    }

    /** {@link #riskReport()} with the findings of the EU AI Act rule set: prohibited, with obligations. */
    static RiskReport euAiActRiskReport() {
        RiskAnswers answers = riskAnswers();
        RiskResult r = riskResult(answers.system());
        Reason refused = Reason.withInputs("EU-ART-5-3-REFUSED", "authorisation refused (Art. 5(3))",
                "authorisation", "REFUSED");
        List<Finding> findings = List.of(
                new Finding("EU-AI-ACT", "CATEGORY", "PROHIBITED", "prohibited under Art. 5(3): the authorisation was refused",
                        "Art. 5(3)", Map.of("applicableFrom", "2025-02-02", "dateStatus", "CONFIRMED", "grounds", "ART-5-3-REFUSED"),
                        List.of(refused)),
                new Finding("EU-AI-ACT", "MISSING_PRECONDITION", "AUTHORISATION-REFUSED", "the authorisation was refused",
                        "Art. 5(3)", List.of(refused)),
                new Finding("EU-AI-ACT", "NOTICE", "NOT-LEGAL-ADVICE", "This classification is not legal advice.", null,
                        List.of()),
                new Finding("EU-AI-ACT", "OBLIGATION", "ART-14-5", "verify each identification by two persons", "Art. 14(5)",
                        Map.of("applicableFrom", "2027-12-02", "appliesOnAssessmentDate", "true", "dateStatus", "UNVERIFIED",
                                "timelineEntry", "HIGH-RISK"),
                        List.of(refused)),
                new Finding("EU-AI-ACT", "OBLIGATION", "ART-5-3-STOP-AND-DELETE", "stop the use and delete its data",
                        "Art. 5(3)", List.of(refused)),
                new Finding("EU-AI-ACT", "PATH", "ART-5-3-REFUSED", "Art. 5(3) refused", "Art. 5(3)", List.of(refused)));
        List<Finding> all = new ArrayList<>(r.findings());
        all.addAll(findings);
        return reports().risk(answers, new RiskResult(r.system(), r.factors(), r.principles(), r.instrumentalPrinciples(),
                r.overallLevel(), Decision.DO_NOT_PROCEED, r.decisionReasons(), r.recommendations(), all, r.firedRules()));
    }

    /**
     * {@link #euAiActRiskReport()} with a recommendation that cites two provisions and an
     * obligation that cites one, and the same recommendation in a readiness report.
     */
    static List<Report> citedReports() {
        RiskReport eu = euAiActRiskReport();
        RiskResult r = eu.result();
        List<Citation> cites = List.of(new Citation("LED", "Art. 27", "EU"), new Citation("EU AI Act", "Art. 27", "EU"));
        Recommendation cited = new Recommendation("REC-DPIA", "Complete the impact assessments", "Do both before use.",
                Priority.HIGH, "LAW", LifecycleStage.DECISION, Audience.LEGAL_OVERSIGHT,
                List.of(Reason.of("REC-FACT", "the system processes personal data")), cites);
        List<Recommendation> recs = new ArrayList<>(r.recommendations());
        recs.add(0, cited);
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.add(new Finding("EU-AI-ACT", "OBLIGATION", "ART-26-6", "keep the logs six months", "Art. 26(6)",
                Map.of("applicableFrom", "2027-12-02"), List.of(Reason.of("EU-ART-26-6", "a high-risk system")),
                List.of(new Citation("EU AI Act", "Art. 26(6)", "EU"))));
        RiskReport risk = reports().risk(eu.input(), new RiskResult(r.system(), r.factors(), r.principles(),
                r.instrumentalPrinciples(), r.overallLevel(), r.decision(), r.decisionReasons(), recs, findings, r.firedRules()));
        ReadinessResult rr = readinessResult("Example police service");
        ReadinessReport readiness = reports().readiness(readinessAnswers("Example police service"),
                new ReadinessResult(rr.agency(), rr.dimensions(), rr.meanScore(), rr.overallLevel(), rr.overallReasons(),
                        rr.gaps(), rr.roadmapPhase(), rr.nextActions(), List.of(cited), rr.firedRules()));
        return List.of(risk, readiness);
    }

    // ---------------------------------------------------------------- readiness

    static ReadinessAnswers readinessAnswers(String agency) {
        Map<String, MaturityLevel> answers = new LinkedHashMap<>();
        answers.put("RQ-GOV-OWNER", MaturityLevel.INITIAL);
        answers.put("RQ-DATA-RETENTION", MaturityLevel.UNKNOWN);
        return new ReadinessAnswers(agency, answers);
    }

    static ReadinessResult readinessResult(String agency) {
        return new ReadinessResult(agency,
                List.of(new DimensionResult("GOVERNANCE", "Governance", 25.0, ReadinessLevel.DEVELOPING, 0,
                                List.of(Reason.withInputs("DIMENSION-CAPPED", "a critical answer caps GOVERNANCE at DEVELOPING",
                                        "question", "RQ-GOV-OWNER"))),
                        new DimensionResult("DATA", "Data management", 0.0, ReadinessLevel.BEGINNING, 1, List.of())),
                12.5, ReadinessLevel.BEGINNING,
                List.of(Reason.withInputs("OVERALL-WEAKEST-LINK", "the overall level is the lowest dimension's",
                        "dimension", "DATA")),
                List.of(new ReadinessGap("RQ-GOV-OWNER", "GOVERNANCE", "Is one person accountable for each AI system?",
                                MaturityLevel.INITIAL, true),
                        new ReadinessGap("RQ-DATA-RETENTION", "DATA", "Are retention periods set and enforced?",
                                MaturityLevel.UNKNOWN, false)),
                new RoadmapPhase(1, "FOUNDATIONS", "Foundations", "Put accountability and basic data rules in place.",
                        ReadinessLevel.BEGINNING, List.of(new RoadmapAction("RA-NAME-OWNERS", "Name an owner for each AI system.",
                                Audience.LEADERSHIP, List.of("GOVERNANCE")))),
                List.of(new RoadmapAction("RA-NAME-OWNERS", "Name an owner for each AI system.", Audience.LEADERSHIP,
                                List.of("GOVERNANCE")),
                        new RoadmapAction("RA-CONTRACT-TERMS", "Add data terms to supplier contracts.", Audience.PROCUREMENT,
                                List.of("DATA"))),
                List.of(new Recommendation("REC-READINESS-OWNER", "Name accountable owners", "Each system needs one.",
                        Priority.HIGH, "LAW", LifecycleStage.DECISION, Audience.LEADERSHIP,
                        List.of(Reason.withInputs("REC-DIMENSION", "GOVERNANCE is at most DEVELOPING", "dimension", "GOVERNANCE")))),
                List.of("DIMENSION-CAPPED", "OVERALL-WEAKEST-LINK", "REC-DIMENSION"));
    }

    /** The readiness report of an agency at the beginning. */
    static ReadinessReport readinessReport(String agency) {
        return reports().readiness(readinessAnswers(agency), readinessResult(agency));
    }

    static ReadinessReport readinessReport() {
        return readinessReport("Example police service");
    }

    static ReadinessReport hostileReadinessReport() {
        String agency = "Agency " + SCRIPT + " " + LINK;
        return reports().readiness(readinessAnswers(agency).withAssessment(hostileRecord()), readinessResult(agency));
    }

    // ---------------------------------------------------------------- workbook

    static WorkbookAnswers workbookAnswers(String system) {
        Map<String, WorkbookStatus> answers = new LinkedHashMap<>();
        answers.put("WB-DEP-LOGS", WorkbookStatus.DONE);
        answers.put("WB-DEP-BIAS", WorkbookStatus.NOT_DONE);
        return new WorkbookAnswers(system, answers);
    }

    static WorkbookResult workbookResult(String system) {
        return new WorkbookResult(system, LifecycleStage.DEPLOYMENT,
                List.of(new PrincipleCompletion("LAW.NECESSITY", 1, 0, 0, 0, 100.0),
                        new PrincipleCompletion("FAIRNESS.EQUALITY", 0, 0, 1, 0, 0.0)),
                50.0,
                List.of(new ActionItem("WB-DEP-BIAS", "FAIRNESS.EQUALITY", "Test matching accuracy per demographic group.",
                                WorkbookStatus.NOT_DONE, RiskLevel.HIGH, Priority.HIGH, Audience.TECHNICAL,
                                List.of(Reason.withInputs("WB-ACTION-RATED", "FAIRNESS.EQUALITY is HIGH for this system",
                                        "principle", "FAIRNESS.EQUALITY", "level", "HIGH"))),
                        new ActionItem("WB-DEP-EXTRA", "LAW.NECESSITY", "Review the watch list before each event.",
                                WorkbookStatus.PARTIAL, RiskLevel.MEDIUM, Priority.MEDIUM, Audience.LEGAL_OVERSIGHT, List.of())),
                List.of("WB-ACTION-RATED"));
    }

    /** The deployment-stage workbook review of the risk report's system. */
    static WorkbookReport workbookReport(String system) {
        return reports().workbook(workbookAnswers(system), workbookResult(system));
    }

    static WorkbookReport workbookReport() {
        return workbookReport("Live facial recognition at a public event");
    }

    static WorkbookReport hostileWorkbookReport() {
        String system = "System " + SCRIPT + " " + LINK;
        return reports().workbook(workbookAnswers(system).withAssessment(hostileRecord()), workbookResult(system));
    }

    // ---------------------------------------------------------------- assessment records and mitigations

    /** The day {@link #FIXED_TIME} falls on: what the reports judge "overdue" against. */
    static final LocalDate REPORT_DAY = LocalDate.of(2026, 1, 15);

    static final String DECISION_REASON = "The event lasts one day and two officers check every match before anyone is stopped.";

    /**
     * A filed record whose agency decided PROCEED_WITH_CONDITIONS, milder than the toolkit's
     * ESCALATE, with the DPO's advice partly followed, one condition open and overdue, one open
     * and not yet due, one met, and the review overdue on {@link #REPORT_DAY}.
     */
    static AssessmentRecord finalRecord() {
        return new AssessmentRecord(RecordState.FINAL,
                List.of(new Assessor("Dana Reyes", "legal adviser", "Legal services"),
                        new Assessor("Sam Okafor", "data scientist", "Analytics unit")),
                LocalDate.of(2026, 1, 10),
                new DpoConsultation("Alex Moreau", LocalDate.of(2026, 1, 8),
                        "Limit the watch list to missing people and delete non-matches at once.",
                        AdviceOutcome.PARTLY_FOLLOWED, "Non-matches are kept for 24 hours to audit false matches."),
                Decision.PROCEED_WITH_CONDITIONS, DECISION_REASON,
                new Approval("Jo Rowe", "deputy chief officer", LocalDate.of(2026, 1, 12)),
                List.of(new AcceptedCondition("REC-BIAS-TEST", "Head of analytics", LocalDate.of(2026, 1, 1), null,
                                "On the force's own images."),
                        new AcceptedCondition("REC-LEGAL-REVIEW", "Force solicitor", LocalDate.of(2026, 3, 1), null, null),
                        new AcceptedCondition("REC-UNKNOWN", "Head of operations", LocalDate.of(2026, 1, 5),
                                LocalDate.of(2026, 1, 4), null)),
                LocalDate.of(2026, 1, 14),
                List.of(ReviewTrigger.MODEL_OR_SUPPLIER_CHANGE, ReviewTrigger.SERIOUS_INCIDENT));
    }

    /** A record being written: one assessor, a review date not yet due, nothing else; no state given. */
    static AssessmentRecord draftRecord() {
        return new AssessmentRecord(null, List.of(new Assessor("Dana Reyes", null, null)), null, null, null, null, null,
                List.of(), LocalDate.of(2026, 6, 30), List.of());
    }

    /** A record with hostile text in every free-text field. */
    static AssessmentRecord hostileRecord() {
        String h = SCRIPT + " " + LINK + "\n| injected | row |\n# heading\u0007";
        return new AssessmentRecord(RecordState.FINAL, List.of(new Assessor("Name " + h, "Role " + h, "Unit " + h)),
                LocalDate.of(2026, 1, 10),
                new DpoConsultation("Officer " + h, LocalDate.of(2026, 1, 8), "Advice " + h, AdviceOutcome.NOT_FOLLOWED,
                        "Reason " + h),
                Decision.PROCEED, "Decision reason " + h, new Approval("Approver " + h, "Role " + h, LocalDate.of(2026, 1, 12)),
                List.of(new AcceptedCondition("REC-" + h, "Owner " + h, LocalDate.of(2026, 2, 1), null, "Note " + h)),
                LocalDate.of(2026, 7, 1), List.of(ReviewTrigger.CHANGE_IN_LAW));
    }

    /** {@link #riskReport()} with {@code record} in its answers. */
    static RiskReport riskReport(AssessmentRecord record) {
        RiskAnswers answers = riskAnswers().withAssessment(record);
        return reports().risk(answers, riskResult(answers.system()));
    }

    static ReadinessReport readinessReport(AssessmentRecord record) {
        return reports().readiness(readinessAnswers("Example police service").withAssessment(record),
                readinessResult("Example police service"));
    }

    static WorkbookReport workbookReport(AssessmentRecord record) {
        String system = "Live facial recognition at a public event";
        return reports().workbook(workbookAnswers(system).withAssessment(record), workbookResult(system));
    }

    /** One report of each kind with {@code record}. */
    static List<Report> allKinds(AssessmentRecord record) {
        return List.of(riskReport(record), readinessReport(record), workbookReport(record));
    }

    /**
     * {@link #riskReport()} where the bias factor has a PLANNED bias test and VERIFIED human
     * checks, the reduction held by the cap, and the chilling-effect factor a mitigation given by
     * its id alone, as older answer files give it.
     */
    static RiskReport mitigatedRiskReport() {
        RiskAnswers base = riskAnswers();
        List<MitigationClaim> bias = List.of(
                new MitigationClaim("MIT-BIAS-TEST", MitigationStatus.PLANNED, "Test plan TP-7"),
                new MitigationClaim("MIT-HUMAN-CHECK", MitigationStatus.VERIFIED, "Audit report AR-2026-03"));
        Map<String, FactorRating> ratings = new LinkedHashMap<>(base.ratings());
        ratings.put("RF-DEMOGRAPHIC-BIAS", ratings.get("RF-DEMOGRAPHIC-BIAS").withMitigations(bias));
        RiskAnswers answers = new RiskAnswers(base.system(), ratings, base.organisationalReadiness());
        RiskResult result = withClaims(riskResult(answers.system()), 0,
                List.of(MitigationClaim.ofId("MIT-NO-ASSEMBLY-TARGETING")), false);
        return reports().risk(answers, withClaims(result, 1, bias, true));
    }

    /** {@code r} with the factor at {@code index} reporting {@code claims}, those in place applied. */
    private static RiskResult withClaims(RiskResult r, int index, List<MitigationClaim> claims, boolean capped) {
        List<FactorResult> factors = new ArrayList<>(r.factors());
        FactorResult f = factors.get(index);
        List<String> applied = claims.stream().filter(MitigationClaim::lowersRisk).map(MitigationClaim::id).toList();
        factors.set(index, new FactorResult(f.factorId(), f.title(), f.principles(), f.likelihood(), f.severity(),
                f.inherentLevel(), applied, f.residualLikelihood(), f.residualSeverity(), f.residualLevel(), f.reasons(),
                claims, capped));
        return new RiskResult(r.system(), factors, r.principles(), r.instrumentalPrinciples(), r.overallLevel(), r.decision(),
                r.decisionReasons(), r.recommendations(), r.findings(), r.firedRules());
    }

    /** One report of each kind. */
    static List<Report> allKinds() {
        return List.of(riskReport(), readinessReport(), workbookReport());
    }

    /** One report of each kind with hostile user text. */
    static List<Report> hostile() {
        return List.of(hostileRiskReport(), hostileReadinessReport(), hostileWorkbookReport());
    }
}
