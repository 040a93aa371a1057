/**
 * The EU AI Act rule set for the toolkit engine: {@link org.raitoolkit.euaiact.EuAiAct#ruleSet()}
 * to add it, {@link org.raitoolkit.euaiact.EuAiActResult#from(org.raitoolkit.model.RiskResult)}
 * to read its classification back, and the rule facts it reasons over
 * ({@link org.raitoolkit.euaiact.EuAiActAssessment}, {@link org.raitoolkit.euaiact.AnnexIIIUse},
 * {@link org.raitoolkit.euaiact.Ground}, {@link org.raitoolkit.euaiact.Obligation},
 * {@link org.raitoolkit.euaiact.MissingPrecondition}), which other rule sets may match. Everything
 * in {@code org.raitoolkit.euaiact.internal} is not API. See {@code docs/eu-ai-act.md}.
 *
 * <p>Decision support, not legal advice.
 */
package org.raitoolkit.euaiact;
