package org.raitoolkit.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Provenance;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.ReadinessResult;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.model.WorkbookResult;
import org.raitoolkit.rules.internal.DroolsToolkitEngine;
import org.raitoolkit.rules.spi.AssessmentDay;
import org.raitoolkit.rules.spi.RuleSetProvider;

/**
 * The toolkit's three assessments, run as rules over a content pack.
 *
 * <p>Build one engine and share it: building compiles the rules (the slow part, once); each
 * assessment then runs in a fresh rule session that is always disposed. Engines are immutable
 * and thread-safe. Every method checks its input first and throws {@link InvalidInputException}
 * listing every problem; nothing half-computed is ever returned.
 *
 * <p>An engine with extension rule sets checks each result against the result of the default
 * rules alone for the same input, and throws {@link RuleSetViolationException} rather than return
 * a result an extension made milder. A rule that throws, or rules that run past the limits
 * ({@link Builder#runLimits}), end the assessment with a {@link RuleFailureException}.
 *
 * <pre>{@code
 * ToolkitEngine engine = ToolkitEngine.withDefaults();
 * RiskResult result = engine.assessRisk(answers);
 * result.decision();        // for example ESCALATE
 * result.decisionReasons(); // each with the id of the rule that produced it
 * }</pre>
 */
public interface ToolkitEngine {

    /** An engine with the default content pack and the default rules only. */
    static ToolkitEngine withDefaults() {
        return builder().build();
    }

    /** A builder, starting from the default content pack and rules. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Assesses the risk of one system.
     *
     * @throws InvalidInputException listing every problem with the answers: unknown ids,
     *     off-scale values, ratings for factors that do not apply, missing ratings for those that do
     * @throws RuleSetViolationException if an extension rule set made the result milder than the default rules make it
     * @throws RuleFailureException if a rule threw, or the rules ran past the limits
     */
    RiskResult assessRisk(RiskAnswers answers);

    /** Assesses the risk of one system, with no readiness level given. */
    default RiskResult assessRisk(SystemProfile profile, Map<String, FactorRating> ratings) {
        return assessRisk(RiskAnswers.of(profile, ratings));
    }

    /**
     * Assesses an agency's organisational readiness.
     *
     * @throws InvalidInputException listing every problem with the answers
     * @throws RuleSetViolationException if an extension rule set made the result milder than the default rules make it
     * @throws RuleFailureException if a rule threw, or the rules ran past the limits
     */
    ReadinessResult assessReadiness(ReadinessAnswers answers);

    /**
     * Reviews the workbook of one stage for a system whose risk has been assessed; open items
     * tied to the highest residual risks come first.
     *
     * @throws InvalidInputException listing every problem with the answers
     * @throws RuleSetViolationException if an extension rule set made the result milder than the default rules make it
     * @throws RuleFailureException if a rule threw, or the rules ran past the limits
     */
    WorkbookResult evaluateWorkbook(RiskResult risk, LifecycleStage stage, WorkbookAnswers answers);

    /**
     * Reviews the workbook of one stage for a system whose factors have not been rated; open
     * items under principles threatened by applicable factors come first.
     *
     * @throws InvalidInputException listing every problem with the profile or answers
     * @throws RuleSetViolationException if an extension rule set made the result milder than the default rules make it
     * @throws RuleFailureException if a rule threw, or the rules ran past the limits
     */
    WorkbookResult evaluateWorkbook(SystemProfile profile, LifecycleStage stage, WorkbookAnswers answers);

    /** The content pack the engine assesses against. */
    ContentPack content();

    /** The ids of the rule sets compiled into the engine, the default rules first. */
    List<String> ruleSets();

    /** Every rule compiled into the engine, sorted by rule set, then phase order, then id. */
    List<RuleInfo> rules();

    /**
     * The typed facts that the engine's rule sets read from a profile, in rule-set order: pass
     * them to the answer-file reader so that it reads and checks those sections.
     */
    List<org.raitoolkit.model.FactSection<?>> factSections();

    /** The sections of the JSON risk report that the engine's rule sets declare, in rule-set order. */
    List<org.raitoolkit.model.ReportSection> reportSections();

    /** SHA-256 (hex) of every rule file compiled into the engine, for reports and audit. */
    String ruleSetHash();

    /** The library's version, for reports. */
    String version();

    /** Each rule set's id and the SHA-256 (hex) of its rule files, in the order of {@link #ruleSets()}. */
    default List<org.raitoolkit.model.RuleSetStamp> ruleSetDigests() {
        return List.of();
    }

    /** SHA-256 (hex) of the content pack's canonical form, or {@code null} where not known. */
    default String contentPackDigest() {
        return null;
    }

    /** What produced this engine's results: its version, rule sets and content pack, with their digests, for reports. */
    default Provenance provenance() {
        return new Provenance(version(), ruleSets(), ruleSetHash(), content().manifest().id(), content().manifest().version(),
                reportSections(), ruleSetDigests(), contentPackDigest());
    }

    /**
     * Builds a {@link ToolkitEngine}. Not thread-safe; the engine it builds is.
     */
    final class Builder {
        private ContentPack content;
        private final List<RuleSet> ruleSets = new ArrayList<>();
        private ClassLoader discoverFrom;
        private Clock clock = Clock.systemDefaultZone();
        private org.raitoolkit.rules.internal.Limits limits = org.raitoolkit.rules.internal.Limits.DEFAULT;

        private Builder() {
        }

        /**
         * Uses {@code pack} instead of the default content pack.
         *
         * @throws InvalidInputException if the pack is not sound (see {@link ContentPacks#check})
         */
        public Builder content(ContentPack pack) {
            Objects.requireNonNull(pack, "pack");
            List<org.raitoolkit.model.Problem> problems = ContentPacks.check(pack);
            if (!problems.isEmpty()) {
                throw new InvalidInputException("content pack " + pack.manifest().id() + " is not valid", problems);
            }
            this.content = pack;
            return this;
        }

        /** Adds a rule set, compiled after the default rules. */
        public Builder ruleSet(RuleSet ruleSet) {
            ruleSets.add(Objects.requireNonNull(ruleSet, "ruleSet"));
            return this;
        }

        /**
         * Uses {@code clock} for the day an assessment runs (the {@link AssessmentDay} fact that
         * date-dependent rules read); the system clock in the default time zone unless set. Give
         * a fixed clock for reproducible results.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Limits each assessment of an engine with extension rule sets: at most {@code maxFirings}
         * rule firings (also for the default rules alone), {@code maxFactsInserted} facts inserted
         * and {@code maxTime} of running rules. An assessment that runs past one stops with a
         * {@link RuleFailureException} naming the last rules fired, long before a runaway rule
         * fills the memory. Unless set: 200,000 firings, 100,000 facts, 10 seconds; the default
         * rules need a few hundred firings and facts and a few milliseconds.
         *
         * @throws IllegalArgumentException if a limit is not positive
         */
        public Builder runLimits(int maxFirings, int maxFactsInserted, java.time.Duration maxTime) {
            this.limits = new org.raitoolkit.rules.internal.Limits(maxFirings, maxFactsInserted, maxTime);
            return this;
        }

        /** Adds every rule set that a {@link RuleSetProvider} on the thread's class path provides. */
        public Builder discoverRuleSets() {
            return discoverRuleSets(Thread.currentThread().getContextClassLoader());
        }

        /** Adds every rule set that a {@link RuleSetProvider} visible to {@code loader} provides. */
        public Builder discoverRuleSets(ClassLoader loader) {
            this.discoverFrom = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Compiles the rules and returns the engine.
         *
         * @throws InvalidInputException if a rule file does not compile (each error with file,
         *     line, column and message), a rule has no {@code @id}, two rules share one, a rule has
         *     no {@code @description}, or a rule's phase is not one the engine runs
         */
        public ToolkitEngine build() {
            List<RuleSet> all = new ArrayList<>(ruleSets);
            if (discoverFrom != null) {
                for (RuleSetProvider provider : ServiceLoader.load(RuleSetProvider.class, discoverFrom)) {
                    all.add(provider.ruleSet());
                }
            }
            return DroolsToolkitEngine.build(content == null ? ContentPacks.defaults() : content, all, clock, limits);
        }
    }
}
