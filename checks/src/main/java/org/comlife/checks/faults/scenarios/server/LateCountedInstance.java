package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.CallResult;
import org.comlife.model.ComObject;
import org.comlife.model.ComThread;

/**
 * An instance of late-addref: it takes its server-process reference in {@code Initialize},
 * its second phase of construction, instead of when it is created, so it leaves the server
 * uncounted and is counted only once the client's Initialize call runs.
 */
final class LateCountedInstance extends ComObject {
    static final String INITIALIZE = "Initialize";

    private final SampleServer server;
    private boolean counted;

    LateCountedInstance(ComThread creator, SampleServer server) {
        super(creator, "LateSample", SampleServer.ISample);
        this.server = server;
    }

    @Override
    protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
        if (INITIALIZE.equals(method) && !counted) {
            counted = true;
            // The bug: the count goes up here, after the instance already left the server.
            executing.coAddRefServerProcess();
        }
        return CallResult.ok(method + " ran on " + executing.name());
    }

    @Override
    protected void onFinalRelease(ComThread releasing) {
        if (counted && releasing.coReleaseServerProcess() == 0) {
            server.beginShutdown(releasing);
        }
    }
}
