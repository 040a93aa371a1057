package org.raitoolkit.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Gives the tests of a {@link RuleSetContract} the engine with the rule set under test, built
 * once per test class and kept in JUnit's store for that class, not in static state.
 */
final class ContractEngineResolver implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ContractEngineResolver.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ToolkitEngine.class
                && context.getTestInstance().orElse(null) instanceof RuleSetContract;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RuleSetContract contract = (RuleSetContract) context.getRequiredTestInstance();
        ExtensionContext classContext = context.getParent().orElse(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(contract.ruleSet().id(),
                id -> ToolkitEngine.builder().ruleSet(contract.ruleSet()).build(), ToolkitEngine.class);
    }
}
