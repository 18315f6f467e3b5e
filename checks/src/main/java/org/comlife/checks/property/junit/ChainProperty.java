package org.comlife.checks.property.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.comlife.checks.property.action.Misuse;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Makes a test method a property of the engine: it runs once per generated case, with the
 * executed {@link org.comlife.checks.property.execute.CaseRun} as its argument (or none), after
 * every invariant held in every state of the case; throwing rejects the case. On failure the
 * test fails with the seed, the shrunk chain, its schedule, the broken invariant and the journal.
 * {@code -Dcomlife.seed=<case seed>} replays one printed case instead of running the tries.
 *
 * <pre>{@code
 * @ChainProperty(tries = 200, seed = 42)
 * void noCorrectChainCallsAcrossApartments(CaseRun run) { ... }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(ChainPropertyExtension.class)
public @interface ChainProperty {

    /** How many cases to generate. */
    int tries() default 100;

    /** The run's seed; 0 draws a fresh one (printed, so a failure can be rerun). */
    long seed() default 0;

    /** The most free actions before a chain's closing part. */
    int maxActions() default 14;

    int minThreads() default 2;

    int maxThreads() default 4;

    /** Misuses the chains may contain besides correct use (none: every chain is a correct use of the API). */
    Misuse[] misuses() default {};
}
