package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ComThread;
import org.comlife.model.InterfacePointer;
import org.comlife.model.program.Expect;

/** A client thread of the {@link SampleServer} written right: activate, call, release, leave. */
final class SampleClient {
    static final String WORK = "Work";

    private SampleClient() {
    }

    static void createCallRelease(ComThread self, String method) {
        Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
        InterfacePointer sample = Expect.succeeded(
                self.coCreateInstance(SampleServer.CLSID_Sample, SampleServer.ISample), "CoCreateInstance");
        Expect.succeeded(self.call(sample, method), method);
        self.release(sample);
        self.coUninitialize();
    }
}
