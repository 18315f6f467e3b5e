package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ClassFactory;
import org.comlife.model.ClsCtx;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.ProcessRole;
import org.comlife.model.RegCls;
import org.comlife.model.ServerLauncher;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * Fault unbalanced-unlock: once its class is published, the server calls
 * {@code LockServer(FALSE)} on its own factory, believing that registering the class took a
 * server lock it must now give back (registration AddRefs the factory object; it locks
 * nothing). If client-a already holds an instance, the unlock takes the count to 0 and the
 * server shuts down under it; if not, the count would go below zero.
 *
 * <p>The fix ({@link #startFixed}): call LockServer(FALSE) only to undo a LockServer(TRUE) of
 * one's own.
 */
public final class UnbalancedUnlock {
    private UnbalancedUnlock() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        run(world, SampleServer.launcher("sample-server", threads, (self, server) -> unlockingMain(self, server)),
                threads);
    }

    public static void startFixed(ComWorld world, ThreadStarter threads) {
        run(world, SampleServer.launcher("sample-server", threads,
                ServerMain.serving((executing, server) -> new CountedInstance(executing, server))), threads);
    }

    private static void run(ComWorld world, ServerLauncher launcher, ThreadStarter threads) {
        world.scm().registerLauncher(SampleServer.CLSID_Sample, launcher);
        ComProcess client = world.newProcess("client", ProcessRole.CLIENT);
        threads.start(client.newThread("client-a"), self -> SampleClient.createCallRelease(self, SampleClient.WORK));
    }

    private static void unlockingMain(ComThread self, SampleServer server) {
        Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
        SampleFactory factory = new SampleFactory(self, server, (executing, owner) -> new CountedInstance(executing, owner));
        int cookie = Expect.succeeded(self.coRegisterClassObject(SampleServer.CLSID_Sample, factory,
                ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE | RegCls.SUSPENDED), "CoRegisterClassObject");
        Expect.succeeded(self.coResumeClassObjects(), "CoResumeClassObjects");
        // The bug: a LockServer(FALSE) that no LockServer(TRUE) took.
        self.call(factory, ClassFactory.LOCK_SERVER, false);
        self.release(factory);
        Expect.succeeded(self.runMessageLoop(), "message loop");
        Expect.succeeded(self.coRevokeClassObject(cookie), "CoRevokeClassObject");
        self.coUninitialize();
        self.exitProcess();
    }
}
