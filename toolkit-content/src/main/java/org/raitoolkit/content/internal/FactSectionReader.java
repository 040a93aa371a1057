package org.raitoolkit.content.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raitoolkit.model.FactField;
import org.raitoolkit.model.FactSection;
import org.raitoolkit.model.Problem;

/**
 * The typed fact sections of one file's {@code system} mapping: each declared key is taken out of
 * the mapping before the profile is bound (the profile has no property of that name), then bound
 * to its section's record with the same checks as the rest of the file, and its required facts
 * checked. Problems carry the file's pointers, such as {@code /system/nationalWarrant/hours}, and
 * its lines. Not thread-safe; belongs to one read.
 */
public final class FactSectionReader {

    private final LocatedTree tree;
    private final String systemPointer;
    private final List<FactSection<?>> sections;
    /** The sections the file gives, with their values as read. */
    private final Map<FactSection<?>, JsonNode> taken = new LinkedHashMap<>();

    private FactSectionReader(LocatedTree tree, String systemPointer, List<FactSection<?>> sections) {
        this.tree = tree;
        this.systemPointer = systemPointer;
        this.sections = sections;
    }

    /**
     * Takes the declared sections out of the mapping at {@code systemPointer} of {@code tree}
     * ({@code ""} for a file that is a profile, {@code null} for a file without one). Leaves the tree as it is when that is no mapping:
     * binding the profile says so.
     */
    public static FactSectionReader takeOut(LocatedTree tree, String systemPointer, List<FactSection<?>> sections) {
        FactSectionReader reader = new FactSectionReader(tree, systemPointer, sections);
        if (systemPointer != null && !sections.isEmpty()
                && tree.root().at(JsonPointer.compile(systemPointer)) instanceof ObjectNode system) {
            for (FactSection<?> section : sections) {
                if (system.has(section.key())) {
                    reader.taken.put(section, system.remove(section.key()));
                }
            }
        }
        return reader;
    }

    /**
     * The keys the system mapping may have besides the profile's properties, by its pointer, for
     * {@link Binder}: the declared sections' (perhaps none); nothing for a file without a profile.
     */
    public Map<String, List<String>> otherKeys() {
        return systemPointer == null ? Map.of() : Map.of(systemPointer, sections.stream().map(FactSection::key).toList());
    }

    /**
     * Binds each section the file gives and checks its required facts. A section written with no
     * value ({@code key:} alone) is as if left out.
     *
     * @return the facts by section key, in the order the sections are declared; complete only when
     *     no problem was added
     */
    public Map<String, Record> bind(List<Problem> problems) {
        Map<String, Record> facts = new LinkedHashMap<>();
        taken.forEach((section, node) -> {
            if (node.isNull() || ProblemList.isFull(problems)) {
                return;
            }
            read(section, node, problems).ifPresent(r -> facts.put(section.key(), r));
        });
        return facts;
    }

    private <T extends Record> java.util.Optional<T> read(FactSection<T> section, JsonNode node, List<Problem> problems) {
        String base = systemPointer + "/" + LocatedTree.segment(section.key());
        LocatedTree part = tree.part(base, node);
        // What the reader already said of values under the section (it turned them to null), with
        // pointers from the section, so that binding does not say it again.
        List<Problem> earlier = problems.stream()
                .filter(p -> p.source().equals(tree.source()) && p.pointer().startsWith(base + "/"))
                .map(p -> new Problem(p.source(), p.line(), p.column(), p.pointer().substring(base.length()), p.message()))
                .toList();
        ProblemList own = new ProblemList((int) Math.min(Integer.MAX_VALUE, (long) ProblemList.room(problems) + earlier.size()));
        own.addAll(earlier);
        java.util.Optional<T> facts = Binder.bind(part, section.type(), own, value -> missing(section, value));
        for (Problem p : own.subList(earlier.size(), own.size())) {
            problems.add(new Problem(p.source(), p.line(), p.column(), base + p.pointer(), p.message()));
        }
        return facts;
    }

    /** A problem for each fact a condition requires that the section leaves out, at the fact's pointer. */
    private static List<Problem> missing(FactSection<?> section, Record facts) {
        List<Problem> problems = new ArrayList<>();
        section.missingRequired(facts).forEach((name, condition) -> {
            FactField field = section.field(name);
            problems.add(Problem.at("/" + LocatedTree.segment(name), "missing value; '" + name + "' is required when "
                    + condition + "; allowed: " + field.allowed()));
        });
        return problems;
    }
}
