package org.comlife.model;

/**
 * The COM API of class objects and server lifetime, for one {@link ComThread}: registering and
 * revoking class objects, the server-process count with the suspension of class objects,
 * activation through the SCM, and ExitProcess, with which a server ends. The ghost checks of
 * invariants 1, 7 and 9 that belong to these calls are made here.
 *
 * <p>Each method is the body of the {@link ComThread} method of the same name: it begins the
 * call and journals its end on that thread.
 */
final class ClassObjectApi {
    private final ComThread self;
    private final ComWorld world;
    private final ComProcess process;

    ClassObjectApi(ComThread self) {
        this.self = self;
        this.world = self.world();
        this.process = self.process();
    }

    ComResult<Integer> coRegisterClassObject(Clsid clsid, ClassFactory factory, ClsCtx context, int flags) {
        self.calls().begin();
        ComResult<Integer> result;
        Apartment current = self.apartment();
        if (clsid == null || factory == null || context == null || !RegCls.isValid(flags)) {
            result = ComResult.fail(HResult.E_INVALIDARG);
        } else if (current == null) {
            result = ComResult.fail(HResult.CO_E_NOTINITIALIZED);
        } else {
            if (process.isShutdownCommitted()) {
                self.violation(Invariant.SUSPENDED_UNTIL_RESUMED, process.name() + " registers " + clsid
                        + " after a release to 0 committed shutdown: it was still initializing");
            }
            factory.addRef(self);
            Registration registration = new Registration(world.newCookie(), clsid, factory, context, flags, current);
            process.classTable().add(registration);
            if (registration.isPublished()) {
                process.notePublished();
            }
            result = ComResult.ok(registration.cookie());
        }
        return self.calls().journal("CoRegisterClassObject",
                clsid + ", " + factory + ", " + context + ", " + RegCls.describe(flags), result);
    }

    HResult coRevokeClassObject(int cookie) {
        self.calls().begin();
        HResult hr;
        Registration registration = process.classTable().find(cookie);
        if (self.apartment() == null) {
            hr = HResult.CO_E_NOTINITIALIZED;
        } else if (registration == null) {
            hr = HResult.E_INVALIDARG;
        } else if (registration.apartment() != self.apartment()) {
            self.violation(Invariant.REVOKE_ONCE, "class registration " + cookie + " of " + registration.apartment()
                    + " revoked from " + self.describeApartment());
            hr = HResult.RPC_E_WRONG_THREAD;
        } else if (process.classTable().remove(cookie) == null) {
            hr = HResult.E_INVALIDARG;
        } else {
            registration.factory().release(self);
            hr = HResult.S_OK;
        }
        return self.calls().journal("CoRevokeClassObject", String.valueOf(cookie), hr);
    }

    int coAddRefServerProcess() {
        self.calls().begin();
        int count = process.serverProcessCount().addRef();
        if (process.isShutdownCommitted()) {
            self.violation(Invariant.SERVER_COUNT, process.name() + " counted up to " + count
                    + " after a release returned 0 and committed shutdown");
        }
        return self.calls().journal("CoAddRefServerProcess", "", count);
    }

    int coReleaseServerProcess() {
        self.calls().begin();
        int count = process.serverProcessCount().release();
        if (count < 0) {
            self.violation(Invariant.SERVER_COUNT, process.name() + "'s server-process count released below zero");
            count = 0;
        } else if (count == 0) {
            process.commitShutdown(self);
        }
        return self.calls().journal("CoReleaseServerProcess", "", count);
    }

    HResult coSuspendClassObjects() {
        self.calls().begin();
        process.serverProcessCount().suspend();
        return self.calls().journal("CoSuspendClassObjects", "", HResult.S_OK);
    }

    HResult coResumeClassObjects() {
        self.calls().begin();
        // The resume is recorded before anything is published: an activation that sees a
        // published class must also see that initialization is over.
        process.noteResumed();
        process.serverProcessCount().resume();
        int published = process.classTable().publishSuspended();
        if (published > 0) {
            process.notePublished();
        }
        return self.calls().journal("CoResumeClassObjects", "", HResult.S_OK);
    }

    ComResult<InterfacePointer> coGetClassObject(Clsid clsid, ClsCtx context, Iid iid) {
        self.calls().begin();
        return self.calls().journal("CoGetClassObject", describe(clsid, context, iid), getClassObject(clsid, context, iid));
    }

    /** The 2-argument calls journal as they always did: their context is CLSCTX_LOCAL_SERVER. */
    private static String describe(Clsid clsid, ClsCtx context, Iid iid) {
        return context == ClsCtx.LOCAL_SERVER ? clsid + ", " + iid : clsid + ", " + context + ", " + iid;
    }

    /**
     * The lookup: in-process first when the context allows it (a class registered in this
     * apartment, handed out directly, with no server lock), then the SCM for a local server.
     */
    private ComResult<InterfacePointer> getClassObject(Clsid clsid, ClsCtx context, Iid iid) {
        if (clsid == null || context == null || iid == null) {
            return ComResult.fail(HResult.E_INVALIDARG);
        }
        if (!Iid.IClassFactory.equals(iid) && !Iid.IUnknown.equals(iid)) {
            return ComResult.fail(HResult.E_NOINTERFACE);
        }
        if (self.apartment() == null) {
            return ComResult.fail(HResult.CO_E_NOTINITIALIZED);
        }
        if (context.includesInproc()) {
            ComResult<InterfacePointer> inproc = process.serveInprocLookup(self, clsid);
            if (inproc != null) {
                return inproc;
            }
        }
        return context.includesLocal() ? world.scm().activate(self, clsid) : ComResult.fail(HResult.REGDB_E_CLASSNOTREG);
    }

    ComResult<InterfacePointer> coCreateInstance(Clsid clsid, ClsCtx context, Iid iid) {
        self.calls().begin();
        ComResult<InterfacePointer> result;
        ComResult<InterfacePointer> factory = iid == null ? ComResult.fail(HResult.E_INVALIDARG)
                : getClassObject(clsid, context, Iid.IClassFactory);
        if (!factory.succeeded()) {
            result = factory;
        } else {
            CallResult created = factory.value().invoke(self, ClassFactory.CREATE_INSTANCE, null, iid);
            factory.value().release(self);
            result = created.pointer() != null ? ComResult.ok(created.pointer()) : ComResult.fail(
                    created.hr().failed() ? created.hr() : HResult.E_UNEXPECTED);
        }
        return self.calls().journal("CoCreateInstance", describe(clsid, context, iid), result);
    }

    void exitProcess() {
        self.calls().begin();
        process.exit(self);
        self.calls().journal("ExitProcess", process.name(), "exited");
    }
}
