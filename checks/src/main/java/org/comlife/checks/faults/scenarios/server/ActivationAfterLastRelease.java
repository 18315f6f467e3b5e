package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.ProcessRole;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * A correct program whose second client activates right after the first let go of the server's
 * last instance: client-b creates, calls and releases an instance, then signals; client-a waits
 * for the signal and activates. Its activation meets the server while it is shutting down (the
 * count at 0, class objects suspended, the class still published until the server revokes it),
 * where the contract refuses it with CO_E_SERVER_STOPPING and the SCM launches a new server; this
 * program is what the late-implicit-lock runtime fault runs.
 */
public final class ActivationAfterLastRelease {
    private ActivationAfterLastRelease() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        world.scm().registerLauncher(SampleServer.CLSID_Sample, SampleServer.launcher("sample-server", threads,
                ServerMain.serving((executing, server) -> new CountedInstance(executing, server))));
        ComEvent released = world.newEvent("instance-released");
        ComProcess client = world.newProcess("client", ProcessRole.CLIENT);
        ComThread clientB = client.newThread("client-b");
        ComThread clientA = client.newThread("client-a");
        threads.start(clientB, self -> {
            SampleClient.createCallRelease(self, SampleClient.WORK);
            self.setEvent(released);
        });
        threads.start(clientA, self -> {
            Expect.succeeded(self.waitForEvent(released), "wait for client-b's release");
            SampleClient.createCallRelease(self, SampleClient.WORK);
        });
    }
}
