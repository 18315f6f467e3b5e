package org.comlife.checks.coverage.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.comlife.checks.faults.scenarios.server.CountedInstance;
import org.comlife.checks.faults.scenarios.server.SampleFactory;
import org.comlife.checks.faults.scenarios.server.SampleServer;
import org.comlife.checks.faults.scenarios.server.ServerBody;
import org.comlife.model.ApartmentKind;
import org.comlife.model.ClassFactory;
import org.comlife.model.ClsCtx;
import org.comlife.model.Clsid;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.ServerLauncher;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * The server of the coverage programs: a {@link SampleServer} whose main thread is in the MTA
 * (calls into its objects run at once), whose classes make counted instances, and which the
 * SCM launches once: a second launch starts nothing, so an activation the running server
 * refuses stays refused whichever way an SCM would route it.
 */
final class HelperServer {
    static final Clsid SECOND = new Clsid("Second");

    private HelperServer() {
    }

    static ServerLauncher launchOnce(ThreadStarter threads, ServerBody body) {
        AtomicBoolean launched = new AtomicBoolean();
        return world -> launched.getAndSet(true) ? null
                : SampleServer.start(world, "server", threads, body).process();
    }

    /**
     * Joins the MTA and registers each class with the flags. The server keeps its factories
     * until it exits, as servers with static class objects do, so a revoked registration still
     * has a live factory behind it.
     */
    static Registered register(ComThread self, SampleServer server, int flags, Clsid... classes) {
        Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
        Registered registered = new Registered(new ArrayList<>(), new ArrayList<>());
        for (Clsid clsid : classes) {
            SampleFactory factory = new SampleFactory(self, server, CountedInstance::new);
            registered.cookies().add(Expect.succeeded(self.coRegisterClassObject(clsid, factory, ClsCtx.LOCAL_SERVER,
                    flags), "register " + clsid));
            registered.factories().add(factory);
        }
        return registered;
    }

    /** Revokes the registration of the index-th class now (before shutdown). */
    static void revoke(ComThread self, Registered registered, int index) {
        int cookie = registered.cookies().set(index, 0);
        Answer.is(self.coRevokeClassObject(cookie), HResult.S_OK, "CoRevokeClassObject(" + cookie + ")");
    }

    /** Waits for the release to zero, revokes what is still registered, lets go of its factories, and exits. */
    static void serveUntilShutdown(ComThread self, SampleServer server, Registered registered) {
        Expect.succeeded(self.waitForEvent(server.shutdown()), "wait for shutdown");
        for (int cookie : registered.cookies()) {
            if (cookie != 0) {
                Answer.is(self.coRevokeClassObject(cookie), HResult.S_OK, "CoRevokeClassObject(" + cookie + ")");
            }
        }
        for (ClassFactory factory : registered.factories()) {
            self.release(factory);
        }
        self.coUninitialize();
        self.exitProcess();
    }

    /** The server's registrations: each class's cookie (0 once revoked) and factory. */
    record Registered(List<Integer> cookies, List<ClassFactory> factories) {
    }
}
