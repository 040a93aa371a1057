package org.raitoolkit.rules;

/**
 * What an engine knows about one of its rules, for documentation, audit and rule-set tests.
 *
 * @param id the rule's {@code @id}, cited in reasons
 * @param ruleSet the id of the rule set it came from
 * @param phase the phase (agenda group) it runs in, or {@code MAIN} for rules that run last
 * @param name the rule's name as written in its file
 * @param description its {@code @description}
 * @param file the file it is written in, as its rule set named it (for the default rules, the
 *     class-path resource), or an empty string if not known
 */
public record RuleInfo(String id, String ruleSet, String phase, String name, String description, String file) {
}
