package org.comlife.checks.property.server;

import org.comlife.model.CallResult;
import org.comlife.model.ClassFactory;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;

/** A class factory of the generated server: makes instances counted as the plan says. */
final class ChainFactory extends ClassFactory {
    private final ChainServer server;

    ChainFactory(ComThread creator, ChainServer server, String name) {
        super(creator, name);
        this.server = server;
    }

    @Override
    protected CallResult createInstance(ComThread executing, Iid iid) {
        if (!iid.equals(ChainClasses.ISAMPLE) && !iid.equals(Iid.IUnknown)) {
            return CallResult.fail(HResult.E_NOINTERFACE);
        }
        return CallResult.ok(new ChainInstance(executing, server));
    }

    @Override
    protected void onLastLockReleased(ComThread executing) {
        server.beginShutdown(executing);
    }
}
