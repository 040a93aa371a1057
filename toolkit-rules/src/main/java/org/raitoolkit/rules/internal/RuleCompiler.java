package org.raitoolkit.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;
import org.raitoolkit.rules.RuleInfo;
import org.raitoolkit.rules.RuleResource;
import org.raitoolkit.rules.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds one {@link KieBase} from rule sets with the public KIE API. The default rules alone come
 * from the executable model compiled into this jar when it was built (META-INF/kmodule.xml,
 * kie-maven-plugin); with other rule sets, every file is compiled together with the executable
 * model, from an explicit list. Fails with every build error, each with its file, line and message, and checks
 * that every rule carries a unique {@code @id}.
 */
final class RuleCompiler {

    /** The KIE base of the default rules, as META-INF/kmodule.xml names it. */
    static final String DEFAULT_KIE_BASE = "org.raitoolkit.rules.default";

    /** The list of executable-model classes that kie-maven-plugin writes for this module. */
    static final String DEFAULT_MODELS = "META-INF/kie/org.raitoolkit/toolkit-rules/drools-model";

    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);

    private RuleCompiler() {
    }

    /** A compiled rule base and what went into it. */
    record Compiled(KieBase kieBase, String hash, List<RuleInfo> rules, List<org.raitoolkit.model.RuleSetStamp> digests) {
    }

    static Compiled compile(List<RuleSet> ruleSets) {
        long start = System.nanoTime();
        boolean defaultsOnly = ruleSets.size() == 1 && DefaultRules.ID.equals(ruleSets.get(0).id());
        KieBase base = defaultsOnly ? defaultRules(ruleSets) : withExtensions(ruleSets);
        List<Problem> problems = new ArrayList<>();
        List<RuleInfo> rules = describe(base, ruleSets, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("rules are not valid", problems);
        }
        LOG.debug("built {} rule sets ({} rules) in {} ms", ruleSets.size(), rules.size(),
                (System.nanoTime() - start) / 1_000_000);
        return new Compiled(base, hash(ruleSets), rules,
                ruleSets.stream().map(set -> new org.raitoolkit.model.RuleSetStamp(set.id(), hash(List.of(set)))).toList());
    }

    /**
     * The default rules from the executable model that kie-maven-plugin compiled into this jar,
     * built with the executable model's public entry point; compiled now if the jar holds no model
     * (a build that skipped the plugin).
     */
    private static KieBase defaultRules(List<RuleSet> defaults) {
        ClassLoader loader = RuleCompiler.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(DEFAULT_MODELS)) {
            if (in == null) {
                LOG.info("the default rules were not compiled with the library; compiling them now");
                return fromSources(defaults);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                // The file lists one model class per line after a "Drools-Model-Version:" header.
                if (!line.isBlank() && !line.contains(":")) {
                    models.add((Model) loader.loadClass(line.strip()).getDeclaredConstructor().newInstance());
                }
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("the default rules compiled into the library cannot be loaded", e);
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /**
     * The default rules as compiled into this jar, and the other rule sets compiled now into a
     * KIE base that includes them (kmodule {@code includes}): only the extensions' files are
     * compiled. Where this jar is not known to Drools' repository (the classes are a folder, as in
     * this module's own tests), every file is compiled.
     */
    private static KieBase withExtensions(List<RuleSet> ruleSets) {
        KieServices ks = KieServices.get();
        ReleaseId library = ks.newReleaseId("org.raitoolkit", "toolkit-rules", DroolsToolkitEngine.libraryVersion());
        if (ks.getRepository().getKieModule(library) == null) {
            return fromSources(ruleSets);
        }
        List<RuleSet> extensions = ruleSets.stream().filter(s -> !DefaultRules.ID.equals(s.id())).toList();
        ReleaseId releaseId = ks.newReleaseId("org.raitoolkit.generated", "rules-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.writePomXML("<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<groupId>" + releaseId.getGroupId() + "</groupId><artifactId>" + releaseId.getArtifactId() + "</artifactId>"
                + "<version>" + releaseId.getVersion() + "</version><dependencies><dependency>"
                + "<groupId>" + library.getGroupId() + "</groupId><artifactId>" + library.getArtifactId() + "</artifactId>"
                + "<version>" + library.getVersion() + "</version></dependency></dependencies></project>");
        kfs.writeKModuleXML("<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"><kbase name=\"engine\" default=\"true\""
                + " includes=\"" + DEFAULT_KIE_BASE + "\"/></kmodule>");
        return build(ks, kfs, releaseId, extensions);
    }

    /**
     * Compiles {@code ruleSets} together with the executable model.
     *
     * @throws InvalidInputException naming the file, line and message of every error
     */
    private static KieBase fromSources(List<RuleSet> ruleSets) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.raitoolkit.generated", "rules-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        return build(ks, kfs, releaseId, ruleSets);
    }

    /**
     * Writes the files of {@code ruleSets} into {@code kfs} and builds its default KIE base. The
     * module has a release id of its own, removed from Drools' repository once the base is built.
     *
     * @throws InvalidInputException naming the file, line and message of every error
     */
    private static KieBase build(KieServices ks, KieFileSystem kfs, ReleaseId releaseId, List<RuleSet> ruleSets) {
        // The compiler reports a file by its place in the compiler's file system, with or without
        // the source folder: map both back to the name the rule set gave.
        Map<String, RuleResource> byPath = new HashMap<>();
        for (RuleSet set : ruleSets) {
            for (RuleResource r : set.resources()) {
                String path = pathFor(set, r);
                byPath.put(path, r);
                byPath.put("src/main/resources/" + path, r);
                kfs.write("src/main/resources/" + path, ks.getResources().newByteArrayResource(r.content()).setResourceType(typeOf(r)));
            }
        }
        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // The executable-model generator throws, instead of reporting, on some syntax it
            // cannot parse; find the file by compiling each one alone.
            throw new InvalidInputException("rules do not compile", locateCrash(ruleSets, e));
        }
        List<Problem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            RuleResource r = m.getPath() == null ? null : byPath.get(m.getPath());
            String file = r != null ? r.name() : m.getPath() == null ? "<rules>" : m.getPath();
            String text = r != null && r.kind() == RuleResource.Kind.DRL ? new String(r.content(), StandardCharsets.UTF_8) : null;
            problems.add(CompileErrors.problem(file, text, m.getLine(), m.getColumn(), m.getText().strip()));
        }
        // The parser adds "returned a null Package" to a file whose syntax error it already reported.
        List<String> withOtherErrors = problems.stream().filter(p -> !p.message().contains("null Package"))
                .map(Problem::source).toList();
        problems.removeIf(p -> p.message().contains("null Package") && withOtherErrors.contains(p.source()));
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new InvalidInputException("rules do not compile", problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        try {
            return container.getKieBase();
        } finally {
            container.dispose();
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static ResourceType typeOf(RuleResource r) {
        return r.kind() == RuleResource.Kind.DRL ? ResourceType.DRL : ResourceType.DTABLE;
    }

    /**
     * Where a rule file goes in the compiler's file system: the folder of its DRL package (Drools
     * warns when a file's folder and package differ), its name prefixed with its rule set's id so
     * that two sets never overwrite each other's files. The default rules keep their class-path
     * folder, which already matches their package.
     */
    private static String pathFor(RuleSet set, RuleResource r) {
        String name = r.name().replace('\\', '/');
        if (DefaultRules.ID.equals(set.id())) {
            return name;
        }
        String file = set.id().toLowerCase(Locale.ROOT) + "-" + name.substring(name.lastIndexOf('/') + 1);
        String pkg = packageOf(r);
        return (pkg == null ? "rulesets" : pkg.replace('.', '/')) + "/" + file;
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern TABLE_PACKAGE = Pattern.compile("(?m)^\"?RuleSet\"?\\s*[,;]\\s*\"?([\\w.]+)");

    /** The package a DRL file or CSV decision table declares, or {@code null} if it names none. */
    private static String packageOf(RuleResource r) {
        Pattern p = switch (r.kind()) {
            case DRL -> PACKAGE;
            case DECISION_TABLE_CSV -> TABLE_PACKAGE;
            case DECISION_TABLE_XLSX -> null;
        };
        if (p == null) {
            return null;
        }
        Matcher m = p.matcher(new String(r.content(), StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : null;
    }

    /**
     * Describes every rule, and checks that each has an {@code @id}, unique across all rule sets:
     * reasons cite rules by it.
     */
    private static List<RuleInfo> describe(KieBase base, List<RuleSet> sets, List<Problem> problems) {
        Map<String, String> setOfPackage = new HashMap<>();
        for (RuleSet set : sets) {
            for (RuleResource r : set.resources()) {
                String pkg = packageOf(r);
                if (pkg != null) {
                    setOfPackage.putIfAbsent(pkg, set.id());
                }
            }
        }
        RulePhases phases = RulePhases.of(sets);
        Map<String, String> seen = new HashMap<>();
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String id = RuleMetadata.id(rule);
                RulePhases.Where where = phases.whereIs(pkg.getName(), rule.getName());
                String file = where.file().isEmpty() ? pkg.getName() + "." + rule.getName() : where.file();
                if (id == null || id.isBlank()) {
                    problems.add(new Problem(file, where.line(), 0, "", "rule '" + rule.getName()
                            + "' has no @id(...); every rule needs a unique id, cited in reasons"));
                    continue;
                }
                String previous = seen.put(id, file);
                if (previous != null) {
                    problems.add(new Problem(file, where.line(), 0, "", "rule id '" + id + "' is also used by a rule in "
                            + previous + "; ids must be unique across all rule sets"));
                }
                String description = RuleMetadata.description(rule);
                if (description == null || description.isBlank()) {
                    problems.add(new Problem(file, where.line(), 0, "", "rule " + id + " has no @description(...); "
                            + "say in a sentence what the rule does, for the rule list and for reviewers"));
                }
                String phase = phases.of(pkg.getName(), rule.getName());
                if (!Phases.isKnown(phase)) {
                    String near = CompileErrors.nearest(phase, Phases.ALL);
                    problems.add(new Problem(file, where.line(), 0, "", "rule " + id + " is in phase '" + phase
                            + "', which no assessment runs, so it would never fire; "
                            + (near == null ? "" : "did you mean `" + near + "`? ") + "the phases are " + Phases.ALL
                            + ", or no ruleflow-group to run after every phase"));
                }
                String ruleSet = where.ruleSet().isEmpty() ? setOfPackage.getOrDefault(pkg.getName(), "UNKNOWN") : where.ruleSet();
                rules.add(new RuleInfo(id, ruleSet, phase, rule.getName(),
                        description == null ? "" : description, where.file()));
            }
        }
        List<String> order = sets.stream().map(RuleSet::id).toList();
        rules.sort(Comparator.comparingInt((RuleInfo r) -> order.indexOf(r.ruleSet()))
                .thenComparingInt(r -> Phases.order(r.phase()))
                .thenComparing(RuleInfo::id));
        return List.copyOf(rules);
    }

    /** Compiles each file alone to name the ones that crash the generator. */
    private static List<Problem> locateCrash(List<RuleSet> ruleSets, RuntimeException crash) {
        List<Problem> problems = new ArrayList<>();
        KieServices ks = KieServices.get();
        for (RuleSet set : ruleSets) {
            for (RuleResource r : set.resources()) {
                ReleaseId releaseId = ks.newReleaseId("org.raitoolkit.generated", "check-" + UUID.randomUUID(), "1.0.0");
                try {
                    KieFileSystem kfs = ks.newKieFileSystem();
                    kfs.generateAndWritePomXML(releaseId);
                    kfs.write("src/main/resources/" + pathFor(set, r),
                            ks.getResources().newByteArrayResource(r.content()).setResourceType(typeOf(r)));
                    ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
                } catch (RuntimeException e) {
                    problems.add(new Problem(r.name(), 0, 0, "", "the rule compiler could not parse this file: "
                            + firstLine(e) + "; check constraints for DRL keywords used as names (when, then, end, "
                            + "rule) and for expressions the executable model does not accept"));
                } finally {
                    ks.getRepository().removeKieModule(releaseId);
                }
            }
        }
        if (problems.isEmpty()) {
            problems.add(new Problem("<rules>", 0, 0, "", "the rule compiler failed: " + firstLine(crash)));
        }
        return problems;
    }

    /** The first two lines of the compiler's message, without the name of its exception class. */
    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? "" : e.getMessage().strip();
        if (m.isEmpty()) {
            return "no message from the compiler";
        }
        return m.lines().findFirst().orElse("") + m.lines().skip(1).findFirst().map(l -> " " + l.strip()).orElse("");
    }

    /** SHA-256 over every rule set's id and files, so reports can say exactly which rules ran. */
    static String hash(List<RuleSet> ruleSets) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleSet set : ruleSets) {
                digest.update(set.id().getBytes(StandardCharsets.UTF_8));
                for (RuleResource r : set.resources()) {
                    digest.update(r.name().getBytes(StandardCharsets.UTF_8));
                    digest.update(r.content());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
