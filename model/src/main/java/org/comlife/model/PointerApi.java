package org.comlife.model;

/**
 * The COM API of interface pointers, for one {@link ComThread}: IUnknown's AddRef, Release and
 * QueryInterface, and a method call through a pointer. A raw pointer is checked against the
 * calling thread (invariant 5); a proxy carries the call to its object's apartment.
 *
 * <p>Each method is the body of the {@link ComThread} method of the same name: it begins the
 * call and journals its end on that thread.
 */
final class PointerApi {
    private final ComThread self;

    PointerApi(ComThread self) {
        this.self = self;
    }

    int addRef(InterfacePointer pointer) {
        self.calls().begin();
        int count = pointer == null ? 0 : pointer.addRef(self);
        return self.calls().journal("IUnknown::AddRef", String.valueOf(pointer), count);
    }

    int release(InterfacePointer pointer) {
        self.calls().begin();
        int count = pointer == null ? 0 : pointer.release(self);
        return self.calls().journal("IUnknown::Release", String.valueOf(pointer), count);
    }

    ComResult<InterfacePointer> queryInterface(InterfacePointer pointer, Iid iid) {
        self.calls().begin();
        ComResult<InterfacePointer> result;
        if (pointer == null || iid == null) {
            result = ComResult.fail(HResult.E_POINTER);
        } else if (pointer instanceof Proxy && self.apartment() != ((Proxy) pointer).clientApartment()) {
            // Windows answers before it looks at the interface, even one the proxy answers itself.
            self.violation(Invariant.APARTMENT_AFFINITY, pointer + " of " + ((Proxy) pointer).clientApartment()
                    + " queried from " + self.describeApartment());
            result = ComResult.fail(HResult.RPC_E_WRONG_THREAD);
        } else if (pointer instanceof ComObject && ((ComObject) pointer).usedAfterDestruction(self, "QueryInterface")) {
            result = ComResult.fail(HResult.E_UNEXPECTED);
        } else if (!pointer.supports(iid)) {
            result = ComResult.fail(HResult.E_NOINTERFACE);
        } else if (pointer instanceof ComObject && !((ComObject) pointer).isCallableFrom(self)) {
            self.violation(Invariant.APARTMENT_AFFINITY, "raw pointer to " + pointer + " queried from " + self.describeApartment());
            result = ComResult.fail(HResult.RPC_E_WRONG_THREAD);
        } else {
            pointer.addRef(self);
            result = ComResult.ok(pointer);
        }
        return self.calls().journal("IUnknown::QueryInterface", pointer + ", " + iid, result);
    }

    CallResult call(InterfacePointer pointer, String method, Object... arguments) {
        self.calls().begin();
        CallResult result = pointer == null || method == null ? CallResult.fail(HResult.E_POINTER)
                : pointer.invoke(self, method, arguments);
        return self.calls().journal(method, pointer + describeArguments(arguments), result);
    }

    private static String describeArguments(Object[] arguments) {
        StringBuilder text = new StringBuilder();
        if (arguments != null) {
            for (Object argument : arguments) {
                text.append(", ").append(argument);
            }
        }
        return text.toString();
    }
}
