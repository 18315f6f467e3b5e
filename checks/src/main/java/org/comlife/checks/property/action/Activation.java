package org.comlife.checks.property.action;

import org.comlife.model.HResult;

/** What the contract lets an activation of a chain's class answer. */
final class Activation {
    /**
     * S_OK; CO_E_SERVER_STOPPING when the servers the SCM tried were stopping or had suspended
     * their class objects (a drain) and its launches ran out; REGDB_E_CLASSNOTREG when no server
     * offers the class and none was started for it (the second class has no launcher of its own);
     * CO_E_APPDIDNTREG when the server the SCM started for the class runs but no longer offers it
     * (a SINGLEUSE class served its activation, the class was revoked: CONFORMANCE.md L11). Which
     * of them a given call may answer depends on what the server's threads did meanwhile, which
     * the chain does not order; anything else (E_UNEXPECTED, CO_E_OBJNOTCONNECTED,
     * RPC_E_DISCONNECTED...) the contract never answers.
     */
    static final HResult[] CONTRACT = {HResult.S_OK, HResult.CO_E_SERVER_STOPPING, HResult.REGDB_E_CLASSNOTREG,
            HResult.CO_E_APPDIDNTREG};

    private Activation() {
    }
}
