package org.raitoolkit.rules.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.raitoolkit.rules.RuleSet;

/**
 * Compiles the default rules when the library is built, into the class-path resources that
 * {@link PrecompiledRules} loads, so that an engine starts without compiling them.
 * Run by the build (exec-maven-plugin), not by users.
 */
public final class RulePrecompiler {

    private RulePrecompiler() {
    }

    /**
     * @param args the output folder (the build's classes folder)
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RulePrecompiler OUTPUT-FOLDER");
        }
        RuleSet defaults = DefaultRules.ruleSet();
        Path out = Path.of(args[0]);
        Path kjar = out.resolve(PrecompiledRules.KJAR);
        Files.createDirectories(kjar.getParent());
        Files.write(kjar, RuleCompiler.kjar(List.of(defaults)));
        Files.writeString(out.resolve(PrecompiledRules.HASH), RuleCompiler.hash(List.of(defaults)) + "\n", StandardCharsets.UTF_8);
    }
}
