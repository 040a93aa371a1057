package org.raitoolkit.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import org.raitoolkit.model.FactSection;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;
import org.raitoolkit.rules.spi.RuleSetProvider;

/**
 * What the rule sets on a class path declare, without compiling any rule: for tools that read and
 * write answer files for rule sets that a run may not enable (a file made for the EU rules is
 * still read, and its sections carried, by a run without them). Thread-safe; nothing is kept.
 */
public final class RuleSetProviders {

    private RuleSetProviders() {
    }

    /**
     * The typed fact sections of every {@link org.raitoolkit.rules.spi.RuleSetProvider} visible
     * to {@code loader}, in the order the providers are found, then declared. Pass them to the
     * answer-file reader so that it reads (and reports on) every section a file may carry.
     *
     * @throws InvalidInputException if two providers declare sections with the same key
     */
    public static List<FactSection<?>> factSections(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        Map<String, FactSection<?>> sections = new LinkedHashMap<>();
        Map<String, String> declaredBy = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (RuleSetProvider provider : ServiceLoader.load(RuleSetProvider.class, loader)) {
            RuleSet set = provider.ruleSet();
            for (FactSection<?> section : set.facts()) {
                String other = declaredBy.putIfAbsent(section.key(), set.id());
                if (other == null) {
                    sections.put(section.key(), section);
                } else {
                    problems.add(new Problem("<rule sets>", 0, 0, "", "rule set " + set.id() + " declares the fact section '"
                            + section.key() + "', which rule set " + other + " declares too; each key belongs to one rule set"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("rule sets are not valid", problems);
        }
        return List.copyOf(sections.values());
    }

    /**
     * The sections a reader for {@code engine} should know: the engine's own, which its rules
     * read, then those of the providers visible to {@code loader} that the engine lacks, which a
     * file may carry for a run with other rule sets and which are read, checked and kept, but not
     * used. A provider's section whose key the engine gives another section is left out.
     *
     * @throws InvalidInputException if two providers declare sections with the same key
     */
    public static List<FactSection<?>> factSections(ToolkitEngine engine, ClassLoader loader) {
        Map<String, FactSection<?>> sections = new LinkedHashMap<>();
        engine.factSections().forEach(s -> sections.put(s.key(), s));
        factSections(loader).forEach(s -> sections.putIfAbsent(s.key(), s));
        return List.copyOf(sections.values());
    }
}
