package org.comlife.checks.property.inputs;

import java.util.List;
import org.comlife.model.snapshot.ProcessSnapshot;
import org.comlife.model.snapshot.StreamSnapshot;
import org.comlife.model.snapshot.PacketSnapshot;
import org.comlife.model.snapshot.ThreadSnapshot;
import org.comlife.model.snapshot.WorldSnapshot;

/**
 * Everything a call that "changes nothing" must leave as it was: the world's snapshot without
 * the journal and the sanitizer's record (a call is always journaled, a misuse is recorded), and
 * the reference counts of the fixture's objects.
 */
record StateFingerprint(List<ProcessSnapshot> processes, List<ThreadSnapshot> threads, List<StreamSnapshot> streams,
                        List<PacketSnapshot> packets, boolean deadlocked, List<Integer> objectCounts) {

    static StateFingerprint of(BadInputFixture fixture) {
        WorldSnapshot snapshot = WorldSnapshot.of(fixture.world);
        return new StateFingerprint(snapshot.processes(), snapshot.threads(), snapshot.streams(), snapshot.packets(),
                snapshot.deadlocked(), fixture.objectCounts());
    }
}
