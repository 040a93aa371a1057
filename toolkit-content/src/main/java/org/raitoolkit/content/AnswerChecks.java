package org.raitoolkit.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.raitoolkit.content.internal.LocatedTree;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Mitigation;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.ReadinessQuestion;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.model.WorkbookItem;

/**
 * Checks answers against a content pack before any rule runs: unknown ids, ratings for factors
 * that do not apply to the system, missing ratings for factors that do, and mitigations that
 * belong to another factor. Each problem is located by JSON pointer into the answers.
 *
 * <p>Field-level checks (scales, required fields) are Jakarta Validation's, done by
 * {@link AnswerFiles} when reading a file and by the engine for objects built in code.
 */
public final class AnswerChecks {

    private AnswerChecks() {
    }

    /**
     * Every problem of risk {@code answers}: their own constraints, then, when the profile facts
     * that decide which factors apply and every rating are there to read, {@link #risk those
     * against the pack}; empty when they fit. The engine runs this before each risk assessment.
     */
    public static List<Problem> all(ContentPack pack, RiskAnswers answers) {
        List<Problem> problems = new ArrayList<>(Constraints.check(answers));
        if (readable(answers)) {
            problems.addAll(risk(pack, answers));
        }
        problems.addAll(record(answers.assessment(), true));
        return problems;
    }

    /**
     * Every problem of readiness {@code answers}: their own constraints and, when every question
     * id is there, {@link #readiness those against the pack}; empty when they fit.
     */
    public static List<Problem> all(ContentPack pack, ReadinessAnswers answers) {
        List<Problem> problems = new ArrayList<>(Constraints.check(answers));
        if (answers.answers().keySet().stream().allMatch(Objects::nonNull)) {
            problems.addAll(readiness(pack, answers));
        }
        problems.addAll(record(answers.assessment(), false));
        return problems;
    }

    /**
     * Whether the pack checks can read {@code answers}: they need the profile's fields that decide
     * applicability and every rating. An off-scale value does not stop them, so that one
     * exception lists every problem.
     */
    private static boolean readable(RiskAnswers answers) {
        SystemProfile p = answers.system();
        return p != null && p.applicationArea() != null && p.legalBasis() != null && p.sourcing() != null
                && answers.ratings().values().stream().allMatch(Objects::nonNull);
    }

    /** Every problem of {@code answers} against {@code pack}; empty when they fit. */
    public static List<Problem> risk(ContentPack pack, RiskAnswers answers) {
        Map<String, RiskFactor> factors = factorsById(pack);
        List<Problem> problems = new ArrayList<>();
        SystemProfile profile = answers.system();
        // With a profile fact missing or invalid (reported elsewhere), which factors apply is not
        // known: check only what does not depend on it.
        boolean profileKnown = profile != null && profile.applicationArea() != null && profile.legalBasis() != null
                && profile.sourcing() != null;
        for (Map.Entry<String, FactorRating> e : answers.ratings().entrySet()) {
            if (e.getKey() == null) {
                continue;
            }
            RiskFactor factor = factors.get(e.getKey());
            if (factor == null) {
                problems.add(Problem.at(ratingAt(e.getKey()), "unknown risk factor '" + e.getKey() + "'; " + (profileKnown
                        ? "the factors that apply to this system are " + applicable(pack, profile)
                        : allowed(e.getKey(), pack.riskFactors().stream().map(RiskFactor::id).toList()))));
                continue;
            }
            if (profileKnown && !factor.appliesTo(profile)) {
                problems.add(Problem.at(ratingAt(e.getKey()), "risk factor '" + factor.id() + "' does not apply to this system (it applies when "
                        + factor.appliesWhen().describe() + "); remove the rating or correct the profile"));
            }
            if (e.getValue() == null) {
                continue;
            }
            List<MitigationClaim> mitigations = e.getValue().mitigations();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < mitigations.size(); i++) {
                MitigationClaim claim = mitigations.get(i);
                if (claim == null || claim.id() == null) {
                    continue;
                }
                if (!hasMitigation(factor, claim.id())) {
                    problems.add(Problem.at(ratingAt(e.getKey()) + "/mitigations/" + i, "unknown mitigation '" + claim.id()
                            + "' for " + factor.id() + "; allowed: " + factor.mitigations().stream().map(Mitigation::id).toList()));
                } else if (!seen.add(claim.id())) {
                    problems.add(Problem.at(ratingAt(e.getKey()) + "/mitigations/" + i, "mitigation '" + claim.id()
                            + "' is listed twice for " + factor.id() + "; give it once, with one status"));
                }
            }
        }
        for (RiskFactor factor : pack.riskFactors()) {
            // Whether a rated factor applies was asked above: look up the rating first.
            if (profileKnown && !answers.ratings().containsKey(factor.id()) && factor.appliesTo(profile)) {
                problems.add(Problem.at("/ratings", "missing rating for risk factor '" + factor.id() + "' ("
                        + factor.title() + "), which applies to this system because " + factor.appliesWhen().describe()));
            }
        }
        return problems;
    }

    /**
     * Every problem of an assessment record on its own: for a FINAL record, each field a filed
     * record needs and lacks, all of them; for any record, dates out of order. Empty for
     * {@code null} (no record) and for a complete or draft record.
     *
     * @param decides whether it is the record of a risk assessment, which states the agency's decision
     */
    public static List<Problem> record(AssessmentRecord record, boolean decides) {
        if (record == null) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        if (record.isFinal()) {
            for (AssessmentRecord.Missing m : record.missingForFinal(decides)) {
                problems.add(Problem.at(RECORD + m.pointer(), "a final record needs " + m.what()
                        + "; add it, or keep the record a DRAFT"));
            }
        }
        if (record.assessedOn() != null && record.nextReview() != null && !record.nextReview().isAfter(record.assessedOn())) {
            problems.add(Problem.at(RECORD + "/nextReview", "the next review (" + record.nextReview()
                    + ") must come after the assessment (" + record.assessedOn() + ")"));
        }
        if (record.assessedOn() != null && record.approval() != null && record.approval().approvedOn() != null
                && record.approval().approvedOn().isBefore(record.assessedOn())) {
            problems.add(Problem.at(RECORD + "/approval/approvedOn", "the approval (" + record.approval().approvedOn()
                    + ") comes before the assessment it approves (" + record.assessedOn() + ")"));
        }
        if (!decides && (record.agencyDecision() != null || record.decisionReason() != null)) {
            problems.add(Problem.at(RECORD + "/agencyDecision", "only a risk assessment records the agency's decision;"
                    + " remove agencyDecision and decisionReason here"));
        }
        return problems;
    }

    /**
     * Every problem of an assessment record against the result it records: an agency decision
     * milder than the toolkit's without a stated reason, and conditions tied to no recommendation
     * of the result. Empty for {@code null}.
     *
     * @param toolDecision the toolkit's decision, or {@code null} where the assessment decides nothing
     * @param recommendationIds the ids of the result's recommendations
     */
    public static List<Problem> recordAgainstResult(AssessmentRecord record, Decision toolDecision,
                                                    java.util.Collection<String> recommendationIds) {
        if (record == null) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        Decision agency = record.agencyDecision();
        if (agency != null && toolDecision != null && agency.compareTo(toolDecision) < 0
                && (record.decisionReason() == null || record.decisionReason().isBlank())) {
            problems.add(Problem.at(RECORD + "/decisionReason", "the agency's decision " + agency
                    + " is milder than the toolkit's " + toolDecision + "; state why in decisionReason, which the report shows"));
        }
        for (int i = 0; i < record.conditions().size(); i++) {
            String id = record.conditions().get(i).recommendation();
            if (id != null && !recommendationIds.contains(id)) {
                problems.add(Problem.at(RECORD + "/conditions/" + i + "/recommendation", "'" + id
                        + "' is not a recommendation of this assessment; " + allowed(id, List.copyOf(recommendationIds))));
            }
        }
        return problems;
    }

    private static final String RECORD = "/assessment";

    /** The pointer of the rating of factor {@code id}, made only when a problem needs it. */
    private static String ratingAt(String id) {
        return "/ratings/" + LocatedTree.segment(id);
    }

    /** The pack's risk factors by id; the first of an id, as {@link ContentPack#riskFactor} finds it. */
    private static Map<String, RiskFactor> factorsById(ContentPack pack) {
        Map<String, RiskFactor> byId = new HashMap<>();
        for (RiskFactor factor : pack.riskFactors()) {
            byId.putIfAbsent(factor.id(), factor);
        }
        return byId;
    }

    /** Whether {@code factor} has a mitigation with the id {@code id}. */
    private static boolean hasMitigation(RiskFactor factor, String id) {
        for (Mitigation m : factor.mitigations()) {
            if (m != null && Objects.equals(m.id(), id)) {
                return true;
            }
        }
        return false;
    }

    /** Every problem of readiness {@code answers} against {@code pack}. */
    public static List<Problem> readiness(ContentPack pack, ReadinessAnswers answers) {
        List<Problem> problems = new ArrayList<>();
        for (String id : answers.answers().keySet()) {
            if (pack.readinessQuestion(id).isEmpty()) {
                problems.add(Problem.at("/answers/" + LocatedTree.segment(id), "unknown readiness question '" + id
                        + "'; " + allowed(id, pack.readinessQuestions().stream().map(ReadinessQuestion::id).toList())));
            }
        }
        return problems;
    }

    /**
     * Every problem of workbook {@code answers} against {@code pack}.
     *
     * @param stage the stage under review, named in messages, or {@code null} when the file may
     *     hold items of any stage
     */
    public static List<Problem> workbook(ContentPack pack, WorkbookAnswers answers, LifecycleStage stage) {
        List<Problem> problems = new ArrayList<>();
        for (String id : answers.answers().keySet()) {
            String at = "/answers/" + LocatedTree.segment(id);
            WorkbookItem item = pack.workbookItem(id).orElse(null);
            if (item == null) {
                // Without a stage, every item of the pack is allowed.
                List<WorkbookItem> allowed = stage == null ? pack.workbookItems() : pack.workbookItems(stage);
                problems.add(Problem.at(at, "unknown workbook item '" + id + "'"
                        + (stage == null ? "" : " in stage " + stage) + "; "
                        + allowed(id, allowed.stream().map(WorkbookItem::id).toList())));
            }
        }
        return problems;
    }

    /** How many ids to name in one message: enough to spot a typo, few enough to read. */
    private static final int NAMED = 8;

    /**
     * The allowed ids, in words: all of them when there are few, else the ones that share the
     * longest prefix with {@code id} and where to find the rest. A full list of fifty ids for
     * each of several typos buries the message.
     */
    static String allowed(String id, List<String> ids) {
        if (ids.size() <= NAMED) {
            return "allowed: " + ids;
        }
        List<String> closest = ids.stream()
                .sorted(java.util.Comparator.comparingInt((String x) -> -commonPrefix(x, id)).thenComparing(x -> x))
                .limit(NAMED).sorted().toList();
        return "allowed: " + ids.size() + " ids, the closest " + closest
                + " (toolkit new lists them all)";
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The ids of the factors that apply to {@code profile}. */
    static List<String> applicable(ContentPack pack, SystemProfile profile) {
        return pack.riskFactors().stream().filter(f -> f.appliesTo(profile)).map(RiskFactor::id).toList();
    }
}
