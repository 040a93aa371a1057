package org.raitoolkit.reports;

import java.time.LocalDate;
import java.util.Set;

/**
 * Typed facts of a fictional national permit law, for the input echo of reports.
 *
 * @param permit the state of the permit
 * @param hours hours since it was requested
 * @param reviewed a reviewer has seen the request
 * @param grantedOn the day it was granted
 * @param grounds the grounds given
 */
public record PermitFacts(Permit permit, Integer hours, Boolean reviewed, LocalDate grantedOn, Set<Permit> grounds) {

    /** The state of a permit. */
    public enum Permit { NONE, REQUESTED, GRANTED }
}
