package org.comlife.checks.coverage.bugs;

import org.comlife.model.Clsid;
import org.comlife.model.ComProcess;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.Registration;
import org.comlife.model.runtime.ReferenceClassObjectActivation;

/**
 * An activation path that locks the server before it looks the class up, so that nothing can
 * stop the server during the lookup, and gives the lock back where the factory needs none.
 */
public class LockFirstLeaksActivation extends ReferenceClassObjectActivation {
    @Override
    public ComResult<InterfacePointer> activate(ComProcess server, ComThread client, Clsid clsid) {
        if (!server.serverProcessCount().lockForActivation()) {
            return ComResult.fail(HResult.CO_E_SERVER_STOPPING);
        }
        Registration registration = claim(server, clsid);
        if (registration == null) {
            // The bug: the lock taken for the lookup is kept when the lookup finds nothing.
            return ComResult.fail(HResult.REGDB_E_CLASSNOTREG);
        }
        if (registration.apartment() == client.apartment()) {
            releaseImplicitLock(server, server.rpcWorker(), registration.factory());
            return handOutInApartment(server, client, clsid, registration);
        }
        ComResult<InterfacePointer> factory = marshalOut(server, client, registration);
        if (factory.succeeded()) {
            holdLock(server, factory.value(), registration.factory());
        } else {
            releaseImplicitLock(server, server.rpcWorker(), registration.factory());
        }
        return factory;
    }
}
