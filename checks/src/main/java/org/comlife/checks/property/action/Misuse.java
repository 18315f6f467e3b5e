package org.comlife.checks.property.action;

/**
 * A misuse the generator may put into a chain when it hunts the matching fault of the
 * contract's bug table. The default vocabulary has none, so a default chain is a correct use of
 * the API. Client misuses are actions (or, for uninitialized-thread, a thread that skips
 * CoInitializeEx); server misuses are choices of the generated server's code.
 */
public enum Misuse {
    DOUBLE_UNMARSHAL("double-unmarshal", false, "CoGetInterfaceAndReleaseStream twice on one stream"),
    MISSING_DETACH("missing-detach", false, "IStream::Release after CoGetInterfaceAndReleaseStream"),
    FOREIGN_POINTER("foreign-pointer", false, "a raw STA pointer called from another thread"),
    SHARED_PROXY("shared-proxy", false, "a proxy called from another apartment than its own"),
    UNINITIALIZED_THREAD("uninitialized-thread", false, "a thread that never calls CoInitializeEx"),
    STA_NOT_PUMPING("sta-not-pumping", false, "an STA waiting with WaitForSingleObject"),
    DOUBLE_REVOKE("double-revoke", false, "a GIT cookie revoked a second time"),
    LEAKED_REFERENCE("leaked-reference", true,
            "a final release without CoReleaseServerProcess, or a GIT entry never revoked"),
    TEDIOUS_COUNT("tedious-count", true, "a server that exits on its own instance count"),
    LATE_ADDREF("late-addref", true, "instances counted in Initialize instead of at creation"),
    UNBALANCED_UNLOCK("unbalanced-unlock", true, "the server's LockServer(FALSE) without a TRUE"),
    NOT_SUSPENDED_REGISTRATION("not-suspended-registration", true, "classes registered without REGCLS_SUSPENDED"),
    REVOKE_WRONG_THREAD("revoke-wrong-thread", true, "a server worker revoking main's class registration");

    private final String faultId;
    private final boolean serverCode;
    private final String description;

    Misuse(String faultId, boolean serverCode, String description) {
        this.faultId = faultId;
        this.serverCode = serverCode;
        this.description = description;
    }

    /** The id of the catalogue fault this misuse reproduces. */
    public String faultId() {
        return faultId;
    }

    /** Whether the misuse is in the generated server's code rather than in a client action. */
    public boolean serverCode() {
        return serverCode;
    }

    public String description() {
        return description;
    }

    /** The misuse reproducing the fault with this id, or null when no chain expresses it. */
    public static Misuse forFault(String faultId) {
        for (Misuse misuse : values()) {
            if (misuse.faultId.equals(faultId)) {
                return misuse;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return faultId;
    }
}
