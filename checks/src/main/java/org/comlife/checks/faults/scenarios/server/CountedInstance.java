package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.CallResult;
import org.comlife.model.ComObject;
import org.comlife.model.ComThread;

/**
 * An instance counted the way the out-of-process helpers mean it: one server-process
 * reference from creation ({@code CoAddRefServerProcess}) to final release
 * ({@code CoReleaseServerProcess}); the release that returns 0 begins the server's shutdown,
 * with class objects already suspended by COM. Every method succeeds.
 */
public final class CountedInstance extends ComObject {
    private final SampleServer server;

    public CountedInstance(ComThread creator, SampleServer server) {
        super(creator, "Sample", SampleServer.ISample);
        this.server = server;
        creator.coAddRefServerProcess();
    }

    @Override
    protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
        return CallResult.ok(method + " ran on " + executing.name());
    }

    @Override
    protected void onFinalRelease(ComThread releasing) {
        if (releasing.coReleaseServerProcess() == 0) {
            server.beginShutdown(releasing);
        }
    }
}
