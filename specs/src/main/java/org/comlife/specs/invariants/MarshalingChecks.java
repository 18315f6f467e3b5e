package org.comlife.specs.invariants;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.MarshalFlags;
import org.comlife.model.snapshot.ApartmentSnapshot;
import org.comlife.model.snapshot.PacketSnapshot;
import org.comlife.model.snapshot.ProcessSnapshot;
import org.comlife.model.snapshot.StreamSnapshot;
import org.comlife.model.snapshot.StubSnapshot;
import org.comlife.model.snapshot.WorldSnapshot;

/** The state predicates of marshaling: invariants 3, 4 and 11. */
final class MarshalingChecks {
    private MarshalingChecks() {
    }

    static List<String> normalPacketsEnded(WorldSnapshot state) {
        List<String> failures = new ArrayList<>();
        for (PacketSnapshot packet : state.packets()) {
            if (packet.flags() == MarshalFlags.NORMAL && !packet.ended()) {
                failures.add("NORMAL packet#" + packet.id().number() + " of obj#" + packet.objectId().number() + " ("
                        + packet.process() + ") was never unmarshaled or released: its references leak");
            }
        }
        return failures;
    }

    static List<String> streamCountNotNegative(WorldSnapshot state) {
        List<String> failures = new ArrayList<>();
        for (StreamSnapshot stream : state.streams()) {
            if (stream.refCount() < 0) {
                failures.add("stream#" + stream.id().number() + " has reference count " + stream.refCount());
            }
        }
        return failures;
    }

    /**
     * A stream with a packet that outlives the run is the packet's leak (NORMAL_PACKETS_ENDED);
     * one that never held a packet was made by a marshal that failed and kept it, which no caller
     * ever receives to release.
     */
    static List<String> noEmptyStreamLeft(WorldSnapshot state) {
        List<String> failures = new ArrayList<>();
        for (StreamSnapshot stream : state.streams()) {
            if (stream.refCount() > 0 && stream.packets() == 0) {
                failures.add("stream#" + stream.id().number() + " never held a packet and is still held at the end"
                        + " (reference count " + stream.refCount() + "): a failed marshal left it behind");
            }
        }
        return failures;
    }

    /**
     * A live stub holds a reference on its object, so its object can only be destroyed under it
     * when code released references it did not own (an over-release): every later call through
     * a proxy of that stub would reach a destroyed object.
     */
    static List<String> noLiveStubOfDestroyedObject(WorldSnapshot state) {
        List<String> failures = new ArrayList<>();
        for (ProcessSnapshot process : state.processes()) {
            for (ApartmentSnapshot apartment : process.apartments()) {
                for (StubSnapshot stub : apartment.stubs()) {
                    if (!stub.disconnected() && stub.objectDestroyed()) {
                        failures.add("stub#" + stub.id().number() + " in " + process.name() + " still serves obj#"
                                + stub.objectId().number() + " (" + stub.object() + "), which was destroyed: "
                                + "its references were released by code that did not own them");
                    }
                }
            }
        }
        return failures;
    }
}
