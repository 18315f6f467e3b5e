package org.comlife.checks.usercheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.comlife.checks.jpf.host.JpfInstallation;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.MatrixProgress;
import org.comlife.model.program.ProgramParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A program comlife cannot check gets one clear line before any engine runs, never a hang: it
 * throws, starts no thread, leaves a thread unstarted, names two threads alike, or has a thread
 * that loops or blocks outside COM. (The timeouts only guard against a hang.)
 */
class BadProgramsTest {
    /** A one-second budget: a thread that runs a second without a COM call is taken to loop. */
    private static final CheckSettings ONE_SECOND = new CheckSettings(List.of(EngineId.EXHAUSTIVE), 1, 1,
            JpfInstallation.locate(null, null));

    private static String rejection(String simpleName) {
        Throwable thrown = catchThrowable(() -> ProgramCheck.run(ProgramClass.onClasspath(
                BadPrograms.class.getName() + "$" + simpleName, ProgramParameters.none()), ONE_SECOND,
                MatrixProgress.SILENT));
        assertThat(thrown).as(simpleName).isInstanceOf(ProgramRejected.class);
        assertThat(thrown.getMessage()).as(simpleName).doesNotContain("\n");
        return thrown.getMessage();
    }

    /** A start that throws is reported with the user's exception and line. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStartThatThrowsIsRefused() {
        assertThat(rejection("StartThrows")).contains(".start threw IllegalStateException: forgot to register the server")
                .contains("BadPrograms.java:");
    }

    /** A program that starts no thread, or creates a thread it never starts, is refused. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void threadsMustBeStarted() {
        assertThat(rejection("StartsNoThread")).contains("start started no thread");
        assertThat(rejection("UnstartedThread")).contains("thread app/forgotten was created but never started");
    }

    /** Two threads with one name would make a counterexample ambiguous: refused. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void threadNamesMustDiffer() {
        assertThat(rejection("DuplicateNames")).contains("two threads are named app/worker");
    }

    /** A thread that busy-waits, sleeps, or waits on a Java latch is refused, naming where it was. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void threadsThatLoopOrBlockOutsideComAreRefused() {
        assertThat(rejection("BusyWait")).contains("app/waiter ran 1000 ms without reaching a scheduling point")
                .contains("it was at").contains("BadPrograms").contains("waits only through COM");
        assertThat(rejection("Sleeps")).contains("app/sleeper ran 1000 ms without reaching a scheduling point");
        assertThat(rejection("JavaLatch")).contains("app/consumer ran 1000 ms without reaching a scheduling point");
    }

    /** A start or a constructor that never returns is ended, and refused, within its limit. */
    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void programsThatNeverStartAreRefused() {
        assertThat(rejection("StartLoops")).contains("did not run within").contains("loops or blocks");
        assertThat(rejection("ConstructorLoops")).contains("was not built within 5 s");
    }
}
