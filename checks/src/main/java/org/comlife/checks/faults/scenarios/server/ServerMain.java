package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ClsCtx;
import org.comlife.model.ComThread;
import org.comlife.model.RegCls;
import org.comlife.model.program.Expect;

/**
 * The main thread of a {@link SampleServer} written right: it joins an STA, registers its class
 * REGCLS_SUSPENDED and publishes it with {@code CoResumeClassObjects}, runs its message loop
 * (calls into its objects run there) until a release to zero posts WM_QUIT, revokes the class
 * and exits.
 */
final class ServerMain {
    private ServerMain() {
    }

    /** This main thread, serving instances of the given kind. */
    static ServerBody serving(InstanceKind kind) {
        return (self, server) -> run(self, server, kind);
    }

    static void run(ComThread self, SampleServer server, InstanceKind kind) {
        Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
        SampleFactory factory = new SampleFactory(self, server, kind);
        int cookie = Expect.succeeded(self.coRegisterClassObject(SampleServer.CLSID_Sample, factory,
                ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE | RegCls.SUSPENDED), "CoRegisterClassObject");
        Expect.succeeded(self.coResumeClassObjects(), "CoResumeClassObjects");
        self.release(factory);
        Expect.succeeded(self.runMessageLoop(), "message loop");
        Expect.succeeded(self.coRevokeClassObject(cookie), "CoRevokeClassObject");
        self.coUninitialize();
        self.exitProcess();
    }
}
