package org.comlife.checks.junit;

import org.comlife.checks.usercheck.ProgramCheckResult;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link CheckProgram} method's check before the method, fails the test when the verdict
 * is not the one expected, and hands the result to a method that takes it.
 */
public final class CheckProgramExtension implements BeforeTestExecutionCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CheckProgram.class);

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        result(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ProgramCheckResult.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return result(context);
    }

    /** The method's check, run once (parameters are resolved after the before-execution callbacks). */
    private static ProgramCheckResult result(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(context.getUniqueId(), key -> {
            CheckProgram check = context.getRequiredTestMethod().getAnnotation(CheckProgram.class);
            ComlifeCheck run = ComlifeCheck.of(check.value()).parameters(check.parameters()).engines(check.engines())
                    .budgetSeconds(check.budgetSeconds()).seed(check.seed());
            return check.expect() == CheckProgram.Expected.VIOLATION ? run.assertViolation() : run.assertNoViolation();
        }, ProgramCheckResult.class);
    }
}
