package org.comlife.model.examples;

import org.comlife.model.CallResult;
import org.comlife.model.ComObject;
import org.comlife.model.ComThread;
import org.comlife.model.Iid;

/**
 * An instance served by {@link WidgetServer}. It holds a server-process reference for its
 * whole life: {@code CoAddRefServerProcess} when created, {@code CoReleaseServerProcess} in
 * its final release, and the release that returns 0 begins the server's shutdown.
 */
public final class Widget extends ComObject {
    public static final String WORK = "Work";

    private final WidgetServer server;

    Widget(ComThread creator, WidgetServer server, String kind, Iid iid) {
        super(creator, kind, iid);
        this.server = server;
        creator.coAddRefServerProcess();
    }

    @Override
    protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
        Integer amount = argument(arguments, 0, Integer.class);
        return CallResult.ok(name() + " did " + (amount == null ? 0 : amount) + " units on " + executing.name());
    }

    @Override
    protected void onFinalRelease(ComThread releasing) {
        if (releasing.coReleaseServerProcess() == 0) {
            server.beginShutdown(releasing);
        }
    }
}
