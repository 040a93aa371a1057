package org.raitoolkit.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.ReadLimits;
import org.raitoolkit.content.RecordFiles;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.PrincipleResult;
import org.raitoolkit.model.ReadinessResult;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.WorkbookResult;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Reads and runs scenario files against an engine. Thread-safe.
 *
 * <pre>{@code
 * ToolkitEngine engine = ToolkitEngine.builder().ruleSet(myRuleSet).build();
 * for (ScenarioOutcome o : Scenarios.runAll(engine, Path.of("src/test/resources/scenarios"))) {
 *     assertThat(o.mismatches()).as(o.toString()).isEmpty();
 * }
 * }</pre>
 */
public final class Scenarios {

    private Scenarios() {
    }

    /**
     * Reads one scenario file.
     *
     * @throws InvalidInputException listing every problem, with file, line and pointer
     */
    public static Scenario read(Path file) {
        return RecordFiles.read(file, Scenario.class, ReadLimits.DEFAULTS);
    }

    /** Every scenario file ({@code *.yaml}, {@code *.yml}, {@code *.json}) directly in {@code dir}, in name order. */
    public static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.(ya?ml|json)"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs every scenario file in {@code dir}. */
    public static List<ScenarioOutcome> runAll(ToolkitEngine engine, Path dir) {
        return files(dir).stream().map(f -> run(engine, f)).toList();
    }

    /**
     * Runs the scenario in {@code file}: reads its input with the engine's content pack, runs the
     * assessment and compares every expectation.
     *
     * @throws InvalidInputException if the scenario or its input files are not valid
     */
    public static ScenarioOutcome run(ToolkitEngine engine, Path file) {
        Scenario scenario = read(file);
        Path base = file.toAbsolutePath().getParent();
        // Every section a provider here declares, so that a scenario input made for other rule sets still reads.
        AnswerFiles answers = AnswerFiles.forPack(engine.content())
                .withFactSections(org.raitoolkit.rules.RuleSetProviders.factSections(engine, Scenarios.class.getClassLoader()));
        Checker check = new Checker();
        List<String> fired;
        switch (scenario.kind()) {
            case RISK -> {
                RiskResult r = engine.assessRisk(answers.readRisk(base.resolve(scenario.input())));
                check.risk(scenario.expect(), r);
                fired = r.firedRules();
            }
            case READINESS -> {
                ReadinessResult r = engine.assessReadiness(answers.readReadiness(base.resolve(scenario.input())));
                check.readiness(scenario.expect(), r);
                fired = r.firedRules();
            }
            case WORKBOOK -> {
                if (scenario.stage() == null || scenario.riskInput() == null) {
                    throw new InvalidInputException(file + " is not valid", List.of(new org.raitoolkit.model.Problem(
                            file.toString(), 0, 0, "", "a WORKBOOK scenario needs both stage and riskInput")));
                }
                var wb = answers.readWorkbook(base.resolve(scenario.input()));
                var risk = answers.readRisk(base.resolve(scenario.riskInput()));
                WorkbookResult r = scenario.profileOnly()
                        ? engine.evaluateWorkbook(risk.system(), scenario.stage(), wb)
                        : engine.evaluateWorkbook(engine.assessRisk(risk), scenario.stage(), wb);
                check.workbook(scenario.expect(), r);
                fired = r.firedRules();
            }
            default -> throw new IllegalStateException("unknown kind " + scenario.kind());
        }
        check.rules(scenario.expect(), fired);
        return new ScenarioOutcome(file, scenario, check.mismatches, fired);
    }

    /** Collects the expectations that do not hold. */
    private static final class Checker {
        final List<String> mismatches = new ArrayList<>();

        void expect(String what, Object expected, Object actual) {
            if (expected != null && !Objects.equals(expected, actual)) {
                mismatches.add(what + ": expected " + expected + " but was " + actual);
            }
        }

        void risk(Expectations e, RiskResult r) {
            expect("decision", e.decision(), r.decision());
            expect("overallLevel", e.overallLevel(), r.overallLevel());
            for (Map.Entry<String, ?> p : e.principles().entrySet()) {
                expect("principle " + p.getKey(), p.getValue(), Stream.concat(r.principles().stream(), r.instrumentalPrinciples().stream())
                        .filter(x -> x.principleId().equals(p.getKey())).map(PrincipleResult::level).findFirst().orElse(null));
            }
            for (Map.Entry<String, ?> f : e.factors().entrySet()) {
                expect("factor " + f.getKey(), f.getValue(), r.factors().stream()
                        .filter(x -> x.factorId().equals(f.getKey())).map(FactorResult::residualLevel).findFirst().orElse(null));
            }
            recommendations(e, r.recommendations());
            List<String> codes = r.findings().stream().map(Finding::code).toList();
            e.findings().stream().filter(c -> !codes.contains(c)).forEach(c -> mismatches.add("finding " + c + " missing; found " + codes));
        }

        void readiness(Expectations e, ReadinessResult r) {
            expect("readinessLevel", e.readinessLevel(), r.overallLevel());
            expect("roadmapPhase", e.roadmapPhase(), r.roadmapPhase() == null ? null : r.roadmapPhase().id());
            for (Map.Entry<String, ?> d : e.dimensions().entrySet()) {
                expect("dimension " + d.getKey(), d.getValue(), r.dimensions().stream()
                        .filter(x -> x.dimensionId().equals(d.getKey())).map(x -> x.level()).findFirst().orElse(null));
            }
            recommendations(e, r.recommendations());
        }

        void workbook(Expectations e, WorkbookResult r) {
            expect("firstAction", e.firstAction(), r.actionPlan().isEmpty() ? null : r.actionPlan().get(0).itemId());
        }

        void recommendations(Expectations e, List<Recommendation> recommendations) {
            List<String> ids = recommendations.stream().map(Recommendation::id).toList();
            e.recommendations().stream().filter(id -> !ids.contains(id))
                    .forEach(id -> mismatches.add("recommendation " + id + " missing"));
            e.absentRecommendations().stream().filter(ids::contains)
                    .forEach(id -> mismatches.add("recommendation " + id + " present but expected absent"));
        }

        void rules(Expectations e, List<String> fired) {
            e.fired().stream().filter(id -> !fired.contains(id)).forEach(id -> mismatches.add("rule " + id + " did not fire"));
            e.notFired().stream().filter(fired::contains).forEach(id -> mismatches.add("rule " + id + " fired but was expected not to"));
        }
    }
}
