package org.comlife.specs.invariants;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.MarshalFlags;
import org.comlife.model.snapshot.PacketSnapshot;
import org.comlife.model.snapshot.StreamSnapshot;
import org.comlife.model.snapshot.WorldSnapshot;

/** The state predicates of marshaling: invariants 3 and 4. */
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
}
