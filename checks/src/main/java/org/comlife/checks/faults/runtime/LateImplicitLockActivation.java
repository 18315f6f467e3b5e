package org.comlife.checks.faults.runtime;

import org.comlife.model.Clsid;
import org.comlife.model.ComProcess;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.InterfacePointer;
import org.comlife.model.Registration;
import org.comlife.model.runtime.ReferenceClassObjectActivation;

/**
 * Seeded fault late-implicit-lock: the activation claims the class object, lets go of the class
 * table, marshals the factory out, and only then takes COM's implicit LockServer(TRUE). The lock
 * is still refused once class objects are suspended, but by then the factory has left: a final
 * CoReleaseServerProcess that lands before the lock (on another thread, or before the activation
 * began, while the class is still published) suspends the server with a factory on its way out
 * and no lock holding the server for it.
 *
 * <p>The fix is {@code ReferenceClassObjectActivation.serveOut}: take the lock before the factory
 * is marshaled, and refuse the activation when the lock is refused.
 */
public final class LateImplicitLockActivation extends ReferenceClassObjectActivation {

    @Override
    protected ComResult<InterfacePointer> serveOut(ComProcess server, ComThread client, Clsid clsid,
                                                   Registration registration) {
        ComResult<InterfacePointer> factory = marshalOut(server, client, registration);
        // The bug: the lock is taken after the factory left; refused now, it is too late to call it back.
        if (factory.succeeded() && lock(server, clsid)) {
            holdLock(server, factory.value(), registration.factory());
        }
        return factory;
    }
}
