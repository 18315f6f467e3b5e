package org.comlife.checks.lincheck;

import org.comlife.model.ApartmentKind;
import org.comlife.model.CallResult;
import org.comlife.model.ClassFactory;
import org.comlife.model.ClsCtx;
import org.comlife.model.Clsid;
import org.comlife.model.ComProcess;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.ProcessRole;
import org.comlife.model.RegCls;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The world an activation check runs in: a local server whose main STA registered one MULTIPLEUSE
 * class (published), a client in the MTA of its own process that the concurrent activations run
 * as, and a holder, in a third process, that activated the class once before the check and holds
 * that factory: the server's count is 1, the holder's implicit lock.
 */
final class ActivationFixture {
    static final Clsid CLSID_Served = new Clsid("Served");
    static final Clsid CLSID_Unregistered = new Clsid("Unregistered");

    final ComWorld world;
    final ComProcess server;
    final ComThread serverMain;
    final ComThread client;
    final ComThread holder;
    final ServedFactory factory;
    final InterfacePointer heldFactory;

    ActivationFixture(RuntimeHelpers helpers) {
        world = new ComWorld(helpers);
        server = world.newProcess("server", ProcessRole.SERVER);
        serverMain = server.newThread("main");
        client = world.newProcess("client", ProcessRole.CLIENT).newThread("client");
        holder = world.newProcess("holder", ProcessRole.CLIENT).newThread("holder");
        serverMain.coInitializeEx(ApartmentKind.STA);
        client.coInitializeEx(ApartmentKind.MTA);
        holder.coInitializeEx(ApartmentKind.MTA);
        factory = new ServedFactory(serverMain);
        serverMain.coRegisterClassObject(CLSID_Served, factory, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE);
        factory.release(serverMain);
        heldFactory = activate(holder).value();
    }

    /** One activation of the class by the server's activation path, for a client thread. */
    ComResult<InterfacePointer> activate(ComThread activating) {
        return server.classObjectActivation().activate(server, activating, CLSID_Served);
    }

    /** An activation of a class the server never registered. */
    ComResult<InterfacePointer> activateUnregistered() {
        return server.classObjectActivation().activate(server, client, CLSID_Unregistered);
    }

    /** The server-process count and the suspension, for outcomes that compare end states. */
    String countState() {
        return "count " + server.serverProcessCount().count()
                + (server.serverProcessCount().isSuspended() ? ", suspended" : ", not suspended");
    }

    /** A class factory whose instances are never asked for: the checks only move the factory. */
    static final class ServedFactory extends ClassFactory {
        ServedFactory(ComThread creator) {
            super(creator, "ServedFactory");
        }

        @Override
        protected CallResult createInstance(ComThread executing, Iid iid) {
            return CallResult.fail(HResult.E_NOINTERFACE);
        }

        @Override
        protected void onLastLockReleased(ComThread executing) {
            // The check's server decides nothing at its last lock: the count is what is compared.
        }
    }
}
