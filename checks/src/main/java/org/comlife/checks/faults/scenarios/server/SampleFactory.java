package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.CallResult;
import org.comlife.model.ClassFactory;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;

/**
 * The class factory of a {@link SampleServer}: makes ISample instances of the scenario's
 * {@link InstanceKind}, and begins the server's shutdown when a LockServer(FALSE) (COM's
 * implicit one included) brings the server-process count to zero.
 */
public final class SampleFactory extends ClassFactory {
    private final SampleServer server;
    private final InstanceKind kind;

    public SampleFactory(ComThread creator, SampleServer server, InstanceKind kind) {
        super(creator, "SampleFactory");
        this.server = server;
        this.kind = kind;
    }

    @Override
    protected CallResult createInstance(ComThread executing, Iid iid) {
        if (!iid.equals(SampleServer.ISample) && !iid.equals(Iid.IUnknown)) {
            return CallResult.fail(HResult.E_NOINTERFACE);
        }
        return CallResult.ok(kind.create(executing, server));
    }

    @Override
    protected void onLastLockReleased(ComThread executing) {
        server.beginShutdown(executing);
    }
}
