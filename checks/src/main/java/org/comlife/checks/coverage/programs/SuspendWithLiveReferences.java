package org.comlife.checks.coverage.programs;

import org.comlife.checks.faults.scenarios.server.SampleServer;
import org.comlife.model.ApartmentKind;
import org.comlife.model.ComEvent;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.ProcessRole;
import org.comlife.model.RegCls;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * CoSuspendClassObjects while a client holds an instance: the server suspends its class objects
 * with its count at one, an activation in between is refused, CoResumeClassObjects lets the next
 * one in, and the client's last release still takes the count to zero and shuts the server down.
 */
public final class SuspendWithLiveReferences {
    private SuspendWithLiveReferences() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        ComEvent holding = world.newEvent("client-holds-an-instance");
        ComEvent suspended = world.newEvent("classes-suspended");
        ComEvent refused = world.newEvent("activation-refused");
        ComEvent resumed = world.newEvent("classes-resumed");
        world.scm().registerLauncher(SampleServer.CLSID_Sample, HelperServer.launchOnce(threads, (self, server) -> {
            HelperServer.Registered registered = HelperServer.register(self, server, RegCls.MULTIPLEUSE | RegCls.SUSPENDED,
                    SampleServer.CLSID_Sample);
            Answer.is(self.coResumeClassObjects(), HResult.S_OK, "CoResumeClassObjects");
            Expect.succeeded(self.waitForEvent(holding), "wait for the client's instance");
            Answer.is(self.coSuspendClassObjects(), HResult.S_OK, "CoSuspendClassObjects");
            self.setEvent(suspended);
            Expect.succeeded(self.waitForEvent(refused), "wait for the refused activation");
            Answer.is(self.coResumeClassObjects(), HResult.S_OK, "CoResumeClassObjects");
            self.setEvent(resumed);
            HelperServer.serveUntilShutdown(self, server, registered);
        }));
        threads.start(world.newProcess("client", ProcessRole.CLIENT).newThread("client"), self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            InterfacePointer first = create(self, "the first CoCreateInstance");
            self.setEvent(holding);
            Expect.succeeded(self.waitForEvent(suspended), "wait for the suspension");
            Answer.refused(self.coCreateInstance(SampleServer.CLSID_Sample, SampleServer.ISample),
                    "CoCreateInstance while class objects are suspended");
            self.setEvent(refused);
            Expect.succeeded(self.waitForEvent(resumed), "wait for the resume");
            InterfacePointer second = create(self, "CoCreateInstance after CoResumeClassObjects");
            self.release(second);
            self.release(first);
            self.coUninitialize();
        });
    }

    private static InterfacePointer create(ComThread self, String what) {
        InterfacePointer instance = Expect.succeeded(self.coCreateInstance(SampleServer.CLSID_Sample,
                SampleServer.ISample), what);
        Expect.succeeded(self.call(instance, "Work"), what + ": Work");
        return instance;
    }
}
