package org.comlife.checks.property.state;

/** Where a handle is in its life, as the chain's abstract state tracks it. */
public enum HandleStatus {
    /** A pointer or factory reference the holder still owns. */
    LIVE,
    /** A pointer or factory reference given back. */
    RELEASED,
    /** A stream waiting for its consumer. */
    PENDING,
    /** A stream CoGetInterfaceAndReleaseStream took (and freed). */
    CONSUMED,
    /** A stream whose marshal data was released without unmarshaling it. */
    DISCARDED,
    /** A stream holding a table packet (TABLESTRONG or TABLEWEAK) its marshaling thread still owns. */
    TABLE,
    /** A table packet whose marshal data its owner released (and the stream with it). */
    TABLE_RELEASED,
    /** A GIT cookie in the table. */
    REGISTERED,
    /** A GIT cookie revoked by its owner. */
    REVOKED,
    /** A GIT cookie left in the table on purpose (leaked-reference misuse). */
    ABANDONED;

    /** Whether a chain may end with a handle in this state: everything taken has been given back. */
    public boolean closed() {
        return this != LIVE && this != PENDING && this != REGISTERED && this != TABLE;
    }
}
