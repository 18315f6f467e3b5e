package org.comlife.checks.coverage.programs;

import org.comlife.checks.faults.scenarios.server.SampleServer;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.RegCls;
import org.comlife.model.program.ThreadStarter;

/**
 * An activation from the registering apartment itself: the server's main thread (in the MTA)
 * publishes its class and activates it. COM hands it the factory itself and takes no implicit
 * LockServer, as nothing leaves the server: the server's own CoAddRefServerProcess then answers
 * 1, and its release answers 0 and begins the shutdown. Then, with the class objects suspended,
 * a second activation from the same apartment is refused (CO_E_SERVER_STOPPING).
 */
public final class InApartmentActivation {
    private InApartmentActivation() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        SampleServer.start(world, "server", threads, (self, server) -> {
            HelperServer.Registered registered = HelperServer.register(self, server, RegCls.MULTIPLEUSE
                    | RegCls.SUSPENDED, SampleServer.CLSID_Sample);
            Answer.is(self.coResumeClassObjects(), HResult.S_OK, "CoResumeClassObjects");
            InterfacePointer factory = Answer.theObject(self.coGetClassObject(SampleServer.CLSID_Sample,
                    Iid.IClassFactory), registered.factories().get(0), "an activation from the registering apartment");
            if (self.coAddRefServerProcess() != 1) {
                throw new IllegalStateException("an activation from the registering apartment took a server lock");
            }
            self.release(factory);
            if (self.coReleaseServerProcess() == 0) {
                server.beginShutdown(self);
                Answer.is(self.coGetClassObject(SampleServer.CLSID_Sample, Iid.IClassFactory).hr(),
                        HResult.CO_E_SERVER_STOPPING, "an activation from the registering apartment once suspended");
            }
            HelperServer.serveUntilShutdown(self, server, registered);
        });
    }
}
