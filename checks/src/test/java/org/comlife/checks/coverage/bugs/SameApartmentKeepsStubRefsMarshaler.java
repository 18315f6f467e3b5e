package org.comlife.checks.coverage.bugs;

import org.comlife.model.Apartment;
import org.comlife.model.ComObject;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.InterfacePointer;
import org.comlife.model.StubManager;
import org.comlife.model.runtime.ReferenceMarshaler;

/** A marshaler that answers the raw object to an unmarshal of a NORMAL packet in the object's own apartment. */
public class SameApartmentKeepsStubRefsMarshaler extends ReferenceMarshaler {
    @Override
    protected ComResult<InterfacePointer> bind(ComThread caller, Apartment here, StubManager stub, int refs,
                                               boolean normal) {
        if (normal && stub.apartment() == here && !stub.isDisconnected() && here.isAlive()) {
            ComObject object = stub.object();
            object.addRef(caller);
            // The bug: the packet's references are not given back to the stub, so the object never goes away.
            return ComResult.ok(object);
        }
        return super.bind(caller, here, stub, refs, normal);
    }
}
