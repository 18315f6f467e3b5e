package org.comlife.checks.coverage.programs;

import org.comlife.checks.faults.scenarios.server.SampleServer;
import org.comlife.model.ApartmentKind;
import org.comlife.model.ComEvent;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.ProcessRole;
import org.comlife.model.RegCls;
import org.comlife.model.ServerLauncher;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * Two classes registered REGCLS_SUSPENDED and published by one CoResumeClassObjects: the client
 * activates the second class first (the launch waits for it), then the first; the server then
 * revokes the second class (its factory still alive) while the client holds instances, and an activation of the
 * revoked class is refused with CO_E_APPDIDNTREG: the server the SCM started for it runs but no
 * longer registers it (CONFORMANCE.md L11).
 */
public final class SuspendedClassesAndRevoke {
    private SuspendedClassesAndRevoke() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        ComEvent bothServed = world.newEvent("both-classes-served");
        ComEvent revoked = world.newEvent("second-class-revoked");
        ServerLauncher launcher = HelperServer.launchOnce(threads, (self, server) -> {
            HelperServer.Registered registered = HelperServer.register(self, server, RegCls.MULTIPLEUSE | RegCls.SUSPENDED,
                    SampleServer.CLSID_Sample, HelperServer.SECOND);
            Answer.is(self.coResumeClassObjects(), HResult.S_OK, "CoResumeClassObjects");
            Expect.succeeded(self.waitForEvent(bothServed), "wait for both activations");
            HelperServer.revoke(self, registered, 1);
            self.setEvent(revoked);
            HelperServer.serveUntilShutdown(self, server, registered);
        });
        world.scm().registerLauncher(SampleServer.CLSID_Sample, launcher);
        world.scm().registerLauncher(HelperServer.SECOND, launcher);
        threads.start(world.newProcess("client", ProcessRole.CLIENT).newThread("client"), self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            InterfacePointer second = Expect.succeeded(self.coCreateInstance(HelperServer.SECOND,
                    SampleServer.ISample), "CoCreateInstance(Second), published by the one resume");
            InterfacePointer first = Expect.succeeded(self.coCreateInstance(SampleServer.CLSID_Sample,
                    SampleServer.ISample), "CoCreateInstance(Sample), published by the one resume");
            self.setEvent(bothServed);
            Expect.succeeded(self.waitForEvent(revoked), "wait for the revoke");
            Answer.is(self.coCreateInstance(HelperServer.SECOND, SampleServer.ISample).hr(),
                    HResult.CO_E_APPDIDNTREG, "CoCreateInstance(Second) after CoRevokeClassObject");
            self.release(second);
            self.release(first);
            self.coUninitialize();
        });
    }
}
