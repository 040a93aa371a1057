/**
 * The EU Law Enforcement Directive rule set for the toolkit engine:
 * {@link org.raitoolkit.euled.EuLed#ruleSet()} to add it, {@link org.raitoolkit.euled.LedFacts}
 * for the facts of a profile's {@code euLed} section, and {@link org.raitoolkit.euled.LedAssessment},
 * the rule fact its rules match, which other rule sets may match too. See {@code docs/eu-led.md}.
 *
 * <p>Decision support, not legal advice.
 */
package org.raitoolkit.euled;
