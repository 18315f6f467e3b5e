package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ClassFactory;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.ProcessRole;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * A correct program that keeps a class factory: client-a gets the factory with
 * {@code CoGetClassObject}, holds it, and only later creates an instance through it, while
 * client-b creates, calls and releases an instance of its own. The factory reference client-a
 * holds must keep the server alive (COM's implicit LockServer); this program is what the
 * lockserver-window runtime fault runs.
 */
public final class FactoryHolder {
    private FactoryHolder() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        world.scm().registerLauncher(SampleServer.CLSID_Sample, SampleServer.launcher("sample-server", threads,
                ServerMain.serving((executing, server) -> new CountedInstance(executing, server))));
        ComProcess client = world.newProcess("client", ProcessRole.CLIENT);
        ComThread clientA = client.newThread("client-a");
        ComThread clientB = client.newThread("client-b");
        threads.start(clientA, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            InterfacePointer factory = Expect.succeeded(
                    self.coGetClassObject(SampleServer.CLSID_Sample, Iid.IClassFactory), "CoGetClassObject");
            InterfacePointer sample = Expect.succeeded(
                    self.call(factory, ClassFactory.CREATE_INSTANCE, null, SampleServer.ISample), "CreateInstance");
            self.release(sample);
            self.release(factory);
            self.coUninitialize();
        });
        threads.start(clientB, self -> SampleClient.createCallRelease(self, SampleClient.WORK));
    }
}
