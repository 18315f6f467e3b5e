package org.comlife.model.examples;

import org.comlife.model.CallResult;
import org.comlife.model.ComObject;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;

/**
 * The Visual Studio shell's site as a package sees it: an apartment-threaded
 * IServiceProvider living in the main STA. {@code QueryService(sid)} hands out a service
 * object created on the main thread.
 */
public final class ServiceProvider extends ComObject {
    public static final String QUERY_SERVICE = "QueryService";
    /** The interface of the services it hands out. */
    public static final Iid IVsService = new Iid("IVsService");

    public ServiceProvider(ComThread creator) {
        super(creator, "ServiceProvider", Iid.IServiceProvider);
    }

    @Override
    protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
        if (!QUERY_SERVICE.equals(method)) {
            return CallResult.fail(HResult.E_NOINTERFACE);
        }
        String service = argument(arguments, 0, String.class);
        if (service == null) {
            return CallResult.fail(HResult.E_INVALIDARG);
        }
        return CallResult.ok(new Service(executing, service));
    }

    /** A service: answers {@code Describe} with its name and the thread that ran the call. */
    public static final class Service extends ComObject {
        private final String service;

        Service(ComThread creator, String service) {
            super(creator, service, IVsService);
            this.service = service;
        }

        @Override
        protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
            return CallResult.ok(service + " answered on " + executing.name());
        }
    }
}
