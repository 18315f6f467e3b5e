package org.comlife.checks.coverage.programs;

import org.comlife.checks.property.action.LocalSite;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.model.ComEvent;
import org.comlife.model.ComObject;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalStream;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * Every marshal flag on one object of the main STA: a TABLESTRONG and a TABLEWEAK packet
 * unmarshaled in the object's own apartment (the object itself) and by an MTA worker (a proxy,
 * called and released), a NORMAL packet unmarshaled in its own apartment, another unmarshaled by
 * the worker for an interface the object lacks (E_NOINTERFACE, and its references go back), a third
 * whose marshal data main releases. Then the TABLEWEAK packet is released and still unmarshals,
 * as the TABLESTRONG packet keeps the stub (CONFORMANCE.md T7); then the TABLESTRONG packet is
 * released, its last strong reference, which destroys the stub, after which the unmarshals
 * answer CO_E_OBJNOTCONNECTED and CO_E_OBJNOTREG (T3). When main lets go of the object,
 * nothing may still hold it.
 */
public final class TableMarshaling {
    private TableMarshaling() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        ComEvent marshaled = world.newEvent("packets-marshaled");
        ComEvent used = world.newEvent("worker-done");
        MainAndWorker.start(world, threads, (self, process) -> {
            ComObject site = new LocalSite(self);
            MarshalStream strong = marshal(self, site, MarshalFlags.TABLESTRONG);
            MarshalStream weak = marshal(self, site, MarshalFlags.TABLEWEAK);
            MarshalStream normal = marshal(self, site, MarshalFlags.NORMAL);
            MarshalStream unsupported = marshal(self, site, MarshalFlags.NORMAL);
            MarshalStream discarded = marshal(self, site, MarshalFlags.NORMAL);
            Answer.is(self.coReleaseMarshalData(discarded), HResult.S_OK, "CoReleaseMarshalData(NORMAL)");
            self.release(unmarshal(self, strong, site, "TABLESTRONG unmarshal in its own apartment"));
            self.release(unmarshal(self, weak, site, "TABLEWEAK unmarshal in its own apartment"));
            self.release(unmarshal(self, normal, site, "NORMAL unmarshal in its own apartment"));
            self.setEvent(marshaled);
            Expect.succeeded(self.waitForEventPumping(used), "pump until the worker is done");
            self.rewindStream(weak);
            Answer.is(self.coReleaseMarshalData(weak), HResult.S_OK, "CoReleaseMarshalData(TABLEWEAK)");
            self.rewindStream(weak);
            self.release(unmarshal(self, weak, site, "released TABLEWEAK unmarshal while TABLESTRONG keeps the stub"));
            self.rewindStream(strong);
            Answer.is(self.coReleaseMarshalData(strong), HResult.S_OK, "CoReleaseMarshalData(TABLESTRONG)");
            self.rewindStream(strong);
            Answer.is(self.coUnmarshalInterface(strong, ChainClasses.ISITE).hr(), HResult.CO_E_OBJNOTCONNECTED,
                    "unmarshal of a released TABLESTRONG packet");
            self.rewindStream(weak);
            Answer.is(self.coUnmarshalInterface(weak, ChainClasses.ISITE).hr(), HResult.CO_E_OBJNOTREG,
                    "unmarshal of a released TABLEWEAK packet");
            for (MarshalStream stream : new MarshalStream[] {strong, weak, normal, unsupported, discarded}) {
                self.releaseStream(stream);
            }
            Answer.lastReference(self, site);
            self.coUninitialize();
        }, (self, process) -> {
            Expect.succeeded(self.waitForEvent(marshaled), "wait for the packets");
            // The streams in the order main made them, each rewound: strong, weak, normal, unsupported.
            var streams = world.streams();
            for (int table = 0; table < 2; table++) {
                InterfacePointer proxy = Answer.aProxy(self.coUnmarshalInterface(streams.get(table),
                        ChainClasses.ISITE), "table unmarshal in another apartment");
                Expect.succeeded(self.call(proxy, "Work"), "Work through the proxy");
                self.release(proxy);
            }
            Answer.is(self.coUnmarshalInterface(streams.get(3), ChainClasses.IUNSUPPORTED).hr(),
                    HResult.E_NOINTERFACE, "NORMAL unmarshal for an interface the object lacks");
            self.rewindStream(streams.get(0));
            Answer.is(self.coUnmarshalInterface(streams.get(0), ChainClasses.IUNSUPPORTED).hr(),
                    HResult.E_NOINTERFACE, "TABLESTRONG unmarshal for an interface the object lacks");
            self.setEvent(used);
            self.coUninitialize();
        });
    }

    private static MarshalStream marshal(ComThread self, ComObject site, MarshalFlags flags) {
        MarshalStream stream = self.createStream();
        Answer.is(self.coMarshalInterface(stream, ChainClasses.ISITE, site, flags), HResult.S_OK,
                "CoMarshalInterface(" + flags + ")");
        self.rewindStream(stream);
        return stream;
    }

    private static InterfacePointer unmarshal(ComThread self, MarshalStream stream, ComObject site, String what) {
        InterfacePointer object = Answer.theObject(self.coUnmarshalInterface(stream, ChainClasses.ISITE), site, what);
        self.rewindStream(stream);
        return object;
    }
}
