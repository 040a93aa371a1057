package org.raitoolkit.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.raitoolkit.model.FactSection;
import org.raitoolkit.model.Identifiers;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.ReportSection;

/**
 * A named group of rule files that an engine compiles together with the default rules, such as
 * an agency's national-law rules. Immutable.
 *
 * <p>Rules in a set match the facts in {@code org.raitoolkit.rules.spi} and the model types,
 * declare {@code global org.raitoolkit.rules.spi.Explanations why;}, carry an {@code @id}, and
 * join a phase with {@code agenda-group} (see {@code docs/extending.md}).
 */
public final class RuleSet {

    private final String id;
    private final String description;
    private final List<RuleResource> resources;
    private final List<FactSection<?>> facts;
    private final List<ReportSection> reportSections;

    private RuleSet(String id, String description, List<RuleResource> resources) {
        this(id, description, resources, List.of(), List.of());
    }

    private RuleSet(String id, String description, List<RuleResource> resources, List<FactSection<?>> facts,
                    List<ReportSection> reportSections) {
        if (!Identifiers.isValid(id)) {
            throw new IllegalArgumentException("rule set id '" + id + "' must match " + Identifiers.PATTERN);
        }
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("rule set " + id + " has no rule files");
        }
        this.id = id;
        this.description = Objects.requireNonNull(description, "description");
        this.resources = List.copyOf(resources);
        this.facts = List.copyOf(facts);
        this.reportSections = List.copyOf(reportSections);
        for (ReportSection section : this.reportSections) {
            if (!section.ruleSet().equals(id)) {
                throw new IllegalArgumentException("rule set " + id + " declares a report section of the findings of rule set "
                        + section.ruleSet() + "; a rule set declares sections of its own findings only");
            }
        }
        if (this.facts.stream().map(FactSection::key).distinct().count() != this.facts.size()) {
            throw new IllegalArgumentException("rule set " + id + " declares two fact sections with the same key");
        }
    }

    /**
     * This rule set with the typed facts its rules read: each section's record is read from the
     * {@code system} section of answer files under the section's key and inserted as a fact.
     */
    public RuleSet withFacts(FactSection<?>... sections) {
        List<FactSection<?>> all = new ArrayList<>(facts);
        all.addAll(List.of(sections));
        return new RuleSet(id, description, resources, all, reportSections);
    }

    /** The typed facts the rules read, in the order declared; empty when they read none. */
    public List<FactSection<?>> facts() { return facts; }

    /**
     * This rule set with a section of its own in the JSON risk report, gathering its findings
     * (see {@link ReportSection}; its rule set must be this one's id).
     */
    public RuleSet withReportSection(ReportSection section) {
        List<ReportSection> all = new ArrayList<>(reportSections);
        all.add(Objects.requireNonNull(section, "section"));
        return new RuleSet(id, description, resources, facts, all);
    }

    /** The report sections declared, in order; empty when none. */
    public List<ReportSection> reportSections() { return reportSections; }

    /** A rule set of the given files. */
    public static RuleSet of(String id, String description, List<RuleResource> resources) {
        return new RuleSet(id, description, resources);
    }

    /**
     * A rule set of class-path resources, named in full (for example
     * {@code "com/agency/rules/national.drl"}).
     *
     * @throws InvalidInputException naming every resource that is missing
     */
    public static RuleSet fromClasspath(String id, String description, ClassLoader loader, String... resourceNames) {
        List<RuleResource> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String name : resourceNames) {
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    problems.add(new Problem(name, 0, 0, "", "no such resource on the class path"));
                } else {
                    found.add(RuleResource.of(name, in.readAllBytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("rule set " + id + " is not complete", problems);
        }
        return new RuleSet(id, description, found);
    }

    /**
     * A rule set of every rule file ({@code .drl}, {@code .csv}, {@code .xlsx}) directly in
     * {@code dir}, in name order.
     *
     * @throws InvalidInputException if the folder is missing or holds no rule file
     */
    public static RuleSet fromFolder(String id, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("rule set " + id + " cannot be read",
                    List.of(new Problem(dir.toString(), 0, 0, "", "not a folder; a rule set folder holds .drl, .drl.csv or .drl.xlsx files")));
        }
        List<RuleResource> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (RuleResource.isRuleFile(file.getFileName().toString())) {
                    found.add(RuleResource.of(file.toString(), Files.readAllBytes(file)));
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("rule set " + id + " cannot be read",
                    List.of(new Problem(dir.toString(), 0, 0, "", "could not be read: " + e.getMessage())));
        }
        if (found.isEmpty()) {
            throw new InvalidInputException("rule set " + id + " cannot be read",
                    List.of(new Problem(dir.toString(), 0, 0, "", "holds no rule file; expected .drl, .drl.csv or .drl.xlsx files")));
        }
        return new RuleSet(id, "rules from " + dir, found);
    }

    /** The rule set's id, for example {@code NATIONAL-LAW}. */
    public String id() { return id; }

    /** What the rule set is for. */
    public String description() { return description; }

    /** Its rule files, in the order given. */
    public List<RuleResource> resources() { return resources; }

    /** Rule sets are equal when their ids, descriptions and files are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSet r && r.id.equals(id) && r.description.equals(description) && r.resources.equals(resources) && r.facts.equals(facts)
                && r.reportSections.equals(reportSections);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, description, resources);
    }

    @Override
    public String toString() {
        return "RuleSet[" + id + ", " + resources.size() + " files]";
    }
}
