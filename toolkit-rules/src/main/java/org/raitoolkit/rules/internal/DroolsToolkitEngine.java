package org.raitoolkit.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.kie.api.KieBase;
import org.raitoolkit.content.AnswerChecks;
import org.raitoolkit.content.Constraints;
import org.raitoolkit.model.ActionItem;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.DimensionResult;
import org.raitoolkit.model.FactSection;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.InstrumentalPrinciple;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.MaturityLevel;
import org.raitoolkit.model.Mitigation;
import org.raitoolkit.model.Principle;
import org.raitoolkit.model.PrincipleCompletion;
import org.raitoolkit.model.PrincipleResult;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.ReadinessGap;
import org.raitoolkit.model.ReadinessQuestion;
import org.raitoolkit.model.ReadinessResult;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.RecommendationTemplate;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.model.TriggerKind;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.model.WorkbookItem;
import org.raitoolkit.model.WorkbookResult;
import org.raitoolkit.model.WorkbookStatus;
import org.raitoolkit.rules.RuleInfo;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.rules.spi.AssessmentDay;
import org.raitoolkit.rules.spi.DimensionScore;
import org.raitoolkit.rules.spi.FactorScore;
import org.raitoolkit.rules.spi.ItemStatus;
import org.raitoolkit.rules.spi.MitigationInPlace;
import org.raitoolkit.rules.spi.MitigationPlanned;
import org.raitoolkit.rules.spi.OrganisationalReadiness;
import org.raitoolkit.rules.spi.PrincipleRisk;
import org.raitoolkit.rules.spi.PrincipleScore;
import org.raitoolkit.rules.spi.QuestionAnswer;
import org.raitoolkit.rules.spi.RatedFactor;
import org.raitoolkit.rules.spi.ReadinessOverall;
import org.raitoolkit.rules.spi.RiskDecision;
import org.raitoolkit.rules.spi.RiskOverall;

/**
 * The Drools implementation of {@link ToolkitEngine}. The {@link KieBase} is compiled once;
 * each assessment inserts facts in content order (so that the order of the caller's maps never
 * changes a result), runs the phases, and turns the facts left behind into immutable results.
 */
public final class DroolsToolkitEngine implements ToolkitEngine {

    private static final String VERSION = readVersion();

    private final ContentPack pack;
    private final KieBase kieBase;
    private final Clock clock;
    private final List<String> ruleSetIds;
    private final String hash;
    private final List<org.raitoolkit.model.RuleSetStamp> digests;
    /** The pack's digest, computed on first use: most engines never put one in a report. */
    private volatile String packDigest;
    private final List<RuleInfo> rules;
    /** The typed fact sections of the engine's rule sets, by key. */
    private final Map<String, FactSection<?>> factSections;
    /** The report sections of the engine's rule sets, in rule-set order. */
    private final List<org.raitoolkit.model.ReportSection> reportSections;
    /** Content order of factors and questions, for sorting results; built once per engine. */
    private final Map<String, Integer> factorOrder = new HashMap<>();
    private final Map<String, Integer> questionOrder = new HashMap<>();
    /**
     * The catalogue split by the assessment its trigger is about: a readiness trigger cannot
     * fire in a risk session nor the reverse, and each template inserted costs a pass through
     * the network.
     */
    private final List<RecommendationTemplate> riskTemplates;
    private final List<RecommendationTemplate> readinessTemplates;

    private static final java.util.Set<TriggerKind> READINESS_TRIGGERS =
            java.util.EnumSet.of(TriggerKind.DIMENSION_AT_MOST, TriggerKind.DIMENSION_UNKNOWN_ANSWERS);

    private final Limits limits;
    private final Map<String, RuleInfo> ruleById = new HashMap<>();
    /**
     * The default rules alone, to compute the floor an extended result is checked against, and
     * what checks it; both {@code null} for an engine with the default rules only, which pays nothing.
     */
    private final KieBase floorBase;
    private final Floor floor;
    private final java.util.Set<String> extensionRules;

    private DroolsToolkitEngine(ContentPack pack, RuleCompiler.Compiled compiled, KieBase floorBase, List<String> ruleSetIds,
                                Map<String, FactSection<?>> factSections, List<org.raitoolkit.model.ReportSection> reportSections,
                                Clock clock, Limits limits) {
        this.factSections = factSections;
        this.reportSections = List.copyOf(reportSections);
        this.pack = pack;
        this.clock = clock;
        this.limits = limits;
        this.kieBase = compiled.kieBase();
        this.hash = compiled.hash();
        this.digests = compiled.digests();
        this.rules = compiled.rules();
        this.ruleSetIds = List.copyOf(ruleSetIds);
        rules.forEach(r -> ruleById.put(r.id(), r));
        this.floorBase = floorBase;
        this.extensionRules = rules.stream().filter(r -> !DefaultRules.ID.equals(r.ruleSet())).map(RuleInfo::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.floor = floorBase == null ? null : new Floor(this.ruleSetIds.subList(1, this.ruleSetIds.size()), ruleById, pack.recommendations());
        for (int i = 0; i < pack.riskFactors().size(); i++) {
            factorOrder.put(pack.riskFactors().get(i).id(), i);
        }
        for (int i = 0; i < pack.readinessQuestions().size(); i++) {
            questionOrder.put(pack.readinessQuestions().get(i).id(), i);
        }
        this.readinessTemplates = pack.recommendations().stream()
                .filter(t -> READINESS_TRIGGERS.contains(t.trigger().on())).toList();
        this.riskTemplates = pack.recommendations().stream()
                .filter(t -> !READINESS_TRIGGERS.contains(t.trigger().on())).toList();
    }

    /** Compiles the default rules and {@code extra} for {@code pack}; {@code clock} gives the day of each assessment. */
    public static ToolkitEngine build(ContentPack pack, List<RuleSet> extra, Clock clock) {
        return build(pack, extra, clock, Limits.DEFAULT);
    }

    /** As {@link #build(ContentPack, List, Clock)}, stopping each assessment at {@code limits}. */
    public static ToolkitEngine build(ContentPack pack, List<RuleSet> extra, Clock clock, Limits limits) {
        List<RuleSet> all = new ArrayList<>();
        all.add(DefaultRules.ruleSet());
        all.addAll(extra);
        List<String> ids = all.stream().map(RuleSet::id).toList();
        if (ids.stream().distinct().count() != ids.size()) {
            throw new InvalidInputException("rule sets are not valid", List.of(
                    new Problem("<rule sets>", 0, 0, "", "two rule sets share an id: " + ids + "; each needs its own")));
        }
        Map<String, FactSection<?>> sections = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (RuleSet set : all) {
            for (FactSection<?> section : set.facts()) {
                if (sections.putIfAbsent(section.key(), section) != null) {
                    problems.add(new Problem("<rule sets>", 0, 0, "", "rule set " + set.id() + " declares the fact section '"
                            + section.key() + "', which another rule set declares too; each key belongs to one rule set"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("rule sets are not valid", problems);
        }
        List<org.raitoolkit.model.ReportSection> reportSections = all.stream().flatMap(s -> s.reportSections().stream()).toList();
        // The precompiled default rules load in milliseconds: the floor costs an engine with
        // extensions little to build, and one with the default rules only nothing.
        KieBase floorBase = extra.isEmpty() ? null : RuleCompiler.compile(List.of(DefaultRules.ruleSet())).kieBase();
        return new DroolsToolkitEngine(pack, RuleCompiler.compile(all), floorBase, ids,
                java.util.Collections.unmodifiableMap(sections), reportSections, clock, limits);
    }

    // ----------------------------------------------------------------------------------- risk

    @Override
    public RiskResult assessRisk(RiskAnswers answers) {
        check("risk answers", answers, () -> {
            List<Problem> problems = new ArrayList<>(AnswerChecks.all(pack, answers));
            if (answers.system() != null) {
                problems.addAll(extensionProblems(answers.system()));
            }
            return problems;
        });
        RiskResult result;
        if (floor == null) {
            result = risk(kieBase, answers, null);
        } else {
            ExtensionWatch watch = watch();
            result = risk(kieBase, answers, watch);
            floor.risk(result, risk(floorBase, answers, null), watch);
        }
        checkRecord("risk answers", answers.assessment(), result.decision(), result.recommendations());
        return result;
    }

    /**
     * Checks an assessment record against the result it records: the agency's decision, and the
     * recommendations its conditions answer.
     */
    private static void checkRecord(String what, org.raitoolkit.model.AssessmentRecord record, org.raitoolkit.model.Decision decision,
                                    List<Recommendation> recommendations) {
        check(what, record == null ? "" : record, () -> AnswerChecks.recordAgainstResult(record, decision,
                recommendations.stream().map(Recommendation::id).toList()));
    }

    /** A watch over one session of this engine's extended rules. */
    private ExtensionWatch watch() {
        return new ExtensionWatch(limits, extensionRules);
    }

    private RuleSession session(KieBase base, ExtensionWatch watch) {
        return new RuleSession(base, limits, ruleById, watch);
    }

    private RiskResult risk(KieBase base, RiskAnswers answers, ExtensionWatch watch) {
        try (RuleSession session = session(base, watch)) {
            SystemProfile profile = answers.system();
            session.insert(profile);
            // Typed facts of the engine's rule sets; sections no rule set here reads are carried, not inserted.
            profile.extensions().forEach((key, facts) -> {
                if (factSections.containsKey(key)) {
                    session.insert(facts);
                }
            });
            session.insert(new AssessmentDay(LocalDate.now(clock)));
            session.insert(pack.scoring());
            session.insertAll(pack.scoring().riskBands());
            session.insertAll(pack.scoring().aggravations());
            session.insertAll(riskTemplates);
            for (Principle p : pack.principles()) {
                session.insert(new PrincipleScore(p.id(), p.name(), null));
                for (InstrumentalPrinciple i : p.instrumentalPrinciples()) {
                    session.insert(new PrincipleScore(i.id(), i.name(), p.id()));
                }
            }
            session.insert(new RiskOverall());
            session.insert(new RiskDecision());
            if (answers.organisationalReadiness() != null) {
                session.insert(new OrganisationalReadiness(answers.organisationalReadiness()));
            }
            for (RiskFactor factor : pack.riskFactors()) {
                FactorRating rating = answers.ratings().get(factor.id());
                if (rating == null) {
                    continue;
                }
                session.insert(new RatedFactor(factor, rating));
                for (Mitigation m : factor.mitigations()) {
                    rating.mitigation(m.id()).ifPresent(claim -> session.insert(claim.lowersRisk()
                            ? new MitigationInPlace(factor.id(), m, claim)
                            : new MitigationPlanned(factor.id(), m, claim)));
                }
            }
            session.run(Phases.RISK);
            return riskResult(profile, session, watch);
        }
    }

    private RiskResult riskResult(SystemProfile profile, RuleSession session, ExtensionWatch watch) {
        List<FactorResult> factors = session.facts(FactorScore.class).stream()
                .sorted(Comparator.comparingInt(s -> factorOrder.getOrDefault(s.getFactorId(), Integer.MAX_VALUE)))
                .map(s -> new FactorResult(s.getFactorId(), s.getFactor().title(), s.getFactor().principles(),
                        s.getLikelihood(), s.getSeverity(), s.getInherentLevel(), s.getMitigationsApplied(),
                        s.getResidualLikelihood(), s.getResidualSeverity(), s.getResidualLevel(), s.getReasons(),
                        inContentOrder(s), s.isReductionCapped()))
                .toList();
        Map<String, PrincipleScore> scores = new HashMap<>();
        session.facts(PrincipleScore.class).forEach(p -> scores.put(p.getId(), p));
        List<PrincipleResult> core = new ArrayList<>();
        List<PrincipleResult> instrumental = new ArrayList<>();
        for (Principle p : pack.principles()) {
            core.add(principleResult(present(scores.get(p.id()), PrincipleScore.class, "the level of principle " + p.id(), watch)));
            for (InstrumentalPrinciple i : p.instrumentalPrinciples()) {
                instrumental.add(principleResult(present(scores.get(i.id()), PrincipleScore.class,
                        "the level of principle " + i.id(), watch)));
            }
        }
        RiskOverall overall = single(session, RiskOverall.class, "the overall level", watch);
        RiskDecision decision = single(session, RiskDecision.class, "the decision", watch);
        List<org.raitoolkit.model.Reason> decisionReasons = new ArrayList<>(overall.getReasons());
        decisionReasons.addAll(decision.getDecidingReasons());
        return new RiskResult(profile, factors, core, instrumental, overall.getLevel(), decision.getDecision(),
                decisionReasons, recommendations(session), findings(session), session.firedRules());
    }

    /** The mitigations reported for a factor, in the factor's order in the pack, so that listing order changes nothing. */
    private static List<org.raitoolkit.model.MitigationClaim> inContentOrder(FactorScore s) {
        List<org.raitoolkit.model.MitigationClaim> claims = new ArrayList<>();
        for (Mitigation m : s.getFactor().mitigations()) {
            s.getRating().mitigation(m.id()).ifPresent(claims::add);
        }
        return claims;
    }

    /** The one fact of {@code type}; an extension that removed it, or added another, violates the floor. */
    private <T> T single(RuleSession session, Class<T> type, String what, ExtensionWatch watch) {
        if (watch == null) {
            return session.single(type);
        }
        List<T> found = session.facts(type);
        if (found.size() != 1) {
            throw floor.missing(type, what, found.size(), watch);
        }
        return found.get(0);
    }

    /** {@code fact}, which the engine inserted; an extension that deleted it violates the floor. */
    private <T> T present(T fact, Class<T> type, String what, ExtensionWatch watch) {
        if (fact == null && watch != null) {
            throw floor.missing(type, what, 0, watch);
        }
        return fact;
    }

    private static PrincipleResult principleResult(PrincipleScore s) {
        return new PrincipleResult(s.getId(), s.getName(), s.getLevel(), s.getSources(), s.getReasons());
    }

    // ------------------------------------------------------------------------------ readiness

    @Override
    public ReadinessResult assessReadiness(ReadinessAnswers answers) {
        check("readiness answers", answers, () -> AnswerChecks.all(pack, answers));
        ReadinessResult result;
        if (floor == null) {
            result = readiness(kieBase, answers, null);
        } else {
            ExtensionWatch watch = watch();
            result = readiness(kieBase, answers, watch);
            floor.readiness(result, readiness(floorBase, answers, null), watch);
        }
        checkRecord("readiness answers", answers.assessment(), null, result.recommendations());
        return result;
    }

    private ReadinessResult readiness(KieBase base, ReadinessAnswers answers, ExtensionWatch watch) {
        try (RuleSession session = session(base, watch)) {
            session.insert(pack.scoring());
            session.insertAll(readinessTemplates);
            session.insertAll(pack.roadmap());
            for (ReadinessQuestion q : pack.readinessQuestions()) {
                session.insert(new QuestionAnswer(q, answers.answers().getOrDefault(q.id(), MaturityLevel.UNKNOWN)));
            }
            pack.dimensions().forEach(d -> session.insert(new DimensionScore(d)));
            session.insert(new ReadinessOverall());
            session.run(Phases.READINESS);

            Map<String, DimensionScore> byId = new HashMap<>();
            session.facts(DimensionScore.class).forEach(d -> byId.put(d.getId(), d));
            List<DimensionResult> dimensions = pack.dimensions().stream()
                    .map(d -> present(byId.get(d.id()), DimensionScore.class, "the readiness of dimension " + d.id(), watch))
                    .map(d -> new DimensionResult(d.getId(), d.getDimension().name(), d.getScore(), d.getLevel(),
                            d.getUnknownAnswers(), d.getReasons()))
                    .toList();
            // Lowest answers first; UNKNOWN (a gap in knowledge) sorts with 0.
            List<ReadinessGap> gaps = session.facts(ReadinessGap.class).stream()
                    .sorted(Comparator.comparingInt((ReadinessGap g) -> g.answer().points())
                            .thenComparing(g -> !g.critical())
                            .thenComparingInt(g -> questionOrder.get(g.questionId())))
                    .toList();
            ReadinessOverall overall = single(session, ReadinessOverall.class, "the overall readiness", watch);
            return new ReadinessResult(answers.agency(), dimensions, overall.getMeanScore(), overall.getLevel(),
                    overall.getReasons(), gaps, overall.getPhase(), overall.getNextActions(),
                    recommendations(session), session.firedRules());
        }
    }

    // ------------------------------------------------------------------------------- workbook

    @Override
    public WorkbookResult evaluateWorkbook(RiskResult risk, LifecycleStage stage, WorkbookAnswers answers) {
        Map<String, PrincipleRisk> byPrinciple = new LinkedHashMap<>();
        for (PrincipleResult p : risk.instrumentalPrinciples()) {
            long count = risk.factors().stream().filter(f -> f.principles().contains(p.principleId())).count();
            byPrinciple.put(p.principleId(), new PrincipleRisk(p.principleId(), count == 0 ? null : p.level(), (int) count));
        }
        return workbook(stage, answers, byPrinciple.values());
    }

    @Override
    public WorkbookResult evaluateWorkbook(SystemProfile profile, LifecycleStage stage, WorkbookAnswers answers) {
        check("system profile", profile, () -> Constraints.check(profile));
        List<PrincipleRisk> risks = new ArrayList<>();
        for (InstrumentalPrinciple p : pack.instrumentalPrinciples()) {
            int count = (int) pack.riskFactors().stream()
                    .filter(f -> f.appliesTo(profile) && f.principles().contains(p.id())).count();
            risks.add(new PrincipleRisk(p.id(), null, count));
        }
        return workbook(stage, answers, risks);
    }

    private WorkbookResult workbook(LifecycleStage stage, WorkbookAnswers answers, java.util.Collection<PrincipleRisk> risks) {
        if (stage == null) {
            throw new InvalidInputException("workbook review is not valid", List.of(Problem.at("/stage",
                    "no life-cycle stage given; allowed: " + java.util.Arrays.toString(LifecycleStage.values()))));
        }
        check("workbook answers", answers, () -> {
            List<Problem> problems = new ArrayList<>(Constraints.check(answers));
            if (answers.answers().keySet().stream().allMatch(java.util.Objects::nonNull)) {
                problems.addAll(AnswerChecks.workbook(pack, answers, stage));
            }
            problems.addAll(AnswerChecks.record(answers.assessment(), false));
            return problems;
        });
        WorkbookResult result;
        if (floor == null) {
            result = workbook(kieBase, stage, answers, risks, null);
        } else {
            ExtensionWatch watch = watch();
            result = workbook(kieBase, stage, answers, risks, watch);
            floor.workbook(result, workbook(floorBase, stage, answers, risks, null), watch);
        }
        // A workbook's conditions answer items of its action plan.
        check("workbook answers", answers, () -> AnswerChecks.recordAgainstResult(answers.assessment(), null,
                result.actionPlan().stream().map(org.raitoolkit.model.ActionItem::itemId).toList()));
        return result;
    }

    private WorkbookResult workbook(KieBase base, LifecycleStage stage, WorkbookAnswers answers,
            java.util.Collection<PrincipleRisk> risks, ExtensionWatch watch) {
        try (RuleSession session = session(base, watch)) {
            List<WorkbookItem> items = pack.workbookItems(stage);
            for (int i = 0; i < items.size(); i++) {
                WorkbookItem item = items.get(i);
                session.insert(new ItemStatus(item, answers.answers().getOrDefault(item.id(), WorkbookStatus.NOT_DONE), i));
            }
            session.insertAll(pack.instrumentalPrinciples());
            session.insertAll(risks);
            session.run(Phases.WORKBOOK);

            Map<String, PrincipleCompletion> completions = new HashMap<>();
            session.facts(PrincipleCompletion.class).forEach(c -> completions.put(c.principleId(), c));
            List<PrincipleCompletion> completion = pack.instrumentalPrinciples().stream()
                    .map(p -> completions.get(p.id())).filter(java.util.Objects::nonNull).toList();
            Map<String, Integer> itemOrder = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                itemOrder.put(items.get(i).id(), i);
            }
            List<ActionItem> plan = session.facts(ActionItem.class).stream()
                    .sorted(Comparator.comparing(ActionItem::priority)
                            .thenComparing(a -> a.status() == WorkbookStatus.PARTIAL)
                            .thenComparingInt(a -> itemOrder.get(a.itemId())))
                    .toList();
            double done = 0;
            int applicable = 0;
            for (PrincipleCompletion c : completion) {
                done += c.done() + c.partial() / 2.0;
                applicable += c.done() + c.partial() + c.notDone();
            }
            double overall = applicable == 0 ? 100.0 : Math.round(done * 1000.0 / applicable) / 10.0;
            return new WorkbookResult(answers.system(), stage, completion, overall, plan, session.firedRules());
        }
    }

    // ---------------------------------------------------------------------------------- shared

    /**
     * The problems of the profile's typed facts for this engine's rule sets: a record of another
     * type than the section declares, a constraint broken, a fact required by a condition missing.
     */
    private List<Problem> extensionProblems(SystemProfile profile) {
        List<Problem> problems = new ArrayList<>();
        profile.extensions().forEach((key, facts) -> {
            FactSection<?> section = factSections.get(key);
            if (section == null) {
                return;
            }
            String base = "/system/" + key;
            if (!section.type().isInstance(facts)) {
                problems.add(Problem.at(base, "the facts are a " + facts.getClass().getSimpleName() + "; section '" + key
                        + "' holds a " + section.type().getSimpleName()));
                return;
            }
            Constraints.check(facts).forEach(p -> problems.add(
                    new Problem(p.source(), p.line(), p.column(), base + p.pointer(), p.message())));
            section.missingRequired(facts).forEach((name, condition) -> problems.add(
                    Problem.at(base + "/" + name, "missing; required when " + condition)));
        });
        return problems;
    }

    /** Throws, listing every problem {@code checks} finds in {@code input}, unless there are none. */
    private static void check(String what, Object input, java.util.function.Supplier<List<Problem>> checks) {
        if (input == null) {
            throw new InvalidInputException(what + " are not valid", List.of(Problem.at("", "no input given")));
        }
        List<Problem> problems = checks.get();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(what + " are not valid", problems);
        }
    }

    /**
     * The recommendations the rules inserted. One issued more than once (same id) is merged, its
     * reasons joined: the issues of one id are taken in the order of their reasons' text, so that
     * the merge does not depend on the order the rules fired in; the first issue gives the text,
     * the most urgent priority wins. Most urgent first, then by life-cycle stage (none last),
     * then by id.
     */
    private static List<Recommendation> recommendations(RuleSession session) {
        Map<String, List<Recommendation>> byId = new HashMap<>();
        for (Recommendation r : session.facts(Recommendation.class)) {
            byId.computeIfAbsent(r.id(), id -> new ArrayList<>()).add(r);
        }
        return byId.values().stream()
                .map(DroolsToolkitEngine::merge)
                .sorted(Comparator.comparing(Recommendation::priority)
                        .thenComparing(r -> r.stage() == null ? Integer.MAX_VALUE : r.stage().ordinal())
                        .thenComparing(Recommendation::id))
                .toList();
    }

    private static Recommendation merge(List<Recommendation> issues) {
        if (issues.size() == 1) {
            return issues.get(0);
        }
        issues.sort(Comparator.comparing(r -> r.reasons().toString()));
        Recommendation first = issues.get(0);
        Recommendation stricter = first;
        List<org.raitoolkit.model.Reason> reasons = new ArrayList<>(first.reasons());
        for (Recommendation r : issues.subList(1, issues.size())) {
            if (r.priority().compareTo(stricter.priority()) < 0) {
                stricter = r;
            }
            r.reasons().stream().filter(x -> !reasons.contains(x)).forEach(reasons::add);
        }
        // The same advice issued twice cites the same sources; a union keeps any that differ.
        List<org.raitoolkit.model.Citation> citations = new ArrayList<>();
        issues.forEach(r -> r.citations().stream().filter(c -> !citations.contains(c)).forEach(citations::add));
        return new Recommendation(first.id(), first.title(), first.text(), stricter.priority(), first.principle(),
                first.stage(), first.audience(), reasons, citations);
    }

    private static List<Finding> findings(RuleSession session) {
        return session.facts(Finding.class).stream()
                .sorted(Comparator.comparing(Finding::ruleSet).thenComparing(Finding::kind).thenComparing(Finding::code)
                        .thenComparing(Finding::text))
                .toList();
    }

    @Override
    public ContentPack content() {
        return pack;
    }

    @Override
    public List<String> ruleSets() {
        return ruleSetIds;
    }

    @Override
    public List<RuleInfo> rules() {
        return rules;
    }

    @Override
    public List<FactSection<?>> factSections() {
        return List.copyOf(factSections.values());
    }

    @Override
    public List<org.raitoolkit.model.ReportSection> reportSections() {
        return reportSections;
    }

    /**
     * Runs every phase on a session with no facts and returns the ids of the rules that fired.
     * For rule-set contract tests: a well-guarded rule fires on nothing.
     */
    public List<String> fireOnEmptySession() {
        try (RuleSession session = session(kieBase, null)) {
            List<String> phases = new ArrayList<>(Phases.RISK);
            phases.addAll(Phases.READINESS);
            phases.addAll(Phases.WORKBOOK);
            session.run(phases);
            return session.firedRules();
        }
    }

    @Override
    public String ruleSetHash() {
        return hash;
    }

    @Override
    public List<org.raitoolkit.model.RuleSetStamp> ruleSetDigests() {
        return digests;
    }

    @Override
    public String contentPackDigest() {
        String d = packDigest;
        if (d == null) {
            // Two threads may both compute it; they get the same value.
            d = org.raitoolkit.content.Digests.sha256(pack);
            packDigest = d;
        }
        return d;
    }

    @Override
    public String version() {
        return VERSION;
    }

    /** The library's version, as built. */
    static String libraryVersion() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = DroolsToolkitEngine.class.getResourceAsStream("/org/raitoolkit/rules/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
