package org.comlife.checks.coverage.correct;

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
import org.comlife.model.runtime.ClassObjectActivation;
import org.comlife.model.runtime.ClassTable;

/**
 * An activation path written from scratch, in one method: the class object is claimed and the
 * implicit lock taken together while the class table's monitor is held (the registry lock of
 * COM's own implementation), and the factory is marshaled out after both.
 */
public class RegistryLockedActivation implements ClassObjectActivation {
    @Override
    public ComResult<InterfacePointer> activate(ComProcess server, ComThread client, Clsid clsid) {
        ClassTable table = server.classTable();
        Registration registration;
        boolean inApartment;
        boolean locked;
        synchronized (table) {
            registration = table.claimForActivation(clsid);
            if (registration == null) {
                return ComResult.fail(HResult.REGDB_E_CLASSNOTREG);
            }
            inApartment = registration.apartment() == client.apartment();
            locked = inApartment ? !server.serverProcessCount().isSuspended()
                    : server.serverProcessCount().lockForActivation();
        }
        if (!inApartment) {
            server.journalImplicitLock(clsid, locked ? "count " + server.serverProcessCount().count()
                    : "refused: class objects suspended");
        }
        if (!locked) {
            return ComResult.fail(HResult.CO_E_SERVER_STOPPING);
        }
        if (inApartment) {
            registration.factory().addRef(client);
            return ComResult.ok(registration.factory());
        }
        ComResult<MarshalPacket> packet = server.marshaler().marshal(server.rpcWorker(), registration.factory(),
                Iid.IClassFactory, MarshalFlags.NORMAL);
        ComResult<InterfacePointer> factory = packet.succeeded()
                ? client.process().marshaler().unmarshal(client, packet.value(), Iid.IClassFactory)
                : ComResult.fail(packet.hr());
        if (factory.succeeded() && factory.value() instanceof Proxy) {
            ((Proxy) factory.value()).addImplicitLock();
        } else {
            releaseImplicitLock(server, server.rpcWorker(), registration.factory());
        }
        return factory;
    }

    @Override
    public void releaseImplicitLock(ComProcess server, ComThread context, ComObject factory) {
        server.lockServerFalse(context, factory);
    }
}
