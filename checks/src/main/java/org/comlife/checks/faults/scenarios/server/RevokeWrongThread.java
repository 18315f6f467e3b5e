package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ClsCtx;
import org.comlife.model.ComEvent;
import org.comlife.model.ComWorld;
import org.comlife.model.RegCls;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * Fault revoke-wrong-thread: server-main (an STA) registers the class; server-worker (in the
 * MTA) decides the server is done, revokes the class object itself and tells server-main to
 * leave its loop. A class registration can only be revoked from the apartment that registered
 * it: the revoke fails with RPC_E_WRONG_THREAD and the registration stays published.
 *
 * <p>The fix ({@link #startFixed}): the worker only signals; server-main revokes what it
 * registered.
 */
public final class RevokeWrongThread {
    private RevokeWrongThread() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        run(world, threads, true);
    }

    public static void startFixed(ComWorld world, ThreadStarter threads) {
        run(world, threads, false);
    }

    private static void run(ComWorld world, ThreadStarter threads, boolean workerRevokes) {
        ComEvent registered = world.newEvent("class-registered");
        int[] cookie = new int[1];
        SampleServer.start(world, "sample-server", threads, (self, server) -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
            SampleFactory factory = new SampleFactory(self, server,
                    (executing, owner) -> new CountedInstance(executing, owner));
            cookie[0] = Expect.succeeded(self.coRegisterClassObject(SampleServer.CLSID_Sample, factory,
                    ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE | RegCls.SUSPENDED), "CoRegisterClassObject");
            Expect.succeeded(self.coResumeClassObjects(), "CoResumeClassObjects");
            self.release(factory);
            self.setEvent(registered);
            Expect.succeeded(self.runMessageLoop(), "message loop");
            if (!workerRevokes) {
                Expect.succeeded(self.coRevokeClassObject(cookie[0]), "CoRevokeClassObject");
            }
            self.coUninitialize();
            self.exitProcess();
        }, (self, server) -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(registered), "wait for the registration");
            if (workerRevokes) {
                // The bug: the registration belongs to server-main's STA, not to this thread's MTA.
                self.coRevokeClassObject(cookie[0]);
            }
            server.beginShutdown(self);
            self.coUninitialize();
        });
    }
}
