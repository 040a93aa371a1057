package org.raitoolkit.examples.cli.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.raitoolkit.model.AcceptedCondition;
import org.raitoolkit.model.Approval;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.Assessor;
import org.raitoolkit.model.DpoConsultation;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.PrincipleResult;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.SystemProfile;

/**
 * Every change between two risk assessments of one system: answers (profile and ratings, with
 * each mitigation's status and evidence), the assessment record (approver, conditions, review
 * dates), levels, decision, recommendations and findings. Each change is one line a person can read.
 *
 * @param changes the changes, answers first, then the record, then results
 */
record RiskDiff(List<Change> changes) {

    /** One change: where, what it was, what it is ({@code null} for absent). */
    record Change(String section, String path, String before, String after) {
        @Override
        public String toString() {
            String b = Text.printable(before, 300);
            String a = Text.printable(after, 300);
            if (before == null) {
                return Text.printable(path, 200) + ": added " + a;
            }
            if (after == null) {
                return Text.printable(path, 200) + ": removed (was " + b + ")";
            }
            return Text.printable(path, 200) + ": " + b + " -> " + a;
        }
    }

    static RiskDiff between(RiskAnswers oldAnswers, RiskResult oldResult, RiskAnswers newAnswers, RiskResult newResult) {
        List<Change> c = new ArrayList<>();
        profile(oldAnswers.system(), newAnswers.system(), c);
        value(c, "answers", "organisationalReadiness", oldAnswers.organisationalReadiness(), newAnswers.organisationalReadiness());
        ratings(oldAnswers.ratings(), newAnswers.ratings(), c);
        record(oldAnswers.assessment(), newAnswers.assessment(), c);
        value(c, "results", "decision", oldResult.decision(), newResult.decision());
        value(c, "results", "overallLevel", oldResult.overallLevel(), newResult.overallLevel());
        keyed(c, "results", "principle ", oldResult.principles(), newResult.principles(), PrincipleResult::principleId, p -> p.level().name());
        keyed(c, "results", "principle ", oldResult.instrumentalPrinciples(), newResult.instrumentalPrinciples(),
                PrincipleResult::principleId, p -> p.level().name());
        keyed(c, "results", "factor ", oldResult.factors(), newResult.factors(), FactorResult::factorId,
                f -> "inherent " + f.inherentLevel() + ", residual " + f.residualLevel());
        keyed(c, "results", "recommendation ", oldResult.recommendations(), newResult.recommendations(), Recommendation::id,
                r -> r.priority() + " " + r.title());
        keyed(c, "results", "finding ", oldResult.findings(), newResult.findings(), f -> f.ruleSet() + " " + f.kind() + " " + f.code(),
                Finding::text);
        return new RiskDiff(List.copyOf(c));
    }

    /** Compares every field of the two profiles, by name. */
    private static void profile(SystemProfile a, SystemProfile b, List<Change> c) {
        for (RecordComponent rc : SystemProfile.class.getRecordComponents()) {
            try {
                Object x = rc.getAccessor().invoke(a);
                Object y = rc.getAccessor().invoke(b);
                value(c, "answers", "system." + rc.getName(), x, y);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + rc.getName(), e);
            }
        }
    }

    private static void ratings(Map<String, FactorRating> a, Map<String, FactorRating> b, List<Change> c) {
        Set<String> ids = new LinkedHashSet<>(a.keySet());
        ids.addAll(b.keySet());
        for (String id : ids) {
            FactorRating x = a.get(id);
            FactorRating y = b.get(id);
            String at = "ratings." + id;
            if (x == null || y == null) {
                value(c, "answers", at, x == null ? null : describe(x), y == null ? null : describe(y));
                continue;
            }
            value(c, "answers", at + ".likelihood", x.likelihood(), y.likelihood());
            value(c, "answers", at + ".severity", severity(x), severity(y));
            keyed(c, "answers", at + ".mitigations.", x.mitigations(), y.mitigations(), MitigationClaim::id, RiskDiff::describe);
            value(c, "answers", at + ".rationale", x.rationale(), y.rationale());
        }
    }

    private static String describe(FactorRating r) {
        return "likelihood " + r.likelihood() + ", severity " + severity(r) + ", mitigations "
                + r.mitigations().stream().map(m -> m.id() + " " + describe(m)).toList();
    }

    private static String describe(MitigationClaim m) {
        return (m.status() == null ? "IMPLEMENTED (status not stated)" : m.status().name())
                + (m.evidence() == null ? "" : ", evidence: " + m.evidence());
    }

    /** Every change to the assessment record, field by field; conditions by the recommendation they answer. */
    private static void record(AssessmentRecord a, AssessmentRecord b, List<Change> c) {
        AssessmentRecord x = a == null ? AssessmentRecord.draft() : a;
        AssessmentRecord y = b == null ? AssessmentRecord.draft() : b;
        value(c, "record", "state", x.state(), y.state());
        keyed(c, "record", "assessor ", x.assessors(), y.assessors(), Assessor::name, s -> s.role() + ", " + s.unit());
        value(c, "record", "assessedOn", x.assessedOn(), y.assessedOn());
        DpoConsultation dx = x.dataProtectionOfficer() == null ? new DpoConsultation(null, null, null, null, null) : x.dataProtectionOfficer();
        DpoConsultation dy = y.dataProtectionOfficer() == null ? new DpoConsultation(null, null, null, null, null) : y.dataProtectionOfficer();
        value(c, "record", "dataProtectionOfficer.name", dx.name(), dy.name());
        value(c, "record", "dataProtectionOfficer.consultedOn", dx.consultedOn(), dy.consultedOn());
        value(c, "record", "dataProtectionOfficer.advice", dx.advice(), dy.advice());
        value(c, "record", "dataProtectionOfficer.outcome", dx.outcome(), dy.outcome());
        value(c, "record", "dataProtectionOfficer.reasonNotFollowed", dx.reasonNotFollowed(), dy.reasonNotFollowed());
        value(c, "record", "agencyDecision", x.agencyDecision(), y.agencyDecision());
        value(c, "record", "decisionReason", x.decisionReason(), y.decisionReason());
        Approval px = x.approval() == null ? new Approval(null, null, null) : x.approval();
        Approval py = y.approval() == null ? new Approval(null, null, null) : y.approval();
        value(c, "record", "approval.name", px.name(), py.name());
        value(c, "record", "approval.role", px.role(), py.role());
        value(c, "record", "approval.approvedOn", px.approvedOn(), py.approvedOn());
        keyed(c, "record", "condition ", x.conditions(), y.conditions(), AcceptedCondition::recommendation,
                k -> "owner " + k.owner() + ", due " + k.dueDate() + (k.metOn() == null ? ", open" : ", met " + k.metOn()));
        value(c, "record", "nextReview", x.nextReview(), y.nextReview());
        value(c, "record", "reviewTriggers", x.reviewTriggers(), y.reviewTriggers());
    }

    private static String severity(FactorRating r) {
        return r.severity() != null ? r.severity().name()
                : "scale " + r.severityCriteria().scale() + "/scope " + r.severityCriteria().scope()
                        + "/irremediability " + r.severityCriteria().irremediability();
    }

    private static void value(List<Change> c, String section, String path, Object x, Object y) {
        if (!Objects.equals(x, y)) {
            c.add(new Change(section, path, x == null ? null : String.valueOf(x), y == null ? null : String.valueOf(y)));
        }
    }

    private static <T> void keyed(List<Change> c, String section, String prefix, List<T> a, List<T> b,
                                  Function<T, String> key, Function<T, String> show) {
        Map<String, String> x = a.stream().collect(Collectors.toMap(key, show, (p, q) -> p, LinkedHashMap::new));
        Map<String, String> y = b.stream().collect(Collectors.toMap(key, show, (p, q) -> p, LinkedHashMap::new));
        Set<String> ids = new LinkedHashSet<>(x.keySet());
        ids.addAll(y.keySet());
        for (String id : ids) {
            value(c, section, prefix + id, x.get(id), y.get(id));
        }
    }
}
