package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.ComProcess;
import org.comlife.model.ComWorld;
import org.comlife.model.ProcessRole;
import org.comlife.model.program.ThreadStarter;

/**
 * Fault leaked-reference: the instance's final release does not call CoReleaseServerProcess.
 * client-a creates, calls and releases its instance and leaves; the server's count stays at 1,
 * its message loop never gets WM_QUIT, and the server never exits. In a bounded run "never"
 * shows as the server's thread being the only one left, waiting for a message that cannot
 * come.
 *
 * <p>The fix ({@link #startFixed}): every CoAddRefServerProcess has its CoReleaseServerProcess,
 * in the final release of the object that took it.
 */
public final class LeakedReference {
    private LeakedReference() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        run(world, threads, (executing, server) -> new LeakyInstance(executing));
    }

    public static void startFixed(ComWorld world, ThreadStarter threads) {
        run(world, threads, (executing, server) -> new CountedInstance(executing, server));
    }

    private static void run(ComWorld world, ThreadStarter threads, InstanceKind kind) {
        world.scm().registerLauncher(SampleServer.CLSID_Sample,
                SampleServer.launcher("sample-server", threads, ServerMain.serving(kind)));
        ComProcess client = world.newProcess("client", ProcessRole.CLIENT);
        threads.start(client.newThread("client-a"), self -> SampleClient.createCallRelease(self, SampleClient.WORK));
    }
}
