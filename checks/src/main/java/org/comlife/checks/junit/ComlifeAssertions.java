package org.comlife.checks.junit;

import org.comlife.checks.usercheck.ProgramCheckResult;
import org.comlife.model.program.Program;

/**
 * One-line checks of your programs for a JUnit test, with the default engines, budget and seed
 * ({@link ComlifeCheck} chooses others):
 *
 * <pre>{@code
 * assertNoViolation(FixedTallyCheck.class);
 * assertNoViolation(FixedTallyCheck.class, "clients=3");
 * assertViolation(TallyCheck.class);   // the wrong one must be caught
 * }</pre>
 */
public final class ComlifeAssertions {
    private ComlifeAssertions() {
    }

    /** Fails with the counterexample unless every engine passes the program (parameters as {@code name=value}). */
    public static ProgramCheckResult assertNoViolation(Class<? extends Program> program, String... parameters) {
        return ComlifeCheck.of(program).parameters(parameters).assertNoViolation();
    }

    /** Fails unless some engine finds a violation in the program (parameters as {@code name=value}). */
    public static ProgramCheckResult assertViolation(Class<? extends Program> program, String... parameters) {
        return ComlifeCheck.of(program).parameters(parameters).assertViolation();
    }
}
