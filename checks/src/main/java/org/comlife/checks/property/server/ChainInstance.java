package org.comlife.checks.property.server;

import org.comlife.model.CallResult;
import org.comlife.model.ComObject;
import org.comlife.model.ComThread;

/**
 * An instance of the generated server. How it keeps the server alive is the plan's
 * {@link InstanceCounting}: the right way, or the way one misuse of the bug table gets it wrong.
 * Every method succeeds.
 */
final class ChainInstance extends ComObject {
    private final ChainServer server;
    private final InstanceCounting counting;
    private volatile boolean counted;

    ChainInstance(ComThread creator, ChainServer server) {
        super(creator, "Sample", ChainClasses.ISAMPLE);
        this.server = server;
        this.counting = server.plan().counting();
        if (counting == InstanceCounting.COUNTED || counting == InstanceCounting.LEAKY) {
            creator.coAddRefServerProcess();
            counted = true;
            if (counting == InstanceCounting.COUNTED) {
                server.drainOnce(creator);
            }
        } else if (counting == InstanceCounting.LEGACY) {
            server.legacyInstances().incrementAndGet();
        }
    }

    @Override
    protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
        if (ChainClasses.INITIALIZE.equals(method) && counting == InstanceCounting.COUNTED_IN_INITIALIZE
                && !counted) {
            counted = true;
            executing.coAddRefServerProcess();
        }
        return CallResult.ok(method + " ran on " + executing.name());
    }

    @Override
    protected void onFinalRelease(ComThread releasing) {
        switch (counting) {
            case COUNTED, COUNTED_IN_INITIALIZE -> {
                if (counted && releasing.coReleaseServerProcess() == 0) {
                    server.beginShutdown(releasing);
                }
            }
            case LEGACY -> {
                if (server.legacyInstances().decrementAndGet() == 0) {
                    server.beginShutdown(releasing);
                }
            }
            case LEAKY -> {
                // The misuse: the reference taken at creation is never given back.
            }
        }
    }
}
