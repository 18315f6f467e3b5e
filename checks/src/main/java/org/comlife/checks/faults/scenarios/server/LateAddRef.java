package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.ComProcess;
import org.comlife.model.ComWorld;
import org.comlife.model.ProcessRole;
import org.comlife.model.program.ThreadStarter;

/**
 * Fault late-addref: the server's instances count themselves in Initialize rather than at
 * creation. client-a's CoCreateInstance gets an uncounted instance; releasing the factory gives
 * back the activation's implicit lock, the count falls to 0, shutdown is committed (class
 * objects suspended, WM_QUIT posted) while client-a holds the instance; then client-a's
 * Initialize, queued before the loop ends, counts 0 → 1 in the dying process.
 *
 * <p>The fix ({@link #startFixed}): count an instance when it is created, in CreateInstance,
 * before it can leave the server.
 */
public final class LateAddRef {
    private LateAddRef() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        run(world, threads, (executing, server) -> new LateCountedInstance(executing, server));
    }

    public static void startFixed(ComWorld world, ThreadStarter threads) {
        run(world, threads, (executing, server) -> new CountedInstance(executing, server));
    }

    private static void run(ComWorld world, ThreadStarter threads, InstanceKind kind) {
        world.scm().registerLauncher(SampleServer.CLSID_Sample,
                SampleServer.launcher("sample-server", threads, ServerMain.serving(kind)));
        ComProcess client = world.newProcess("client", ProcessRole.CLIENT);
        threads.start(client.newThread("client-a"),
                self -> SampleClient.createCallRelease(self, LateCountedInstance.INITIALIZE));
    }
}
