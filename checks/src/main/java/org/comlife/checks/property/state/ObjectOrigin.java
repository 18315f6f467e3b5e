package org.comlife.checks.property.state;

import org.comlife.checks.property.chain.ThreadApartment;

/**
 * The object behind a handle: its kind and, for a client's local object, the thread that created
 * it and that thread's apartment (an STA object lives with its thread; an MTA object is shared
 * by every MTA thread). {@code home} is -1 for server objects.
 */
public record ObjectOrigin(OriginKind kind, int home, ThreadApartment homeApartment) {

    public static ObjectOrigin instance() {
        return new ObjectOrigin(OriginKind.INSTANCE, -1, null);
    }

    public static ObjectOrigin factory() {
        return new ObjectOrigin(OriginKind.FACTORY, -1, null);
    }

    public static ObjectOrigin local(int home, ThreadApartment apartment) {
        return new ObjectOrigin(OriginKind.LOCAL, home, apartment);
    }

    public boolean isLocal() {
        return kind == OriginKind.LOCAL;
    }

    /** A local object of an STA: callable only on its own thread. */
    public boolean isStaLocal() {
        return kind == OriginKind.LOCAL && homeApartment == ThreadApartment.STA;
    }
}
