package org.comlife.checks.coverage.programs;

import org.comlife.checks.faults.scenarios.server.SampleServer;
import org.comlife.model.ApartmentKind;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.ProcessRole;
import org.comlife.model.RegCls;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * A class registered REGCLS_SINGLEUSE | REGCLS_SUSPENDED serves exactly one activation: the
 * client's second activation is refused while the first instance keeps the one server alive,
 * and the release of that instance shuts the server down.
 */
public final class SingleUseActivations {
    private SingleUseActivations() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        world.scm().registerLauncher(SampleServer.CLSID_Sample, HelperServer.launchOnce(threads, (self, server) -> {
            HelperServer.Registered registered = HelperServer.register(self, server, RegCls.SINGLEUSE | RegCls.SUSPENDED,
                    SampleServer.CLSID_Sample);
            Answer.is(self.coResumeClassObjects(), HResult.S_OK, "CoResumeClassObjects");
            HelperServer.serveUntilShutdown(self, server, registered);
        }));
        threads.start(world.newProcess("client", ProcessRole.CLIENT).newThread("client"), self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            InterfacePointer only = Expect.succeeded(self.coCreateInstance(SampleServer.CLSID_Sample,
                    SampleServer.ISample), "the SINGLEUSE class's one activation");
            Answer.refused(self.coGetClassObject(SampleServer.CLSID_Sample, Iid.IClassFactory),
                    "a second activation of a SINGLEUSE class");
            self.release(only);
            self.coUninitialize();
        });
    }
}
