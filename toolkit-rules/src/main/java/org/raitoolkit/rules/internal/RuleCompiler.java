package org.raitoolkit.rules.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.raitoolkit.rules.RuleInfo;
import java.util.Map;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.modelcompiler.CanonicalKieModuleModel;
import org.drools.modelcompiler.KieBaseBuilder;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;
import org.raitoolkit.rules.RuleResource;
import org.raitoolkit.rules.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles rule sets into one {@link KieBase} with the executable model, from an explicit list of
 * resources. Fails with every build error, each with its file, line and message, and checks that
 * every rule carries a unique {@code @id}.
 */
final class RuleCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);

    private RuleCompiler() {
    }

    /** A compiled rule base and what went into it. */
    record Compiled(KieBase kieBase, String hash, List<RuleInfo> rules) {
    }

    static Compiled compile(List<RuleSet> ruleSets) {
        long start = System.nanoTime();
        String hash = hash(ruleSets);
        List<Model> models = new ArrayList<>();
        List<RuleSet> toCompile = new ArrayList<>(ruleSets);
        // The default rules are compiled when the library is built (see RulePrecompiler): loading
        // them takes a fraction of a second, compiling them several seconds.
        if (!toCompile.isEmpty() && DefaultRules.ID.equals(toCompile.get(0).id())) {
            List<Model> precompiled = PrecompiledRules.load(toCompile.get(0));
            if (precompiled != null) {
                models.addAll(precompiled);
                toCompile.remove(0);
            }
        }
        if (!toCompile.isEmpty()) {
            models.addAll(modelsOf(kjar(toCompile)));
        }
        KieBase base = KieBaseBuilder.createKieBaseFromModel(models);
        List<Problem> problems = new ArrayList<>();
        List<RuleInfo> rules = describe(base, ruleSets, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("rules are not valid", problems);
        }
        LOG.debug("built {} rule sets ({} rules, {} compiled now) in {} ms", ruleSets.size(), rules.size(),
                toCompile.size(), (System.nanoTime() - start) / 1_000_000);
        return new Compiled(base, hash, rules);
    }

    /**
     * Compiles {@code ruleSets} with the executable model into a jar (a kjar) of generated
     * classes.
     *
     * @throws InvalidInputException naming the file, line and message of every error
     */
    static byte[] kjar(List<RuleSet> ruleSets) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A release id per content keeps builds apart in Drools' JVM-wide repository.
        ReleaseId releaseId = ks.newReleaseId("org.raitoolkit.generated", "rules-" + hash(ruleSets).substring(0, 16), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> displayNames = new HashMap<>();
        for (RuleSet set : ruleSets) {
            for (RuleResource r : set.resources()) {
                String path = "src/main/resources/" + pathFor(set, r);
                displayNames.put(path, r.name());
                kfs.write(ks.getResources().newByteArrayResource(r.content())
                        .setSourcePath(path)
                        .setResourceType(r.kind() == RuleResource.Kind.DRL ? ResourceType.DRL : ResourceType.DTABLE));
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
            String file = m.getPath() == null ? "<rules>" : displayNames.getOrDefault(m.getPath(), m.getPath());
            problems.add(new Problem(file, Math.max(0, m.getLine()), Math.max(0, m.getColumn()), "", m.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("rules do not compile", problems);
        }
        byte[] bytes = ((InternalKieModule) builder.getKieModule()).getBytes();
        ks.getRepository().removeKieModule(releaseId);
        return bytes;
    }

    /** The executable models in a kjar, its classes loaded by a class loader of their own. */
    static List<Model> modelsOf(byte[] kjar) {
        KjarClassLoader loader = new KjarClassLoader(kjar, RuleCompiler.class.getClassLoader());
        String projectModel = loader.classNames().stream()
                .filter(n -> n.startsWith("org.drools.project.model.ProjectModel"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("compiled rules hold no project model"));
        try {
            CanonicalKieModuleModel model = (CanonicalKieModuleModel) loader.loadClass(projectModel)
                    .getDeclaredConstructor().newInstance();
            return model.getModels();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the compiled rules", e);
        }
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
        String file = set.id().toLowerCase(java.util.Locale.ROOT) + "-" + name.substring(name.lastIndexOf('/') + 1);
        String pkg = packageOf(r);
        return (pkg == null ? "rulesets" : pkg.replace('.', '/')) + "/" + file;
    }

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
        Map<String, String> setOfPackage = packages(sets);
        Map<String, String> seen = new HashMap<>();
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String id = RuleMetadata.id(rule);
                String where = pkg.getName() + "." + rule.getName();
                if (id == null || id.isBlank()) {
                    problems.add(new Problem(where, 0, 0, "", "rule '" + rule.getName()
                            + "' has no @id(...); every rule needs a unique id, cited in reasons"));
                    continue;
                }
                String previous = seen.put(id, where);
                if (previous != null) {
                    problems.add(new Problem(where, 0, 0, "", "rule id '" + id + "' is also used by " + previous
                            + "; ids must be unique across all rule sets"));
                }
                String description = RuleMetadata.description(rule);
                rules.add(new RuleInfo(id, setOfPackage.getOrDefault(pkg.getName(), "UNKNOWN"),
                        ((RuleImpl) rule).getAgendaGroup(), rule.getName(), description == null ? "" : description));
            }
        }
        List<String> order = sets.stream().map(RuleSet::id).toList();
        rules.sort(Comparator.comparingInt((RuleInfo r) -> order.indexOf(r.ruleSet()))
                .thenComparingInt(r -> Phases.order(r.phase()))
                .thenComparing(RuleInfo::id));
        return List.copyOf(rules);
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    /** Which rule set each package comes from, read from the files' package lines. */
    private static Map<String, String> packages(List<RuleSet> sets) {
        Map<String, String> map = new HashMap<>();
        for (RuleSet set : sets) {
            for (RuleResource r : set.resources()) {
                String pkg = packageOf(r);
                if (pkg != null) {
                    map.putIfAbsent(pkg, set.id());
                }
            }
        }
        return map;
    }

    /** Compiles each file alone to name the ones that crash the generator. */
    private static List<Problem> locateCrash(List<RuleSet> ruleSets, RuntimeException crash) {
        List<Problem> problems = new ArrayList<>();
        for (RuleSet set : ruleSets) {
            for (RuleResource r : set.resources()) {
                try {
                    KieServices ks = KieServices.Factory.get();
                    KieFileSystem kfs = ks.newKieFileSystem();
                    kfs.write(ks.getResources().newByteArrayResource(r.content())
                            .setSourcePath("src/main/resources/" + pathFor(set, r))
                            .setResourceType(r.kind() == RuleResource.Kind.DRL ? ResourceType.DRL : ResourceType.DTABLE));
                    ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
                } catch (RuntimeException e) {
                    problems.add(new Problem(r.name(), 0, 0, "", "the rule compiler could not parse this file: "
                            + firstLine(e) + "; check constraints for DRL keywords used as names (when, then, end, "
                            + "rule) and for expressions the executable model does not accept"));
                }
            }
        }
        if (problems.isEmpty()) {
            problems.add(new Problem("<rules>", 0, 0, "", "the rule compiler failed: " + firstLine(crash)));
        }
        return problems;
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage()).strip();
        return e.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m.lines().findFirst().orElse("")
                + m.lines().skip(1).findFirst().map(l -> " " + l.strip()).orElse(""));
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
