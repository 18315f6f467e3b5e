package org.comlife.checks.faults.scenarios.server;

import java.util.concurrent.atomic.AtomicInteger;
import org.comlife.model.ApartmentKind;
import org.comlife.model.ClsCtx;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.RegCls;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * Fault tedious-count: a legacy server counts its instances in its own variable and exits when
 * that count reaches zero. client-a's last release takes the count to 0 and posts WM_QUIT;
 * nothing stops client-b's activation meanwhile (the class object is still registered and not
 * suspended), and its CreateInstance, already queued, runs before the loop ends; then the
 * server revokes and exits under client-b's feet. Its twin is {@link ConcurrentClients#start}.
 */
public final class TediousCount {
    private TediousCount() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        ConcurrentClients.start(world, threads, "legacy-server", (self, server) -> legacyMain(self, server));
    }

    private static void legacyMain(ComThread self, SampleServer server) {
        Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
        // The server keeps one server-process reference of its own from start to exit, so COM's
        // count (which only sees the activations' implicit locks) never decides anything: its
        // own instance counter does. That counter is the bug.
        self.coAddRefServerProcess();
        AtomicInteger instances = new AtomicInteger();
        SampleFactory factory = new SampleFactory(self, server,
                (executing, owner) -> new LegacyInstance(executing, owner, instances));
        int cookie = Expect.succeeded(self.coRegisterClassObject(SampleServer.CLSID_Sample, factory,
                ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE | RegCls.SUSPENDED), "CoRegisterClassObject");
        Expect.succeeded(self.coResumeClassObjects(), "CoResumeClassObjects");
        self.release(factory);
        Expect.succeeded(self.runMessageLoop(), "message loop");
        Expect.succeeded(self.coRevokeClassObject(cookie), "CoRevokeClassObject");
        self.coReleaseServerProcess();
        self.coUninitialize();
        self.exitProcess();
    }
}
