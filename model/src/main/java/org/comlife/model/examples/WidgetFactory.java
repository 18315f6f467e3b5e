package org.comlife.model.examples;

import org.comlife.model.CallResult;
import org.comlife.model.ClassFactory;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;

/** The class factory of one class of {@link WidgetServer}: creates {@link Widget}s of its kind. */
public final class WidgetFactory extends ClassFactory {
    private final WidgetServer server;
    private final String kind;
    private final Iid iid;

    WidgetFactory(ComThread creator, WidgetServer server, String kind, Iid iid) {
        super(creator, kind + "Factory");
        this.server = server;
        this.kind = kind;
        this.iid = iid;
    }

    @Override
    protected CallResult createInstance(ComThread executing, Iid requested) {
        if (!requested.equals(iid) && !requested.equals(Iid.IUnknown)) {
            return CallResult.fail(HResult.E_NOINTERFACE);
        }
        return CallResult.ok(new Widget(executing, server, kind, iid));
    }

    @Override
    protected void onLastLockReleased(ComThread executing) {
        server.beginShutdown(executing);
    }
}
