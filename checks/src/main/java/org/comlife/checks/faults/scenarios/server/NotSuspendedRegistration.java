package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ClsCtx;
import org.comlife.model.Clsid;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.ProcessRole;
import org.comlife.model.RegCls;
import org.comlife.model.ServerLauncher;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * Fault not-suspended-registration: a free-threaded server (its main thread in the MTA, so
 * calls into its objects run at once) registers two classes without REGCLS_SUSPENDED. The
 * first is published as soon as it is registered; client-a can activate it, call and release
 * its instance, and that release takes the count to 0 and commits shutdown, all before the
 * server has registered its second class.
 *
 * <p>The fix ({@link #startFixed}): register every class REGCLS_SUSPENDED and publish them
 * together with one {@code CoResumeClassObjects} once initialization is over.
 */
public final class NotSuspendedRegistration {
    public static final Clsid CLSID_First = SampleServer.CLSID_Sample;
    public static final Clsid CLSID_Second = new Clsid("SampleSecond");

    private NotSuspendedRegistration() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        run(world, threads, SampleServer.launcher("sample-server", threads,
                (self, server) -> registerEachAtOnce(self, server)));
    }

    public static void startFixed(ComWorld world, ThreadStarter threads) {
        run(world, threads, SampleServer.launcher("sample-server", threads,
                (self, server) -> registerSuspendedThenResume(self, server)));
    }

    private static void run(ComWorld world, ThreadStarter threads, ServerLauncher launcher) {
        world.scm().registerLauncher(CLSID_First, launcher);
        world.scm().registerLauncher(CLSID_Second, launcher);
        ComProcess client = world.newProcess("client", ProcessRole.CLIENT);
        threads.start(client.newThread("client-a"), self -> SampleClient.createCallRelease(self, SampleClient.WORK));
    }

    private static void registerEachAtOnce(ComThread self, SampleServer server) {
        Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
        SampleFactory first = new SampleFactory(self, server, (executing, owner) -> new CountedInstance(executing, owner));
        SampleFactory second = new SampleFactory(self, server, (executing, owner) -> new CountedInstance(executing, owner));
        // The bug: without REGCLS_SUSPENDED the first class is served while the second is not yet registered.
        int firstCookie = Expect.succeeded(self.coRegisterClassObject(CLSID_First, first, ClsCtx.LOCAL_SERVER,
                RegCls.MULTIPLEUSE), "register the first class");
        int secondCookie = Expect.succeeded(self.coRegisterClassObject(CLSID_Second, second, ClsCtx.LOCAL_SERVER,
                RegCls.MULTIPLEUSE), "register the second class");
        serveUntilShutdown(self, server, first, second, firstCookie, secondCookie);
    }

    private static void registerSuspendedThenResume(ComThread self, SampleServer server) {
        Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
        SampleFactory first = new SampleFactory(self, server, (executing, owner) -> new CountedInstance(executing, owner));
        SampleFactory second = new SampleFactory(self, server, (executing, owner) -> new CountedInstance(executing, owner));
        int flags = RegCls.MULTIPLEUSE | RegCls.SUSPENDED;
        int firstCookie = Expect.succeeded(self.coRegisterClassObject(CLSID_First, first, ClsCtx.LOCAL_SERVER, flags),
                "register the first class");
        int secondCookie = Expect.succeeded(self.coRegisterClassObject(CLSID_Second, second, ClsCtx.LOCAL_SERVER,
                flags), "register the second class");
        // Both classes become visible in one step, once the server is ready for either.
        Expect.succeeded(self.coResumeClassObjects(), "CoResumeClassObjects");
        serveUntilShutdown(self, server, first, second, firstCookie, secondCookie);
    }

    private static void serveUntilShutdown(ComThread self, SampleServer server, SampleFactory first,
                                           SampleFactory second, int firstCookie, int secondCookie) {
        self.release(first);
        self.release(second);
        Expect.succeeded(self.waitForEvent(server.shutdown()), "wait for shutdown");
        Expect.succeeded(self.coRevokeClassObject(firstCookie), "revoke the first class");
        Expect.succeeded(self.coRevokeClassObject(secondCookie), "revoke the second class");
        self.coUninitialize();
        self.exitProcess();
    }
}
