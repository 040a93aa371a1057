package org.raitoolkit.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.drools.model.Model;
import org.raitoolkit.rules.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default rules as compiled when the library was built. Used only when the rule files on the
 * class path are the ones that were compiled (their hash matches), so an edited rule file is
 * never shadowed by a stale build.
 */
final class PrecompiledRules {

    static final String KJAR = "org/raitoolkit/rules/precompiled/default-rules.kjar";
    static final String HASH = "org/raitoolkit/rules/precompiled/default-rules.sha256";

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);

    private PrecompiledRules() {
    }

    /** The models of {@code defaults}, or {@code null} if no matching precompiled jar is on the class path. */
    static List<Model> load(RuleSet defaults) {
        ClassLoader cl = PrecompiledRules.class.getClassLoader();
        try (InputStream hash = cl.getResourceAsStream(HASH); InputStream kjar = cl.getResourceAsStream(KJAR)) {
            if (hash == null || kjar == null) {
                LOG.debug("no precompiled default rules; compiling them");
                return null;
            }
            String expected = RuleCompiler.hash(List.of(defaults));
            if (!expected.equals(new String(hash.readAllBytes(), StandardCharsets.UTF_8).strip())) {
                LOG.info("the precompiled default rules are out of date; compiling them");
                return null;
            }
            return RuleCompiler.modelsOf(kjar.readAllBytes());
        } catch (IOException e) {
            LOG.warn("cannot read the precompiled default rules; compiling them", e);
            return null;
        }
    }
}
