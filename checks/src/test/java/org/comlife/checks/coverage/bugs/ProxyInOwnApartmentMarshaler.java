package org.comlife.checks.coverage.bugs;

import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalPacket;
import org.comlife.model.Proxy;
import org.comlife.model.StubManager;
import org.comlife.model.runtime.ReferenceMarshaler;

/** A marshaler that always answers an unmarshal with a proxy. */
public class ProxyInOwnApartmentMarshaler extends ReferenceMarshaler {
    @Override
    public ComResult<InterfacePointer> unmarshal(ComThread caller, MarshalPacket packet, Iid iid) {
        ComResult<InterfacePointer> got = super.unmarshal(caller, packet, iid);
        if (!got.succeeded() || got.value() instanceof Proxy) {
            return got;
        }
        // The bug: in the object's own apartment it still hands out a proxy, not the object.
        StubManager stub = packet.stub();
        stub.addExternal(caller, 1);
        Proxy proxy = caller.apartment().acquireProxy(stub, 1);
        got.value().release(caller);
        return ComResult.ok(proxy);
    }
}
