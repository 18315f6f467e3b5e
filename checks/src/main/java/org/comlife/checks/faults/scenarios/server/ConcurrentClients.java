package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.ProcessRole;
import org.comlife.model.program.ThreadStarter;

/**
 * Two clients, client-a and client-b, that each activate the sample class, call the instance
 * and release it, with nothing ordering them: one client's last release can meet the other's
 * activation, which is where a server's shutdown decision races. The SCM launches the server
 * on the first activation, and a new one when an activation finds the first one stopping.
 *
 * <p>With the server written right ({@link #start}) this is the twin of tedious-count and the
 * program of split-release.
 */
public final class ConcurrentClients {
    private ConcurrentClients() {
    }

    /** The two clients, with the server written right. */
    public static void start(ComWorld world, ThreadStarter threads) {
        start(world, threads, "sample-server", ServerMain.serving((executing, server) ->
                new CountedInstance(executing, server)));
    }

    /** The two clients, with the server the SCM launches running the given main thread. */
    static void start(ComWorld world, ThreadStarter threads, String serverName, ServerBody serverMain) {
        world.scm().registerLauncher(SampleServer.CLSID_Sample, SampleServer.launcher(serverName, threads, serverMain));
        ComProcess client = world.newProcess("client", ProcessRole.CLIENT);
        ComThread clientA = client.newThread("client-a");
        ComThread clientB = client.newThread("client-b");
        threads.start(clientA, self -> SampleClient.createCallRelease(self, SampleClient.WORK));
        threads.start(clientB, self -> SampleClient.createCallRelease(self, SampleClient.WORK));
    }
}
