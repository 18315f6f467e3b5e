package org.comlife.checks.property.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.checks.LaunchedTests;
import org.comlife.checks.property.PropertyFailure;
import org.comlife.checks.property.PropertyResult;
import org.comlife.checks.property.PropertySettings;
import org.comlife.checks.property.action.Misuse;
import org.comlife.checks.property.execute.CaseRun;
import org.comlife.model.HResult;
import org.comlife.model.journal.JournalEntry;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Properties written as test methods: the engine runs them per case, and a rejected case is shrunk and reported. */
class ChainPropertyExtensionTest {
    /** A correct chain never calls an object from the wrong apartment: no call answers RPC_E_WRONG_THREAD. */
    @ChainProperty(tries = 80, seed = 0xC0FFEE)
    void correctChainsNeverCallAcrossApartments(CaseRun run) {
        for (JournalEntry entry : run.journal()) {
            assertThat(entry.result()).as(entry.toString()).doesNotContain(HResult.RPC_E_WRONG_THREAD.name());
        }
    }

    /** Every launched server of a correct chain ends by exiting, once its clients let go. */
    @ChainProperty(tries = 80, seed = 0xBEEF, maxThreads = 3)
    void everyLaunchedServerExits(CaseRun run) {
        run.world().processes().stream().filter(process -> process.name().startsWith("server-"))
                .forEach(server -> assertThat(server.isExited()).as(server.name()).isTrue());
    }

    /** A property that holds runs once per case, with the case's run, and its test passes. */
    @Test
    void aPropertyRunsOncePerCase() {
        SampleProperties.Counted.RUNS.set(0);

        TestExecutionSummary summary = LaunchedTests.launch(SampleProperties.Counted.class);

        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(SampleProperties.Counted.RUNS.get()).isEqualTo(SampleProperties.Counted.TRIES);
    }

    /**
     * A property the engine refutes fails its JUnit test with a {@link PropertyFailure} whose
     * message holds the seed, how to replay it, the minimal chain and the journal.
     */
    @Test
    void aRefutedPropertyFailsItsTestWithTheShrunkCase() {
        TestExecutionSummary summary = LaunchedTests.launch(SampleProperties.Refuted.class);

        assertThat(summary.getTestsStartedCount()).isEqualTo(1);
        assertThat(summary.getTestsFailedCount()).isEqualTo(1);
        Throwable failure = summary.getFailures().get(0).getException();
        assertThat(failure).isInstanceOf(PropertyFailure.class)
                .hasMessageContaining("case seed 0x")
                .hasMessageContaining("-Dcomlife.seed=")
                .hasMessageContaining("Minimal chain:")
                .hasMessageContaining("CoGetInterfaceAndReleaseStream")
                .hasMessageContaining("Journal of the minimal run");
        PropertyResult result = ((PropertyFailure) failure).result();
        assertThat(result.counterexample().minimal().chain().actionCount()).isLessThanOrEqualTo(5);
    }

    /** The annotation's settings reach the engine: tries, seed, thread bounds and misuses. */
    @Test
    void annotationSettingsReachTheEngine() throws NoSuchMethodException {
        ChainProperty plain = getClass().getDeclaredMethod("everyLaunchedServerExits", CaseRun.class)
                .getAnnotation(ChainProperty.class);
        ChainProperty misusing = SampleProperties.class.getDeclaredMethod("withMisuse", CaseRun.class)
                .getAnnotation(ChainProperty.class);

        PropertySettings settings = ChainPropertyExtension.settings(plain);

        assertThat(settings.tries()).isEqualTo(80);
        assertThat(settings.seed()).isEqualTo(0xBEEF);
        assertThat(settings.generation().maxThreads()).isEqualTo(3);
        assertThat(settings.generation().vocabulary().misuses()).isEmpty();
        assertThat(ChainPropertyExtension.settings(misusing).generation().vocabulary().misuses())
                .containsExactly(Misuse.DOUBLE_UNMARSHAL);
    }
}
