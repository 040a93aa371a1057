package org.raitoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.rules.RuleResource;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.RuleSetProviders;
import org.raitoolkit.rules.spi.RuleSetProvider;

/** The fact sections of the providers on a class path, found without compiling their rules. */
class RuleSetProvidersTest {

    /** Declares the warrant section; its rule file would not compile, which shows nothing is compiled. */
    public static final class WarrantProvider implements RuleSetProvider {
        @Override
        public RuleSet ruleSet() {
            return RuleSet.of("NATIONAL-WARRANT", "warrant rules", List.of(RuleResource.drl("w.drl", "this is not DRL")))
                    .withFacts(ExtensionFactsTest.SECTION);
        }
    }

    /** Another rule set that claims the same key. */
    public static final class RivalProvider implements RuleSetProvider {
        @Override
        public RuleSet ruleSet() {
            return RuleSet.of("RIVAL", "rival rules", List.of(RuleResource.drl("r.drl", "package r;\n")))
                    .withFacts(ExtensionFactsTest.SECTION);
        }
    }

    @TempDir
    Path dir;

    /** A class loader whose only provider registration lists {@code providers}. */
    private ClassLoader registering(Class<?>... providers) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        StringBuilder names = new StringBuilder();
        for (Class<?> p : providers) {
            names.append(p.getName()).append('\n');
        }
        Files.writeString(services.resolve(RuleSetProvider.class.getName()), names);
        // No parent registrations: the platform loader sees none, and the classes come from the test's own loader.
        ClassLoader test = getClass().getClassLoader();
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                return test.loadClass(name);
            }
        };
    }

    @Test
    void should_list_the_sections_of_every_provider_without_compiling_rules() throws IOException {
        // GIVEN a provider whose rule file does not compile
        // WHEN its sections are asked for
        // THEN they are listed
        assertThat(RuleSetProviders.factSections(registering(WarrantProvider.class))).containsExactly(ExtensionFactsTest.SECTION);
        // AND the test class path's own provider declares none
        assertThat(RuleSetProviders.factSections(getClass().getClassLoader())).isEmpty();
    }

    @Test
    void should_refuse_two_providers_that_declare_one_key() throws IOException {
        ClassLoader loader = registering(WarrantProvider.class, RivalProvider.class);
        assertThatThrownBy(() -> RuleSetProviders.factSections(loader))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).contains("RIVAL", "'nationalWarrant'", "NATIONAL-WARRANT")));
    }
}
