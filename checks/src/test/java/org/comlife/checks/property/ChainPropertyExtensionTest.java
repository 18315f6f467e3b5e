package org.comlife.checks.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.comlife.checks.property.execute.CaseRun;
import org.comlife.model.HResult;
import org.comlife.model.journal.JournalEntry;
import org.junit.jupiter.api.Test;

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

    /** A property the engine refutes fails with the seed, the minimal chain and the journal in its message. */
    @Test
    void aRejectedCaseIsShrunkAndReported() {
        PropertySettings settings = PropertySettings.defaults(5).withTries(200);

        assertThatThrownBy(() -> PropertyRunner.assertHolds(settings, run -> assertThat(run.journal())
                .noneMatch(entry -> entry.operation().equals("CoGetInterfaceAndReleaseStream"))))
                .isInstanceOf(PropertyFailure.class)
                .hasMessageContaining("case seed 0x")
                .hasMessageContaining("-Dcomlife.seed=")
                .hasMessageContaining("Minimal chain:")
                .hasMessageContaining("CoGetInterfaceAndReleaseStream")
                .hasMessageContaining("Journal of the minimal run")
                .satisfies(failure -> {
                    PropertyResult result = ((PropertyFailure) failure).result();
                    assertThat(result.counterexample().minimal().chain().actionCount()).isLessThanOrEqualTo(5);
                });
    }

    /** The annotation's settings reach the engine: tries, seed, thread bounds and misuses by fault id. */
    @Test
    void annotationSettingsReachTheEngine() throws NoSuchMethodException {
        ChainProperty annotation = getClass().getDeclaredMethod("everyLaunchedServerExits", CaseRun.class)
                .getAnnotation(ChainProperty.class);

        PropertySettings settings = ChainPropertyExtension.settings(annotation);

        assertThat(settings.tries()).isEqualTo(80);
        assertThat(settings.seed()).isEqualTo(0xBEEF);
        assertThat(settings.generation().maxThreads()).isEqualTo(3);
        assertThat(settings.generation().vocabulary().misuses()).isEmpty();
    }
}
