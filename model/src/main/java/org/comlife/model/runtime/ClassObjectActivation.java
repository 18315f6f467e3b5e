package org.comlife.model.runtime;

import org.comlife.model.Clsid;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.InterfacePointer;

/**
 * The server side of an activation ({@code CoGetClassObject} / {@code CoCreateInstance} routed by
 * the SCM to a running local server): COM claims a class object from the server's class table,
 * takes the implicit {@code LockServer(TRUE)} while the factory is marshaled out of the server,
 * and gives that lock back when the client lets go of the factory.
 *
 * <p>The contract an implementation must keep: a factory leaves its apartment only with the
 * implicit lock already counted, and the lock is refused (CO_E_SERVER_STOPPING, the factory not
 * handed out) once class objects are suspended, so no release to zero can shut the server down
 * under a factory on its way out (invariants 2 and 8); an activation from the registering
 * apartment itself gets the factory directly and takes no lock. The model checks every
 * activation served (invariants 1 and 7) after {@link #activate} returns; an implementation
 * need not report it.
 */
public interface ClassObjectActivation {

    /**
     * Serves one activation of {@code clsid} by {@code server} for {@code client}: the factory in
     * the client's apartment (a proxy holding the implicit lock, or the factory itself in its own
     * apartment), REGDB_E_CLASSNOTREG when no published registration serves the class, or
     * CO_E_SERVER_STOPPING when class objects are suspended. Never null.
     */
    ComResult<InterfacePointer> activate(ComProcess server, ComThread client, Clsid clsid);

    /**
     * COM's implicit {@code LockServer(FALSE)}: the client let go of a factory it activated (its
     * proxy's last release, or its apartment's teardown), run in {@code context}, the server's RPC
     * worker. Called once per lock the proxy was given.
     */
    void releaseImplicitLock(ComProcess server, ComThread context, ComObject factory);
}
