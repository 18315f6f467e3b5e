package org.comlife.checks.property.state;

import org.comlife.checks.property.chain.Handle;

/**
 * What the abstract state knows of one handle: the thread that holds it (for a stream, the
 * thread it is meant for; for a cookie, its owner), the object behind it, its status, and the
 * explicit LockServer count of a factory.
 */
public record HandleInfo(Handle handle, int holder, ObjectOrigin origin, HandleStatus status, int locks) {

    public HandleInfo withStatus(HandleStatus other) {
        return new HandleInfo(handle, holder, origin, other, locks);
    }

    public HandleInfo withLocks(int other) {
        return new HandleInfo(handle, holder, origin, status, other);
    }
}
