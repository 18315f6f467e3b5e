package org.comlife.checks.property.action;

/**
 * A misuse the generator may put into a chain when it hunts a fault of the contract's bug
 * table; the fault's catalogue entry names the misuses that reproduce it. The default
 * vocabulary has none, so a default chain is a correct use of the API. Client misuses are
 * actions (or, for uninitialized-thread, a thread that skips CoInitializeEx); server misuses
 * are choices of the generated server's code.
 */
public enum Misuse {
    DOUBLE_UNMARSHAL(false, "CoGetInterfaceAndReleaseStream twice on one stream"),
    MISSING_DETACH(false, "IStream::Release after CoGetInterfaceAndReleaseStream"),
    FOREIGN_POINTER(false, "a raw STA pointer called from another thread"),
    SHARED_PROXY(false, "a proxy called from another apartment than its own"),
    UNINITIALIZED_THREAD(false, "a thread that never calls CoInitializeEx"),
    STA_NOT_PUMPING(false, "an STA waiting with WaitForSingleObject"),
    DOUBLE_REVOKE(false, "a GIT cookie revoked a second time"),
    LEAKED_REFERENCE(true, "a final release without CoReleaseServerProcess, or a GIT entry never revoked"),
    TEDIOUS_COUNT(true, "a server that exits on its own instance count"),
    LATE_ADDREF(true, "instances counted in Initialize instead of at creation"),
    UNBALANCED_UNLOCK(true, "the server's LockServer(FALSE) without a TRUE"),
    NOT_SUSPENDED_REGISTRATION(true, "classes registered without REGCLS_SUSPENDED"),
    REVOKE_WRONG_THREAD(true, "a server worker revoking main's class registration");

    private final boolean serverCode;
    private final String description;

    Misuse(boolean serverCode, String description) {
        this.serverCode = serverCode;
        this.description = description;
    }

    /** Whether the misuse is in the generated server's code rather than in a client action. */
    public boolean serverCode() {
        return serverCode;
    }

    public String description() {
        return description;
    }

    /** The misuse's name in chains and statistics, e.g. "double-unmarshal". */
    public String label() {
        return name().toLowerCase().replace('_', '-');
    }

    @Override
    public String toString() {
        return label();
    }
}
