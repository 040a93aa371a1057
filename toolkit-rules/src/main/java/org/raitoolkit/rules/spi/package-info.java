/**
 * Extension points for rule-set authors: the facts the default rules reason over, which
 * extension rules may match and (through their methods, inside {@code modify}) make stricter,
 * the {@link org.raitoolkit.rules.spi.Explanations} global every rule uses for its reasons, and
 * {@link org.raitoolkit.rules.spi.RuleSetProvider} for contributing a rule set through
 * {@link java.util.ServiceLoader}. See {@code docs/extending.md}.
 */
package org.raitoolkit.rules.spi;
