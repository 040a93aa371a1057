package org.raitoolkit.testkit;

/** Which assessment a scenario runs. */
public enum ScenarioKind {
    RISK, READINESS, WORKBOOK
}
