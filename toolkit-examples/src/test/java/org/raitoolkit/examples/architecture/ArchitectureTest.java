package org.raitoolkit.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries every module promises, checked on the compiled classes of all modules: public
 * API in each module's root package, extension points in {@code spi}, the rest in
 * {@code internal}, which no other module touches; no Drools or Jackson type in a public
 * signature; no cycle between modules; rule files import only public or {@code spi} types.
 * Each rule is also shown failing on a deliberate violation (the {@code fixture} packages).
 */
class ArchitectureTest {

    /** Each module's root package; implementation lives in ROOT.internal, extension points in ROOT.spi. */
    static final List<String> ROOTS = List.of("org.raitoolkit.model", "org.raitoolkit.content", "org.raitoolkit.rules",
            "org.raitoolkit.reports", "org.raitoolkit.documents", "org.raitoolkit.euaiact", "org.raitoolkit.euled", "org.raitoolkit.testkit", "org.raitoolkit.web",
            "org.raitoolkit.examples", "org.raitoolkit.examples.cli");

    private static JavaClasses toolkit;

    @BeforeAll
    static void importClasses() {
        toolkit = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                // The default rules' packages hold only classes that the rule compiler generated.
                .withImportOption(location -> !location.matches(Pattern.compile(".*/org/raitoolkit/rules/(risk|readiness|workbook)/.*")))
                .importPackages("org.raitoolkit");
    }

    // ------------------------------------------------------------------------------- the rules

    /** Every class lives in a module's root package, its spi or its internal package. */
    static ArchRule packagesAreRootSpiOrInternal() {
        return classes().should(new ArchCondition<>("reside in a module's root, spi or internal package") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String pkg = c.getPackageName();
                boolean ok = ROOTS.stream().anyMatch(r -> pkg.equals(r) || pkg.equals(r + ".spi") || pkg.equals(r + ".internal"));
                if (!ok) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " is in " + pkg
                            + ", which is not a module's root, spi or internal package"));
                }
            }
        });
    }

    /** Nothing outside a module reaches into its internal package. */
    static List<ArchRule> internalsStayInside() {
        List<ArchRule> rules = new ArrayList<>();
        for (String root : ROOTS) {
            rules.add(noClasses().that().resideOutsideOfPackage(root + "..")
                    .should().dependOnClassesThat().resideInAPackage(root + ".internal..")
                    .as("no class outside " + root + " depends on " + root + ".internal"));
        }
        return rules;
    }

    /** Extension points never lean on implementation. */
    static ArchRule spiDoesNotUseInternal() {
        return noClasses().that().resideInAPackage("..spi..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .as("no spi type depends on an internal type");
    }

    /**
     * Public and protected members of public types outside internal packages show no Drools or
     * Jackson type, nor one of the web server's (Javalin, Jetty).
     */
    static ArchRule noDroolsOrJacksonInPublicSignatures() {
        return classes().that().arePublic().and().resideOutsideOfPackage("..internal..")
                .should(new ArchCondition<>("show no Drools, KIE, Jackson, Javalin or Jetty type in a public or protected signature") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        for (JavaMember m : c.getMembers()) {
                            if (!exposed(m)) {
                                continue;
                            }
                            for (JavaType t : signatureTypes(m)) {
                                for (JavaClass raw : t.getAllInvolvedRawTypes()) {
                                    if (isForeign(raw.getName())) {
                                        events.add(SimpleConditionEvent.violated(m, m.getFullName() + " shows " + raw.getName()));
                                    }
                                }
                            }
                        }
                    }
                });
    }

    /** No cycle between modules: model, content, rules, reports, ... depend on each other one way only. */
    static ArchRule modulesAreFreeOfCycles() {
        return slices().matching("org.raitoolkit.(*)..").should().beFreeOfCycles();
    }

    /** The reports render stored results: they need the model, never the rules engine. */
    static ArchRule reportsDoNotNeedTheEngine() {
        return noClasses().that().resideInAPackage("org.raitoolkit.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("org.raitoolkit.rules..", "org.drools..", "org.kie..")
                .as("reports depend on the model, not on the rules engine");
    }

    // ------------------------------------------------------------------------------ the checks

    @Test
    void should_keep_every_class_in_a_root_spi_or_internal_package_when_all_modules_are_checked() {
        packagesAreRootSpiOrInternal().check(toolkit);
    }

    @Test
    void should_keep_internal_packages_private_to_their_module_when_all_modules_are_checked() {
        internalsStayInside().forEach(rule -> rule.check(toolkit));
        spiDoesNotUseInternal().check(toolkit);
    }

    @Test
    void should_show_no_drools_or_jackson_type_when_public_signatures_are_checked() {
        noDroolsOrJacksonInPublicSignatures().check(toolkit);
    }

    @Test
    void should_find_no_cycle_when_module_dependencies_are_checked() {
        modulesAreFreeOfCycles().check(toolkit);
        reportsDoNotNeedTheEngine().check(toolkit);
    }

    @Test
    void should_import_only_public_or_spi_types_when_rule_files_are_read() throws IOException {
        // GIVEN every rule file in the modules' sources and tests
        Path repository = Path.of("..").toRealPath();
        List<Path> drl;
        try (Stream<Path> files = Files.walk(repository)) {
            drl = files.filter(p -> p.toString().endsWith(".drl") && p.toString().contains("/src/")).toList();
        }
        assertThat(drl).as("rule files found").hasSizeGreaterThan(10);
        // WHEN their imports and globals are read
        Pattern imported = Pattern.compile("(?m)^\\s*(?:import|global)\\s+(?:static\\s+)?([\\w.]+)");
        List<String> leaks = new ArrayList<>();
        for (Path file : drl) {
            Matcher m = imported.matcher(Files.readString(file));
            while (m.find()) {
                if (m.group(1).contains(".internal.") || isForeign(m.group(1))) {
                    leaks.add(repository.relativize(file) + " imports " + m.group(1));
                }
            }
        }
        // THEN none names an internal type or an engine type
        assertThat(leaks).isEmpty();
    }

    // ------------------------------------------------------------------ deliberate violations

    @Test
    void should_fail_when_a_class_outside_a_module_uses_its_internal_package() {
        // GIVEN a class of another package that uses fixture.internal.Hidden
        JavaClasses fixture = new ClassFileImporter().importPackages("org.raitoolkit.examples.architecture.fixture");
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.raitoolkit.examples.architecture.fixture.lib..")
                .should().dependOnClassesThat().resideInAPackage("org.raitoolkit.examples.architecture.fixture.lib.internal..");
        // WHEN / THEN
        assertThatThrownBy(() -> rule.check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("fixture.user.Caller");
    }

    @Test
    void should_fail_when_a_public_signature_shows_a_drools_or_jackson_type() {
        // GIVEN a public type whose methods return a KieSession and a Jetty Server and take a JsonNode
        JavaClasses fixture = new ClassFileImporter().importPackages("org.raitoolkit.examples.architecture.fixture");
        // WHEN / THEN
        assertThatThrownBy(() -> noDroolsOrJacksonInPublicSignatures().check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.kie.api.runtime.KieSession")
                .hasMessageContaining("com.fasterxml.jackson.databind.JsonNode")
                .hasMessageContaining("org.eclipse.jetty.server.Server");
    }

    @Test
    void should_fail_when_a_class_lives_outside_the_root_spi_and_internal_packages() {
        // GIVEN classes in fixture packages, which are no module's packages
        JavaClasses fixture = new ClassFileImporter().importPackages("org.raitoolkit.examples.architecture.fixture");
        // WHEN / THEN
        assertThatThrownBy(() -> packagesAreRootSpiOrInternal().check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("which is not a module's root, spi or internal package");
    }

    @Test
    void should_fail_when_two_modules_depend_on_each_other() {
        // GIVEN fixture.cycle.a and fixture.cycle.b, each using the other
        JavaClasses fixture = new ClassFileImporter().importPackages("org.raitoolkit.examples.architecture.fixture.cycle");
        ArchRule rule = slices().matching("org.raitoolkit.examples.architecture.fixture.cycle.(*)..").should().beFreeOfCycles();
        // WHEN / THEN
        assertThatThrownBy(() -> rule.check(fixture)).isInstanceOf(AssertionError.class).hasMessageContaining("Cycle");
    }

    // -------------------------------------------------------------------------------- helpers

    /** Drools and Jackson; the web app's HTTP server (Javalin, Jetty, the servlet API, Kotlin's runtime) and its templates (jte). */
    private static final Set<String> FOREIGN = Set.of("org.kie.", "org.drools.", "com.fasterxml.jackson.", "io.javalin.",
            "org.eclipse.jetty.", "jakarta.servlet.", "kotlin.", "gg.jte.");

    static boolean isForeign(String typeName) {
        return FOREIGN.stream().anyMatch(typeName::startsWith);
    }

    private static boolean exposed(JavaMember m) {
        Set<JavaModifier> mods = m.getModifiers();
        return mods.contains(JavaModifier.PUBLIC) || mods.contains(JavaModifier.PROTECTED);
    }

    private static List<JavaType> signatureTypes(JavaMember m) {
        List<JavaType> types = new ArrayList<>();
        if (m instanceof JavaField f) {
            types.add(f.getType());
        } else if (m instanceof JavaCodeUnit code) {
            types.add(code.getReturnType());
            types.addAll(code.getParameterTypes());
            code.getThrowsClause().getTypes().forEach(types::add);
        }
        return types;
    }
}
