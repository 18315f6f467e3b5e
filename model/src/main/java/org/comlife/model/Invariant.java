package org.comlife.model;

/**
 * The invariants the model checks, by number, with their statement: the ten of com-contract.md,
 * and an eleventh the conformance suite added (an object is never used after its destruction),
 * because a use after destruction is a lifetime bug none of the ten names.
 */
public enum Invariant {
    SERVER_COUNT(1, "serverRefs never goes below 0; once a release returned 0, class objects are suspended and the "
            + "process creates no new instance and serves no activation."),
    NO_PREMATURE_SHUTDOWN(2, "A process never commits shutdown while a client holds a reference to one of its objects "
            + "or class factories, or a lock."),
    PACKET_ENDS_ONCE(3, "Every NORMAL packet ends in exactly one way: one successful unmarshal, one "
            + "CoReleaseMarshalData, or teardown of its apartment."),
    STREAM_LIFETIME(4, "A stream's refCount never goes below 0, and nothing uses a stream after it reached 0."),
    APARTMENT_AFFINITY(5, "A proxy is used only in its client apartment; a raw STA object only on its owner thread."),
    STA_DISPATCH(6, "Every call posted to an STA is eventually dispatched; otherwise the system is deadlocked."),
    SUSPENDED_UNTIL_RESUMED(7, "A registration made SUSPENDED gets no activation before CoResumeClassObjects."),
    FACTORY_LOCKS_SERVER(8, "While any marshaled-out class-factory reference exists, serverRefs >= 1."),
    REVOKE_ONCE(9, "Every GIT cookie is revoked at most once; class registrations are revoked from the registering "
            + "apartment."),
    NO_LEAK(10, "When every client has released everything, the server eventually shuts down."),
    OBJECT_LIFETIME(11, "An object is never used after its last reference was released: no AddRef, Release, "
            + "QueryInterface, call, marshal or lock reaches a destroyed object, and COM never brings one back.");

    private final int number;
    private final String statement;

    Invariant(int number, String statement) {
        this.number = number;
        this.statement = statement;
    }

    public int number() {
        return number;
    }

    public String statement() {
        return statement;
    }

    public static Invariant byNumber(int number) {
        for (Invariant invariant : values()) {
            if (invariant.number == number) {
                return invariant;
            }
        }
        throw new IllegalArgumentException("the model has invariants 1 to " + values().length + ", not " + number);
    }

    @Override
    public String toString() {
        return "invariant " + number + " (" + name().toLowerCase().replace('_', '-') + ")";
    }
}
