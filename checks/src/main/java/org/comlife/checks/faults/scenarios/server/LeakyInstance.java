package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.CallResult;
import org.comlife.model.ComObject;
import org.comlife.model.ComThread;

/**
 * An instance of leaked-reference: it takes its server-process reference when created but its
 * final release forgets to give it back, so the count never returns to 0 and nothing ever tells
 * the server to shut down.
 */
final class LeakyInstance extends ComObject {

    LeakyInstance(ComThread creator) {
        super(creator, "LeakySample", SampleServer.ISample);
        creator.coAddRefServerProcess();
    }

    @Override
    protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
        return CallResult.ok(method + " ran on " + executing.name());
    }

    // The bug: no onFinalRelease calling CoReleaseServerProcess.
}
