package org.raitoolkit.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.raitoolkit.content.internal.LocatedTree;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Mitigation;
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
        return problems;
    }

    /**
     * Every problem of readiness {@code answers}: their own constraints and, when every question
     * id is there, {@link #readiness those against the pack}; empty when they fit.
     */
    public static List<Problem> all(ContentPack pack, ReadinessAnswers answers) {
        List<Problem> problems = new ArrayList<>(Constraints.check(answers));
        if (answers.answers().keySet().stream().allMatch(java.util.Objects::nonNull)) {
            problems.addAll(readiness(pack, answers));
        }
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
                && answers.ratings().values().stream().allMatch(java.util.Objects::nonNull);
    }

    /** Every problem of {@code answers} against {@code pack}; empty when they fit. */
    public static List<Problem> risk(ContentPack pack, RiskAnswers answers) {
        FactorIndex index = FactorIndex.of(pack);
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
            FactorIndex.Entry entry = index.factor(e.getKey());
            RiskFactor factor = entry == null ? null : entry.factor();
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
            List<String> mitigations = e.getValue().mitigations();
            for (int i = 0; i < mitigations.size(); i++) {
                if (!entry.mitigationIds().contains(mitigations.get(i))) {
                    problems.add(Problem.at(ratingAt(e.getKey()) + "/mitigations/" + i, "unknown mitigation '" + mitigations.get(i)
                            + "' for " + factor.id() + "; allowed: " + factor.mitigations().stream().map(Mitigation::id).toList()));
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
     * The pointer of the rating of factor {@code id}, made only for a problem: most files have
     * none, and escaping and joining it for every rating showed in profiles of the batch.
     */
    private static String ratingAt(String id) {
        return "/ratings/" + LocatedTree.segment(id);
    }

    /**
     * A pack's risk factors by id, each with the ids of its mitigations: {@link ContentPack#riskFactor}
     * and {@link RiskFactor#mitigation} search their lists, and reading a batch of answer files
     * asked them a few dozen times per file, a share of the read that showed in profiles.
     * Made once per pack: the last one made is kept, by the pack's identity, since a program
     * checks answers against one pack, and a pack is immutable. Immutable, so thread-safe.
     */
    private static final class FactorIndex {

        /** The index of the pack checked last; replaced when another pack comes. */
        private static volatile FactorIndex last;

        private final ContentPack pack;
        private final Map<String, Entry> factors;

        /** A factor and its mitigations' ids (a set that may be asked about null). */
        record Entry(RiskFactor factor, java.util.Set<String> mitigationIds) {
        }

        private FactorIndex(ContentPack pack) {
            this.pack = pack;
            Map<String, Entry> byId = new java.util.HashMap<>();
            for (RiskFactor factor : pack.riskFactors()) {
                java.util.Set<String> ids = new java.util.HashSet<>();
                for (Mitigation m : factor.mitigations()) {
                    if (m != null) {
                        ids.add(m.id());
                    }
                }
                // The first factor with an id, as ContentPack.riskFactor finds it.
                byId.putIfAbsent(factor.id(), new Entry(factor, ids));
            }
            this.factors = byId;
        }

        static FactorIndex of(ContentPack pack) {
            FactorIndex index = last;
            if (index == null || index.pack != pack) {
                index = new FactorIndex(pack);
                last = index;
            }
            return index;
        }

        /** The factor with {@code id} and its mitigations, or {@code null}. */
        Entry factor(String id) {
            return factors.get(id);
        }
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
