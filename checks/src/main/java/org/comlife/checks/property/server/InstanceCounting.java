package org.comlife.checks.property.server;

import org.comlife.checks.property.action.Misuse;

/** How the generated server's instances keep the server alive: right, or the way one misuse gets it wrong. */
public enum InstanceCounting {
    /** CoAddRefServerProcess when created, CoReleaseServerProcess in the final release. */
    COUNTED(null),
    /** The server's own instance variable decides shutdown; COM's count never does. */
    LEGACY(Misuse.TEDIOUS_COUNT),
    /** CoAddRefServerProcess in Initialize, after the instance left the server. */
    COUNTED_IN_INITIALIZE(Misuse.LATE_ADDREF),
    /** CoAddRefServerProcess when created, and no release ever. */
    LEAKY(Misuse.LEAKED_REFERENCE);

    private final Misuse misuse;

    InstanceCounting(Misuse misuse) {
        this.misuse = misuse;
    }

    /** The misuse this way of counting is; null for the right one. */
    public Misuse misuse() {
        return misuse;
    }
}
