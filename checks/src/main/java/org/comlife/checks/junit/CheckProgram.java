package org.comlife.checks.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.comlife.checks.matrix.EngineId;
import org.comlife.model.program.Program;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Makes a method a test that checks one of your programs on the chosen engines before the
 * method runs; the test fails with the counterexample when the verdict is not the one expected.
 * The method may take the {@link org.comlife.checks.usercheck.ProgramCheckResult} to look at it
 * further.
 *
 * <pre>{@code
 * @CheckProgram(value = FixedTallyCheck.class, parameters = "clients=2")
 * void tallyServerShutsDownSafely() {
 * }
 *
 * @CheckProgram(value = TallyCheck.class, expect = Expected.VIOLATION, engines = EngineId.EXHAUSTIVE)
 * void ownCountOfTalliesIsCaught(ProgramCheckResult result) {
 *     assertThat(result.violatingEngines()).contains(EngineId.EXHAUSTIVE);
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@ExtendWith(CheckProgramExtension.class)
public @interface CheckProgram {

    /** The program class. */
    Class<? extends Program> value();

    /** Its parameters, each {@code name=value}. */
    String[] parameters() default {};

    /** The engines (default: Lincheck, the property engine, the exhaustive explorer). */
    EngineId[] engines() default {EngineId.LINCHECK, EngineId.PROPERTY, EngineId.EXHAUSTIVE};

    /** Seconds each engine may spend. */
    long budgetSeconds() default 60;

    /** The seed of the random schedules. */
    long seed() default 1;

    /** The verdict the test expects. */
    Expected expect() default Expected.NO_VIOLATION;

    /** What a {@link CheckProgram} test expects of its program. */
    enum Expected {
        /** Every engine passes it (and finishes). */
        NO_VIOLATION,
        /** Some engine finds a violation: a program written wrongly on purpose. */
        VIOLATION
    }
}
