package org.raitoolkit.testkit;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of running one scenario.
 *
 * @param file the scenario file
 * @param scenario the scenario
 * @param mismatches each expectation that did not hold, in words; empty when it passed
 * @param firedRules the ids of every rule that fired
 */
public record ScenarioOutcome(Path file, Scenario scenario, List<String> mismatches, List<String> firedRules) {

    public ScenarioOutcome {
        mismatches = List.copyOf(mismatches);
        firedRules = List.copyOf(firedRules);
    }

    /** Whether every expectation held. */
    public boolean passed() {
        return mismatches.isEmpty();
    }

    @Override
    public String toString() {
        return file + " (" + scenario.name() + "): " + (passed() ? "passed" : String.join("; ", mismatches));
    }
}
