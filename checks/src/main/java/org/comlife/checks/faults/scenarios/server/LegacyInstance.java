package org.comlife.checks.faults.scenarios.server;

import java.util.concurrent.atomic.AtomicInteger;
import org.comlife.model.CallResult;
import org.comlife.model.ComObject;
import org.comlife.model.ComThread;

/**
 * An instance of the legacy server of tedious-count: counted in the server's own variable,
 * not with CoAddRefServerProcess. Its final release applies the classic check "no instances
 * left, so exit" — a decision COM knows nothing about, so class objects stay open to new
 * activations until the server has revoked them.
 */
final class LegacyInstance extends ComObject {
    private final SampleServer server;
    private final AtomicInteger instances;

    LegacyInstance(ComThread creator, SampleServer server, AtomicInteger instances) {
        super(creator, "Legacy", SampleServer.ISample);
        this.server = server;
        this.instances = instances;
        instances.incrementAndGet();
    }

    @Override
    protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
        return CallResult.ok(method + " ran on " + executing.name());
    }

    @Override
    protected void onFinalRelease(ComThread releasing) {
        if (instances.decrementAndGet() == 0) {
            server.beginShutdown(releasing);
        }
    }
}
