package org.raitoolkit.rules.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
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
import org.kie.api.runtime.KieContainer;
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
    record Compiled(KieBase kieBase, String hash, Map<String, String> ruleSetOfRule) {
    }

    static Compiled compile(List<RuleSet> ruleSets) {
        long start = System.nanoTime();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        String hash = hash(ruleSets);
        // A release id unique to this content keeps engines built from different rules apart
        // in Drools' JVM-wide repository; the module is removed from it once the base is built.
        ReleaseId releaseId = ks.newReleaseId("org.raitoolkit.generated", "rules-" + hash.substring(0, 16), "1.0.0");
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
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Problem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String file = m.getPath() == null ? "<rules>" : displayNames.getOrDefault(m.getPath(), m.getPath());
            problems.add(new Problem(file, Math.max(0, m.getLine()), Math.max(0, m.getColumn()), "", m.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("rules do not compile", problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase base = container.getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        Map<String, String> ruleSetOfRule = checkIds(base, ruleSets, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("rules are not valid", problems);
        }
        LOG.debug("compiled {} rule sets ({} rules) in {} ms", ruleSets.size(), ruleSetOfRule.size(),
                (System.nanoTime() - start) / 1_000_000);
        return new Compiled(base, hash, ruleSetOfRule);
    }

    /**
     * Each rule set's files sit in their own folder. DRL files of the default rules keep their
     * class-path folder, which matches their package.
     */
    private static String pathFor(RuleSet set, RuleResource r) {
        String name = r.name().replace('\\', '/');
        if (DefaultRules.ID.equals(set.id())) {
            return name;
        }
        String file = name.substring(name.lastIndexOf('/') + 1);
        return "rulesets/" + set.id().toLowerCase(java.util.Locale.ROOT) + "/" + file;
    }

    /** Every rule needs an {@code @id}, unique across all rule sets: reasons cite rules by it. */
    private static Map<String, String> checkIds(KieBase base, List<RuleSet> sets, List<Problem> problems) {
        Map<String, String> seen = new HashMap<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Object id = rule.getMetaData().get("id");
                String where = pkg.getName() + "." + rule.getName();
                if (id == null || String.valueOf(id).isBlank()) {
                    problems.add(new Problem(where, 0, 0, "", "rule '" + rule.getName()
                            + "' has no @id(...); every rule needs a unique id, cited in reasons"));
                } else if (seen.put(String.valueOf(id), where) != null) {
                    problems.add(new Problem(where, 0, 0, "", "rule id '" + id + "' is used by more than one rule; ids must be unique"));
                }
            }
        }
        return seen;
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
