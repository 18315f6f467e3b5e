package org.comlife.model;

/**
 * The COM API of an object's external connections, for one {@link ComThread}: CoLockObjectExternal,
 * which holds the object with one strong reference on its stub (creating the stub if the object
 * was never marshaled), and CoDisconnectObject, which destroys the stub at once. Both are called
 * in the object's own apartment, on the object itself.
 *
 * <table>
 *   <caption>The answers, checked in this order (nothing changes unless S_OK does something)</caption>
 *   <tr><th>case</th><th>answer</th></tr>
 *   <tr><td>NULL object</td><td>E_INVALIDARG</td></tr>
 *   <tr><td>no apartment (and no MTA)</td><td>CO_E_NOTINITIALIZED</td></tr>
 *   <tr><td>a proxy (the object lives elsewhere; model choice)</td><td>E_INVALIDARG</td></tr>
 *   <tr><td>a destroyed object</td><td>E_UNEXPECTED, violation of invariant 11</td></tr>
 *   <tr><td>an STA object from another apartment</td><td>RPC_E_WRONG_THREAD, violation of invariant 5</td></tr>
 *   <tr><td>unlock or disconnect of an object without a stub</td><td>S_OK, nothing done (as Windows)</td></tr>
 *   <tr><td>otherwise</td><td>S_OK</td></tr>
 * </table>
 *
 * <p>Each method is the body of the {@link ComThread} method of the same name: it begins the
 * call and journals its end on that thread.
 */
final class ExternalConnectionsApi {
    private final ComThread self;

    ExternalConnectionsApi(ComThread self) {
        this.self = self;
    }

    HResult coLockObjectExternal(InterfacePointer pointer, boolean lock, boolean lastUnlockReleases) {
        self.calls().begin();
        HResult hr = refusal(pointer, "CoLockObjectExternal");
        if (hr == null) {
            ComObject object = (ComObject) pointer;
            if (lock) {
                hr = object.home().referenceStub(self, object, MarshalFlags.TABLESTRONG) != null ? HResult.S_OK
                        : HResult.E_UNEXPECTED;
            } else {
                StubManager stub = object.home().liveStubOf(object);
                if (stub != null) {
                    stub.unlock(self, lastUnlockReleases);
                }
                hr = HResult.S_OK;
            }
        }
        return self.calls().journal("CoLockObjectExternal", pointer + ", " + lock + ", " + lastUnlockReleases, hr);
    }

    HResult coDisconnectObject(InterfacePointer pointer) {
        self.calls().begin();
        HResult hr = refusal(pointer, "CoDisconnectObject");
        if (hr == null) {
            ComObject object = (ComObject) pointer;
            StubManager stub = object.home().liveStubOf(object);
            if (stub != null) {
                stub.disconnect(self);
            }
            hr = HResult.S_OK;
        }
        return self.calls().journal("CoDisconnectObject", pointer + ", 0", hr);
    }

    /** Why the call is refused, or null when the pointer is a live object of the caller's apartment. */
    private HResult refusal(InterfacePointer pointer, String operation) {
        if (pointer == null) {
            return HResult.E_INVALIDARG;
        }
        if (self.apartment() == null) {
            return HResult.CO_E_NOTINITIALIZED;
        }
        if (!(pointer instanceof ComObject)) {
            return HResult.E_INVALIDARG;
        }
        ComObject object = (ComObject) pointer;
        if (object.usedAfterDestruction(self, operation)) {
            return HResult.E_UNEXPECTED;
        }
        if (!object.isCallableFrom(self)) {
            self.violation(Invariant.APARTMENT_AFFINITY, operation + " on " + object + " of " + object.home()
                    + " from " + self.describeApartment());
            return HResult.RPC_E_WRONG_THREAD;
        }
        return null;
    }
}
