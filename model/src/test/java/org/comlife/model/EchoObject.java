package org.comlife.model;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test fixture: an application object that answers every method with the name of the logical
 * thread that ran it, counts the calls that reached it, and on {@link #SPAWN} returns a new
 * object of its own apartment (an [out] interface pointer).
 */
final class EchoObject extends ComObject {
    static final Iid IEcho = new Iid("IEcho");
    static final String PING = "Ping";
    static final String SPAWN = "Spawn";

    private final AtomicInteger calls = new AtomicInteger();

    EchoObject(ComThread creator) {
        super(creator, "Echo", IEcho);
    }

    /** How many calls ran in the object. */
    int calls() {
        return calls.get();
    }

    @Override
    protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
        calls.incrementAndGet();
        if (SPAWN.equals(method)) {
            return CallResult.ok(new EchoObject(executing));
        }
        return CallResult.ok(method + " ran on " + executing.name());
    }
}
