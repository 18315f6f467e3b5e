package org.comlife.checks.property.action;

/**
 * The vocabulary of chain actions, as the statistics count them. Each correct kind is a valid
 * use of the API under its precondition; each misuse kind belongs to one {@link Misuse} and is
 * generated only when that misuse is enabled. The weight is how often the generator picks the
 * kind when it is possible.
 */
public enum ActionKind {
    CREATE_INSTANCE(null, 5, true),
    GET_CLASS_OBJECT(null, 3, true),
    CREATE_FROM_FACTORY(null, 5, false),
    LOCK_SERVER(null, 2, false),
    UNLOCK_SERVER(null, 3, false),
    CREATE_LOCAL_OBJECT(null, 4, false),
    CALL(null, 8, false),
    QUERY_INTERFACE(null, 2, false),
    RELEASE(null, 3, false),
    MARSHAL_TO_STREAM(null, 5, false),
    UNMARSHAL_FROM_STREAM(null, 5, false),
    DISCARD_STREAM(null, 1, false),
    REGISTER_IN_GIT(null, 5, false),
    GET_FROM_GIT(null, 8, false),
    REVOKE_FROM_GIT(null, 2, false),
    UNINITIALIZE(null, 1, false),
    UNMARSHAL_STREAM_AGAIN(Misuse.DOUBLE_UNMARSHAL, 8, false),
    RELEASE_STREAM_AGAIN(Misuse.MISSING_DETACH, 8, false),
    CALL_FOREIGN_POINTER(Misuse.FOREIGN_POINTER, 8, false),
    CALL_SHARED_PROXY(Misuse.SHARED_PROXY, 8, false),
    REVOKE_GIT_AGAIN(Misuse.DOUBLE_REVOKE, 8, false),
    WAIT_WITHOUT_PUMPING(Misuse.STA_NOT_PUMPING, 0, false),
    ABANDON_GIT_COOKIE(Misuse.LEAKED_REFERENCE, 0, false);

    private final Misuse misuse;
    private final int weight;
    private final boolean activates;

    ActionKind(Misuse misuse, int weight, boolean activates) {
        this.misuse = misuse;
        this.weight = weight;
        this.activates = activates;
    }

    /** The misuse this kind expresses; null for a correct use of the API. */
    public Misuse misuse() {
        return misuse;
    }

    /** The generator's weight in the random part of a chain; 0 for kinds only the closing part places. */
    public int weight() {
        return weight;
    }

    /** Whether the action goes through the SCM (and so may launch the server). */
    public boolean activates() {
        return activates;
    }

    public String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
