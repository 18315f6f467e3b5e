package org.comlife.model.snapshot;

import java.util.List;
import org.comlife.model.ApartmentKind;

/** An apartment: alive or not, its message queue (the calls in it, in order), its stubs and proxies. */
public record ApartmentSnapshot(int id, ApartmentKind kind, String owner, boolean alive, boolean quitPosted,
                                List<StubSnapshot> stubs, List<ProxySnapshot> proxies, List<String> queue) {

    /** How many calls wait in the queue. */
    public int queuedCalls() {
        return queue.size();
    }
}
