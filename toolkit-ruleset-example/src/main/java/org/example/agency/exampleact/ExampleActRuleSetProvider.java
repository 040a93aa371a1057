package org.example.agency.exampleact;

import org.raitoolkit.model.FactSection;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.spi.RuleSetProvider;

/**
 * The Example Act rule set with its typed facts. An engine built with
 * {@code ToolkitEngine.builder().discoverRuleSets()} finds it through
 * {@code META-INF/services/org.raitoolkit.rules.spi.RuleSetProvider}.
 */
public final class ExampleActRuleSetProvider implements RuleSetProvider {

    /** The id of the rule set; the engine lists it in {@code ruleSets()} and in every report. */
    public static final String RULE_SET_ID = "EXAMPLE-ACT";

    /** The {@code exampleAct} section of an answer file: each fact with its label and help text. */
    public static final FactSection<ExampleActFacts> SECTION = FactSection.builder("exampleAct", ExampleActFacts.class)
            .title("Example Act")
            .description("Facts the rules of the (fictional) Example Act read.")
            .field("registration", "Register entry",
                    "Is the system in the national algorithm register? NOT_REGISTERED, PENDING or REGISTERED (Example Act s.4).")
            .field("monthsSinceAudit", "Months since the last audit",
                    "How many months ago the system was last audited by an independent auditor (Example Act s.7).")
            .requiredWhen("monthsSinceAudit", "registration", "REGISTERED")
            .build();

    /** Called by {@link java.util.ServiceLoader}. */
    public ExampleActRuleSetProvider() {
    }

    @Override
    public RuleSet ruleSet() {
        return RuleSet.fromClasspath(RULE_SET_ID, "Example Act: the national algorithm register and audits",
                ExampleActRuleSetProvider.class.getClassLoader(), "org/example/agency/exampleact/example-act.drl")
                .withFacts(SECTION);
    }
}
