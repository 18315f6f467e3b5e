package org.comlife.specs.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.ComProcess;
import org.comlife.model.ComWorld;
import org.comlife.model.ProcessRole;
import org.comlife.model.WaitMode;
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.OutOfProcessServerExample;
import org.comlife.model.examples.VsPackageExample;
import org.comlife.model.snapshot.ThreadSnapshot;
import org.comlife.model.snapshot.WorldSnapshot;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The three examples of the source documents, run on real threads many times: every invariant
 * holds at the end of every run, every thread finished, and every server exited.
 */
class ExamplesHoldInvariantsTest {
    /** Runs per example: enough to see different interleavings of the real threads. */
    private static final int RUNS = 15;

    /** The Visual Studio package example breaks no invariant and leaves no thread behind. */
    @RepeatedTest(RUNS)
    void vsPackageHoldsEveryInvariant() throws InterruptedException {
        ComWorld world = VsPackageExample.run();
        assertHoldsAtEnd(world);
        assertThat(world.journal().size()).isGreaterThan(10);
    }

    /** The GIT-based auto-marshaling example breaks no invariant and leaves no thread behind. */
    @RepeatedTest(RUNS)
    void managedAutoMarshalHoldsEveryInvariant() throws InterruptedException {
        ComWorld world = ManagedAutoMarshalExample.run();
        assertHoldsAtEnd(world);
        assertThat(world.processes().get(0).globalInterfaceTable().cookies()).isEmpty();
    }

    /** The out-of-process server example breaks no invariant, and every server exits once its clients let go. */
    @RepeatedTest(RUNS)
    void outOfProcessServerHoldsEveryInvariant() throws InterruptedException {
        ComWorld world = OutOfProcessServerExample.run();
        assertHoldsAtEnd(world);
        List<ComProcess> servers = new ArrayList<>();
        for (ComProcess process : world.processes()) {
            if (process.role() == ProcessRole.SERVER) {
                servers.add(process);
            }
        }
        assertThat(servers).as("the first server and at least one relaunch").hasSizeGreaterThanOrEqualTo(2);
        assertThat(servers).allMatch(ComProcess::isExited);
        assertThat(world.scm().launches()).isEqualTo(servers.size());
    }

    private static void assertHoldsAtEnd(ComWorld world) {
        WorldSnapshot end = WorldSnapshot.of(world);
        assertThat(InvariantChecker.check(end, true)).as(world.journal().render()).isEmpty();
        for (ThreadSnapshot thread : end.threads()) {
            assertThat(thread.waitMode()).as(thread.name() + " of " + thread.process()).isEqualTo(WaitMode.TERMINATED);
        }
        for (Thread alive : Thread.getAllStackTraces().keySet()) {
            for (ComProcess process : world.processes()) {
                assertThat(alive.getName()).as("Java thread left running")
                        .doesNotStartWith(process.name() + "/");
            }
        }
    }
}
