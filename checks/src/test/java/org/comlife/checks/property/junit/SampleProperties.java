package org.comlife.checks.property.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.comlife.checks.property.action.Misuse;
import org.comlife.checks.property.execute.CaseRun;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Properties {@link ChainPropertyExtensionTest} reads or launches itself: they run only when that
 * test launches them (and the build's default test run does not pick this file).
 */
@EnabledIf(value = "org.comlife.checks.LaunchedTests#launching",
        disabledReason = "launched by a test through LaunchedTests")
class SampleProperties {

    /** Its annotation is read, never run: with the misuse, chains break invariant 4. */
    @ChainProperty(misuses = Misuse.DOUBLE_UNMARSHAL)
    void withMisuse(CaseRun run) {
    }

    /** A true property that counts its calls. */
    @EnabledIf(value = "org.comlife.checks.LaunchedTests#launching",
            disabledReason = "launched by a test through LaunchedTests")
    static class Counted {
        static final int TRIES = 25;
        static final AtomicInteger RUNS = new AtomicInteger();

        /** Every case the engine hands over has run at least one API call. */
        @ChainProperty(tries = TRIES, seed = 3)
        void everyCaseRan(CaseRun run) {
            RUNS.incrementAndGet();
            assertThat(run.apiSteps()).isPositive();
        }
    }

    /** A false property. */
    @EnabledIf(value = "org.comlife.checks.LaunchedTests#launching",
            disabledReason = "launched by a test through LaunchedTests")
    static class Refuted {

        /** False: chains hand pointers over through streams. */
        @ChainProperty(tries = 200, seed = 5)
        void neverUnmarshals(CaseRun run) {
            assertThat(run.journal()).noneMatch(entry -> entry.operation().equals("CoGetInterfaceAndReleaseStream"));
        }
    }
}
