package org.comlife.checks.property.action;

import org.comlife.checks.property.server.ChainClasses;
import org.comlife.model.CallResult;
import org.comlife.model.ComObject;
import org.comlife.model.ComThread;

/**
 * A client's own object, living in the apartment of the thread that creates it (an STA object
 * checks its caller's thread; an MTA object serves every MTA thread). Chains hand it to other
 * threads through streams and the GIT, as the Visual Studio package hands its site.
 */
public final class LocalSite extends ComObject {

    public LocalSite(ComThread creator) {
        super(creator, "Site", ChainClasses.ISITE);
    }

    @Override
    protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
        return CallResult.ok(method + " ran on " + executing.name());
    }
}
