package org.comlife.checks.coverage.programs;

import org.comlife.checks.property.action.LocalSite;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.model.ComEvent;
import org.comlife.model.ComObject;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * Inter-thread streams of an object of the main STA: main gets one of its own streams (the object
 * itself) and marshals three for the MTA worker, which gets the first (a proxy, called), the
 * second for an interface the object lacks (E_NOINTERFACE, the stream released all the same), and
 * the third twice after an AddRef of its own (S_OK, then STG_E_READFAULT: the second get releases
 * the worker's own reference and frees the stream). The object dies with main's release: no
 * packet kept a reference.
 */
public final class StreamHandoffs {
    private StreamHandoffs() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        ComEvent marshaled = world.newEvent("streams-marshaled");
        ComEvent used = world.newEvent("worker-done");
        // Written by main before it sets marshaled; read by the worker after waiting for it.
        MarshalStream[] streams = new MarshalStream[3];
        MainAndWorker.start(world, threads, (self, process) -> {
            ComObject site = new LocalSite(self);
            MarshalStream own = Expect.succeeded(self.coMarshalInterThreadInterfaceInStream(ChainClasses.ISITE, site),
                    "CoMarshalInterThreadInterfaceInStream");
            self.release(Answer.theObject(self.coGetInterfaceAndReleaseStream(own, ChainClasses.ISITE), site,
                    "CoGetInterfaceAndReleaseStream in the object's own apartment"));
            for (int i = 0; i < streams.length; i++) {
                streams[i] = Expect.succeeded(self.coMarshalInterThreadInterfaceInStream(ChainClasses.ISITE, site),
                        "CoMarshalInterThreadInterfaceInStream");
            }
            self.setEvent(marshaled);
            Expect.succeeded(self.waitForEventPumping(used), "pump until the worker is done");
            Answer.lastReference(self, site);
            self.coUninitialize();
        }, (self, process) -> {
            Expect.succeeded(self.waitForEvent(marshaled), "wait for the streams");
            InterfacePointer proxy = Answer.aProxy(self.coGetInterfaceAndReleaseStream(streams[0],
                    ChainClasses.ISITE), "CoGetInterfaceAndReleaseStream in another apartment");
            Expect.succeeded(self.call(proxy, "Work"), "Work through the proxy");
            self.release(proxy);
            Answer.is(self.coGetInterfaceAndReleaseStream(streams[1], ChainClasses.IUNSUPPORTED).hr(),
                    HResult.E_NOINTERFACE, "CoGetInterfaceAndReleaseStream for an interface the object lacks");
            self.addRefStream(streams[2]);
            self.release(Answer.aProxy(self.coGetInterfaceAndReleaseStream(streams[2], ChainClasses.ISITE),
                    "CoGetInterfaceAndReleaseStream of a stream the caller holds too"));
            Answer.is(self.coGetInterfaceAndReleaseStream(streams[2], ChainClasses.ISITE).hr(),
                    HResult.STG_E_READFAULT, "CoGetInterfaceAndReleaseStream of a stream already read");
            self.setEvent(used);
            self.coUninitialize();
        });
    }
}
