package org.comlife.model.runtime;

import org.comlife.model.Apartment;
import org.comlife.model.ComObject;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.Invariant;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;
import org.comlife.model.Proxy;
import org.comlife.model.StubManager;

/**
 * Standard marshaling as Windows does it, with one strict choice: every second end of a
 * NORMAL packet (a second unmarshal, or a release after the unmarshal) fails with
 * CO_E_OBJNOTCONNECTED and is recorded as a violation of invariant 3. Marshaling a destroyed
 * object is a use after destruction (invariant 11).
 *
 * <p>Each step below is a protected method a subclass can replace alone, keeping the rest (a
 * seeded fault, a user's variant):
 * <table>
 *   <caption>The steps of standard marshaling</caption>
 *   <tr><th>step</th><th>used by</th><th>what it does</th></tr>
 *   <tr><td>{@link #referenceStub}</td><td>marshal</td><td>takes the packet's references on the stub</td></tr>
 *   <tr><td>{@link #claimEnd}</td><td>NORMAL unmarshal, release</td><td>claims the packet's one end, atomically</td></tr>
 *   <tr><td>{@link #referenceForTableUnmarshal}</td><td>table unmarshal in another apartment</td><td>takes the reference the new proxy holds</td></tr>
 *   <tr><td>{@link #bind}</td><td>unmarshal</td><td>turns stub references into the raw object or a proxy</td></tr>
 *   <tr><td>{@link #endTablePacket}</td><td>table release</td><td>marks a table packet released, once</td></tr>
 * </table>
 */
public class ReferenceMarshaler implements Marshaler {

    @Override
    public ComResult<MarshalPacket> marshal(ComThread caller, InterfacePointer pointer, Iid iid, MarshalFlags flags) {
        if (pointer == null || iid == null || flags == null) {
            return ComResult.fail(HResult.E_INVALIDARG);
        }
        if (!caller.isRuntimeContext() && caller.apartment() == null) {
            return ComResult.fail(HResult.CO_E_NOTINITIALIZED);
        }
        if (!pointer.supports(iid)) {
            return ComResult.fail(HResult.E_NOINTERFACE);
        }
        StubManager stub = referenceStub(caller, pointer, flags);
        if (stub == null) {
            return ComResult.fail(HResult.CO_E_OBJNOTCONNECTED);
        }
        return ComResult.ok(new MarshalPacket(caller.world().nextId(), stub, iid, flags));
    }

    /**
     * Takes the packet's references on the stub it will refer to: the object's own stub, or
     * the one behind a proxy (marshaling a proxy refers to the original object). Null when the
     * object is gone or its stub disconnected.
     */
    protected StubManager referenceStub(ComThread caller, InterfacePointer pointer, MarshalFlags flags) {
        if (pointer instanceof Proxy) {
            Proxy proxy = (Proxy) pointer;
            if (proxy.clientApartment() != caller.apartment()) {
                caller.violation(Invariant.APARTMENT_AFFINITY, proxy + " of " + proxy.clientApartment() + " marshaled from "
                        + caller.describeApartment());
            }
            StubManager stub = proxy.stub();
            return proxy.isConnected() && stub.addReference(caller, flags) ? stub : null;
        }
        ComObject object = pointer.target();
        if (object.isDestroyed()) {
            caller.violation(Invariant.OBJECT_LIFETIME, "marshal of destroyed " + object + " from "
                    + caller.describeApartment());
            return null;
        }
        return object.home().referenceStub(caller, object, flags);
    }

    @Override
    public ComResult<InterfacePointer> unmarshal(ComThread caller, MarshalPacket packet, Iid iid) {
        if (packet == null || iid == null) {
            return ComResult.fail(HResult.E_INVALIDARG);
        }
        Apartment here = caller.apartment();
        if (here == null) {
            return ComResult.fail(HResult.CO_E_NOTINITIALIZED);
        }
        StubManager stub = packet.stub();
        if (packet.flags() == MarshalFlags.NORMAL) {
            if (!claimEnd(packet)) {
                caller.violation(Invariant.PACKET_ENDS_ONCE, "second unmarshal of NORMAL " + packet);
                return ComResult.fail(HResult.CO_E_OBJNOTCONNECTED);
            }
            if (!stub.object().supports(iid)) {
                stub.releaseExternal(caller, packet.publicRefs());
                return ComResult.fail(HResult.E_NOINTERFACE);
            }
            return bind(caller, here, stub, packet.publicRefs(), true);
        }
        return unmarshalTable(caller, here, packet, iid);
    }

    /**
     * A table packet: any number of unmarshals while its stub lives. A TABLEWEAK packet depends
     * only on the stub (its own data may have been released while proxies keep the stub), and
     * once the stub is destroyed it answers CO_E_OBJNOTREG: the object is never brought back. In
     * the stub's apartment the pointer is the object itself, and the stub's references are not
     * touched.
     */
    private ComResult<InterfacePointer> unmarshalTable(ComThread caller, Apartment here, MarshalPacket packet, Iid iid) {
        StubManager stub = packet.stub();
        boolean weak = packet.flags() == MarshalFlags.TABLEWEAK;
        HResult gone = weak ? HResult.CO_E_OBJNOTREG : HResult.CO_E_OBJNOTCONNECTED;
        if ((!weak && packet.isReleased()) || stub.isDisconnected() || !stub.apartment().isAlive()) {
            return ComResult.fail(gone);
        }
        if (!stub.object().supports(iid)) {
            return ComResult.fail(HResult.E_NOINTERFACE);
        }
        if (stub.apartment() == here) {
            return stub.referenceObject(caller) ? ComResult.ok(stub.object()) : ComResult.fail(gone);
        }
        if (!referenceForTableUnmarshal(caller, packet)) {
            return ComResult.fail(gone);
        }
        return bind(caller, here, stub, 1, false);
    }

    /**
     * Turns references taken on the stub into a pointer for the caller's apartment: the raw
     * object in its own apartment (the stub references are given back), else this apartment's
     * proxy, which keeps them.
     */
    protected ComResult<InterfacePointer> bind(ComThread caller, Apartment here, StubManager stub, int refs,
                                             boolean normal) {
        if (stub.isDisconnected() || !stub.apartment().isAlive()) {
            if (normal) {
                stub.releaseExternal(caller, refs);
            }
            return ComResult.fail(HResult.CO_E_OBJNOTCONNECTED);
        }
        if (stub.apartment() == here) {
            ComObject object = stub.object();
            object.addRef(caller);
            stub.releaseExternal(caller, refs);
            return ComResult.ok(object);
        }
        Proxy proxy = here.acquireProxy(stub, refs);
        if (proxy == null) {
            stub.releaseExternal(caller, refs);
            return ComResult.fail(HResult.CO_E_OBJNOTCONNECTED);
        }
        return ComResult.ok(proxy);
    }

    @Override
    public HResult releaseMarshalData(ComThread caller, MarshalPacket packet) {
        if (packet == null) {
            return HResult.E_INVALIDARG;
        }
        StubManager stub = packet.stub();
        switch (packet.flags()) {
            case NORMAL:
                if (!claimEnd(packet)) {
                    caller.violation(Invariant.PACKET_ENDS_ONCE, "CoReleaseMarshalData on NORMAL " + packet + " that already ended");
                    return HResult.CO_E_OBJNOTCONNECTED;
                }
                return stub.releaseExternal(caller, packet.publicRefs()) ? HResult.S_OK : HResult.RPC_E_INVALID_OBJREF;
            case TABLESTRONG:
                if (!endTablePacket(packet)) {
                    return HResult.RPC_E_INVALID_OBJREF;
                }
                return stub.releaseExternal(caller, 1) ? HResult.S_OK : HResult.RPC_E_INVALID_OBJREF;
            default:
                if (!endTablePacket(packet)) {
                    return HResult.RPC_E_INVALID_OBJREF;
                }
                return stub.releaseWeak(caller) ? HResult.S_OK : HResult.RPC_E_INVALID_OBJREF;
        }
    }

    /** Claims the one end of a NORMAL packet (unmarshal or release); false when it already ended. Atomic here. */
    protected boolean claimEnd(MarshalPacket packet) {
        return packet.tryConsume();
    }

    /** Takes the one stub reference a proxy unmarshaled from a table packet in another apartment holds; false when the stub is gone. */
    protected boolean referenceForTableUnmarshal(ComThread caller, MarshalPacket packet) {
        return packet.stub().addExternal(caller, 1);
    }

    /** Marks a table packet released; false when it already was, so its references are given back once. Atomic here. */
    protected boolean endTablePacket(MarshalPacket packet) {
        return packet.tryRelease();
    }
}
