package org.comlife.model.runtime;

import org.comlife.model.ClassFactory;
import org.comlife.model.Clsid;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;
import org.comlife.model.Proxy;
import org.comlife.model.Registration;

/**
 * Activation as Windows serves it, one protected step each, so a variant (a seeded fault, a
 * user's own) replaces one step and inherits the rest:
 *
 * <table>
 *   <caption>The steps, in the order {@link #activate} runs them</caption>
 *   <tr><th>step</th><th>what it does</th><th>answers</th></tr>
 *   <tr><td>{@link #claim}</td><td>the class table's activation lookup (a SINGLEUSE registration is hidden)</td>
 *       <td>the registration, or null: REGDB_E_CLASSNOTREG</td></tr>
 *   <tr><td>{@link #handOutInApartment}</td><td>to the registering apartment: the factory itself, no lock</td>
 *       <td>S_OK, or CO_E_SERVER_STOPPING when suspended</td></tr>
 *   <tr><td>{@link #serveOut}</td><td>to another apartment: lock, then marshal out, then tie the lock to the proxy</td>
 *       <td>the proxy, or the refusal</td></tr>
 *   <tr><td>{@link #lock}</td><td>the implicit LockServer(TRUE), refused atomically once suspended</td>
 *       <td>whether it was counted</td></tr>
 *   <tr><td>{@link #marshalOut}</td><td>the factory marshaled NORMAL by the server, unmarshaled by the client</td>
 *       <td>the client's pointer, or the failure</td></tr>
 *   <tr><td>{@link #holdLock}</td><td>the proxy keeps the lock until its last release</td><td>-</td></tr>
 *   <tr><td>{@link #releaseImplicitLock}</td><td>the implicit LockServer(FALSE)</td><td>-</td></tr>
 * </table>
 *
 * <p>The class keeps no state of its own: everything it changes is the server's class table,
 * count and marshaler, and the client's proxy.
 */
public class ReferenceClassObjectActivation implements ClassObjectActivation {

    @Override
    public ComResult<InterfacePointer> activate(ComProcess server, ComThread client, Clsid clsid) {
        Registration registration = claim(server, clsid);
        if (registration == null) {
            return ComResult.fail(HResult.REGDB_E_CLASSNOTREG);
        }
        if (registration.apartment() == client.apartment()) {
            return handOutInApartment(server, client, clsid, registration);
        }
        return serveOut(server, client, clsid, registration);
    }

    /** The class object that serves the activation, claimed in the class table's own critical section. */
    protected Registration claim(ComProcess server, Clsid clsid) {
        return server.classTable().claimForActivation(clsid);
    }

    /** Nothing leaves the server: the factory itself, one more reference, and no implicit lock. */
    protected ComResult<InterfacePointer> handOutInApartment(ComProcess server, ComThread client, Clsid clsid,
                                                             Registration registration) {
        if (server.serverProcessCount().isSuspended()) {
            return ComResult.fail(HResult.CO_E_SERVER_STOPPING);
        }
        registration.factory().addRef(client);
        return ComResult.ok(registration.factory());
    }

    /** The factory leaves the server: the lock is counted first, so it holds the server all the way out. */
    protected ComResult<InterfacePointer> serveOut(ComProcess server, ComThread client, Clsid clsid,
                                                   Registration registration) {
        if (!lock(server, clsid)) {
            return ComResult.fail(HResult.CO_E_SERVER_STOPPING);
        }
        ComResult<InterfacePointer> factory = marshalOut(server, client, registration);
        if (!factory.succeeded()) {
            releaseImplicitLock(server, server.rpcWorker(), registration.factory());
            return factory;
        }
        holdLock(server, factory.value(), registration.factory());
        return factory;
    }

    /** COM's implicit LockServer(TRUE), journaled on the server's RPC worker: refused once class objects are suspended. */
    protected boolean lock(ComProcess server, Clsid clsid) {
        if (!server.serverProcessCount().lockForActivation()) {
            server.journalImplicitLock(clsid, "refused: class objects suspended");
            return false;
        }
        server.journalImplicitLock(clsid, "count " + server.serverProcessCount().count());
        return true;
    }

    /** The factory marshaled NORMAL in the server's RPC worker context and unmarshaled in the client's apartment. */
    protected ComResult<InterfacePointer> marshalOut(ComProcess server, ComThread client, Registration registration) {
        ComResult<MarshalPacket> packet = server.marshaler().marshal(server.rpcWorker(), registration.factory(),
                Iid.IClassFactory, MarshalFlags.NORMAL);
        if (!packet.succeeded()) {
            return ComResult.fail(packet.hr());
        }
        return client.process().marshaler().unmarshal(client, packet.value(), Iid.IClassFactory);
    }

    /** The proxy keeps the lock and gives it back at its last release; a raw pointer cannot, so the lock goes back now. */
    protected void holdLock(ComProcess server, InterfacePointer handedOut, ClassFactory factory) {
        if (handedOut instanceof Proxy) {
            ((Proxy) handedOut).addImplicitLock();
        } else {
            // Only a marshaler that hands out the object itself across apartments gets here.
            releaseImplicitLock(server, server.rpcWorker(), factory);
        }
    }

    @Override
    public void releaseImplicitLock(ComProcess server, ComThread context, ComObject factory) {
        server.lockServerFalse(context, factory);
    }
}
