package org.raitoolkit.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.raitoolkit.model.ActionItem;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.RecommendationTemplate;
import org.raitoolkit.model.TriggerKind;
import org.raitoolkit.model.DimensionResult;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.PrincipleResult;
import org.raitoolkit.model.ReadinessResult;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.WorkbookResult;
import org.raitoolkit.rules.RuleInfo;
import org.raitoolkit.rules.RuleSetViolationException;
import org.raitoolkit.rules.spi.DimensionScore;
import org.raitoolkit.rules.spi.FactorScore;
import org.raitoolkit.rules.spi.PrincipleScore;
import org.raitoolkit.rules.spi.ReadinessOverall;
import org.raitoolkit.rules.spi.RiskDecision;
import org.raitoolkit.rules.spi.RiskOverall;

/**
 * Checks a result of an engine with extension rule sets against the floor: the result the default
 * rules alone give for the same input. Extensions may add and make stricter, never milder; the
 * fact types keep honest rules on that path, but a rule can delete and re-insert a fact, so the
 * engine checks the outcome itself, however it was reached. Stateless.
 */
final class Floor {

    /** The working facts whose changes explain each part of a risk result, and all of them for the rest. */
    private static final List<Class<?>> RISK_FACTS = List.of(FactorScore.class, PrincipleScore.class, RiskOverall.class,
            RiskDecision.class, Recommendation.class);
    private static final List<Class<?>> READINESS_FACTS = List.of(DimensionScore.class, ReadinessOverall.class, Recommendation.class);
    private static final List<Class<?>> WORKBOOK_FACTS = List.of(ActionItem.class);

    private final List<String> extensionSets;
    private final Map<String, RuleInfo> rules;
    /**
     * The recommendations issued for one decision exactly, by id: a stricter decision replaces
     * the floor's decision, and its recommendation with it.
     */
    private final Map<String, Decision> forDecision;

    Floor(List<String> extensionSets, Map<String, RuleInfo> rules, List<RecommendationTemplate> catalogue) {
        this.extensionSets = List.copyOf(extensionSets);
        this.rules = rules;
        Map<String, Decision> bound = new HashMap<>();
        for (RecommendationTemplate t : catalogue) {
            if (t.trigger().on() == TriggerKind.DECISION) {
                bound.put(t.id(), t.trigger().decision());
            }
        }
        this.forDecision = Map.copyOf(bound);
    }

    /** One part of the result that is milder than the floor, and the fact type whose changes explain it. */
    private record Softened(String what, Class<?> fact) {
    }

    void risk(RiskResult result, RiskResult floor, ExtensionWatch watch) {
        List<Softened> found = new ArrayList<>();
        Map<String, FactorResult> factors = new HashMap<>();
        result.factors().forEach(f -> factors.put(f.factorId(), f));
        for (FactorResult f : floor.factors()) {
            FactorResult x = factors.get(f.factorId());
            if (x == null) {
                found.add(new Softened("factor " + f.factorId() + " is missing, which the default rules score", FactorScore.class));
                continue;
            }
            level(found, "inherent level of factor " + f.factorId(), x.inherentLevel(), f.inherentLevel(), FactorScore.class);
            level(found, "residual level of factor " + f.factorId(), x.residualLevel(), f.residualLevel(), FactorScore.class);
        }
        Map<String, PrincipleResult> principles = new HashMap<>();
        Stream.concat(result.principles().stream(), result.instrumentalPrinciples().stream()).forEach(p -> principles.put(p.principleId(), p));
        Stream.concat(floor.principles().stream(), floor.instrumentalPrinciples().stream()).forEach(p -> {
            PrincipleResult x = principles.get(p.principleId());
            level(found, "level of principle " + p.principleId(), x == null ? null : x.level(), p.level(), PrincipleScore.class);
        });
        level(found, "overall level", result.overallLevel(), floor.overallLevel(), RiskOverall.class);
        if (result.decision() == null || result.decision().compareTo(floor.decision()) < 0) {
            found.add(new Softened("decision " + result.decision() + " is milder than " + floor.decision()
                    + ", which the default rules give", RiskDecision.class));
        }
        List<Recommendation> expected = floor.recommendations().stream()
                .filter(r -> !forDecision.containsKey(r.id()) || forDecision.get(r.id()) == result.decision()).toList();
        recommendations(found, result.recommendations(), expected);
        report(found, watch, RISK_FACTS);
    }

    void readiness(ReadinessResult result, ReadinessResult floor, ExtensionWatch watch) {
        List<Softened> found = new ArrayList<>();
        Map<String, DimensionResult> dimensions = new HashMap<>();
        result.dimensions().forEach(d -> dimensions.put(d.dimensionId(), d));
        for (DimensionResult d : floor.dimensions()) {
            DimensionResult x = dimensions.get(d.dimensionId());
            if (d.level() != null && (x == null || x.level() == null || x.level().compareTo(d.level()) > 0)) {
                found.add(new Softened("readiness of dimension " + d.dimensionId() + " is " + (x == null ? "missing" : x.level())
                        + ", higher than " + d.level() + ", which the default rules give", DimensionScore.class));
            }
        }
        if (floor.overallLevel() != null && (result.overallLevel() == null || result.overallLevel().compareTo(floor.overallLevel()) > 0)) {
            found.add(new Softened("overall readiness " + result.overallLevel() + " is higher than " + floor.overallLevel()
                    + ", which the default rules give", ReadinessOverall.class));
        }
        if (floor.roadmapPhase() != null && (result.roadmapPhase() == null || result.roadmapPhase().number() > floor.roadmapPhase().number())) {
            found.add(new Softened("roadmap phase " + (result.roadmapPhase() == null ? "none" : result.roadmapPhase().id())
                    + " is later than " + floor.roadmapPhase().id() + ", where the default rules place the agency", ReadinessOverall.class));
        }
        recommendations(found, result.recommendations(), floor.recommendations());
        report(found, watch, READINESS_FACTS);
    }

    void workbook(WorkbookResult result, WorkbookResult floor, ExtensionWatch watch) {
        List<Softened> found = new ArrayList<>();
        Map<String, ActionItem> items = new HashMap<>();
        result.actionPlan().forEach(a -> items.merge(a.itemId(), a, (a1, a2) -> a1.priority().compareTo(a2.priority()) <= 0 ? a1 : a2));
        for (ActionItem a : floor.actionPlan()) {
            ActionItem x = items.get(a.itemId());
            if (x == null) {
                found.add(new Softened("action " + a.itemId() + " is missing from the plan, where the default rules put it", ActionItem.class));
            } else if (x.priority().compareTo(a.priority()) > 0) {
                found.add(new Softened("action " + a.itemId() + " has priority " + x.priority() + ", less urgent than "
                        + a.priority() + ", which the default rules give", ActionItem.class));
            }
        }
        report(found, watch, WORKBOOK_FACTS);
    }

    /**
     * The exception for a fact the rules must leave exactly one of (the decision, the overall
     * level) when an extension removed it or added another.
     */
    RuleSetViolationException missing(Class<?> fact, String what, int count, ExtensionWatch watch) {
        return violation(List.of(new Softened(what + (count == 0 ? " was removed" : " was given " + count + " times")
                + ", so there is no single result to compare with the default rules", fact)), watch, List.of(fact));
    }

    private static void level(List<Softened> found, String what, RiskLevel actual, RiskLevel floor, Class<?> fact) {
        if (floor != null && (actual == null || actual.compareTo(floor) < 0)) {
            found.add(new Softened(what + " " + (actual == null ? "is missing" : "is " + actual) + ", lower than " + floor
                    + ", which the default rules give", fact));
        }
    }

    private static void recommendations(List<Softened> found, List<Recommendation> result, List<Recommendation> floor) {
        Map<String, Recommendation> byId = new HashMap<>();
        result.forEach(r -> byId.put(r.id(), r));
        for (Recommendation r : floor) {
            Recommendation x = byId.get(r.id());
            if (x == null) {
                found.add(new Softened("recommendation " + r.id() + " is missing, which the default rules issue", Recommendation.class));
            } else if (x.priority().compareTo(r.priority()) > 0) {
                found.add(new Softened("recommendation " + r.id() + " has priority " + x.priority() + ", less urgent than "
                        + r.priority() + ", which the default rules give", Recommendation.class));
            }
        }
    }

    private void report(List<Softened> found, ExtensionWatch watch, Collection<Class<?>> facts) {
        if (!found.isEmpty()) {
            throw violation(found, watch, facts);
        }
    }

    private RuleSetViolationException violation(List<Softened> found, ExtensionWatch watch, Collection<Class<?>> facts) {
        Set<String> culprits = new LinkedHashSet<>();
        found.forEach(s -> culprits.addAll(watch.writersOf(s.fact())));
        if (culprits.isEmpty()) {
            // A level can fall because a fact it is computed from was removed: name every writer.
            culprits.addAll(watch.writersOfAny(facts));
        }
        Set<String> sets = new LinkedHashSet<>();
        for (String id : culprits) {
            RuleInfo info = rules.get(id);
            if (info != null) {
                sets.add(info.ruleSet());
            }
        }
        if (sets.isEmpty()) {
            sets.addAll(extensionSets);
        }
        List<String> what = found.stream().map(Softened::what).distinct().toList();
        StringBuilder m = new StringBuilder("the result is milder than the default rules allow, so it is not returned: ")
                .append(String.join("; ", what)).append(". Extension rule set").append(sets.size() == 1 ? " " : "s ")
                .append(String.join(", ", sets)).append(" may only add to a result or make it stricter. ");
        if (culprits.isEmpty()) {
            m.append("No extension rule changed the facts concerned directly.");
        } else {
            m.append("Changed by ").append(String.join(", ", culprits.stream().map(this::describe).toList())).append('.');
        }
        return new RuleSetViolationException(m.toString(), what, List.copyOf(sets), List.copyOf(culprits));
    }

    private String describe(String id) {
        RuleInfo info = rules.get(id);
        return info == null ? "rule " + id
                : "rule " + id + " (rule set " + info.ruleSet() + (info.file().isEmpty() ? "" : ", file " + info.file()) + ")";
    }
}
