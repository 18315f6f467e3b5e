package org.comlife.checks.jpf.race;

import org.comlife.checks.lincheck.ImplementationUnderTest;
import org.comlife.checks.lincheck.ServerProcessCountOperations;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The server-process count in a helper race: Lincheck's {@link ServerProcessCountOperations},
 * starting at a count of one (a server with one live instance), so a release reaches zero and
 * must suspend class objects in the same step as an activation's implicit lock is refused or
 * counted. This code runs inside JPF.
 */
final class ServerProcessCountRace {
    static final String RELEASE = "release";
    static final String LOCK_FOR_ACTIVATION = "lockForActivation";
    static final String ADD_REF = "addRef";

    private ServerProcessCountRace() {
    }

    /** The count of the given runtime, built the way Lincheck builds it. */
    static RacedHelper underTest(RuntimeHelpers helpers) {
        return raced(ImplementationUnderTest.with(helpers, () -> new ServerProcessCountOperations.UnderTest()).value());
    }

    /** The sequential specification, at the same starting count. */
    static RacedHelper specification() {
        return raced(new ServerProcessCountOperations.Specification());
    }

    private static RacedHelper raced(ServerProcessCountOperations count) {
        return new RacedOperations("the server-process count", count::state)
                .with(RELEASE, () -> String.valueOf(count.release()))
                .with(LOCK_FOR_ACTIVATION, () -> String.valueOf(count.lockForActivation()))
                .with(ADD_REF, () -> String.valueOf(count.addRef()));
    }
}
