package org.comlife.model.snapshot;

import java.util.List;
import org.comlife.model.ApartmentKind;
import org.comlife.model.EntityRef;
import org.comlife.model.journal.PlainValue;

/** An apartment: alive or not, its message queue (the calls in it, in order, as values), its stubs and proxies. */
public record ApartmentSnapshot(EntityRef id, ApartmentKind kind, String owner, boolean alive, boolean quitPosted,
                                List<StubSnapshot> stubs, List<ProxySnapshot> proxies, List<PlainValue> queue) {

    /** How many calls wait in the queue. */
    public int queuedCalls() {
        return queue.size();
    }
}
