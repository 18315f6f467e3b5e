package org.comlife.model;

/**
 * A proxy: the stand-in for an object of another apartment, bound to the client apartment
 * that unmarshaled it. It refuses the calls the contract refuses, and hands the others to the
 * server process's {@code ProxyDispatch}, which carries each into the object's apartment
 * (posting it to the owner's queue for an STA, running it on an RPC worker for the MTA).
 *
 * <p>There is one proxy per object per client apartment. It holds remote references on the
 * stub; when its own count reaches zero it gives them back, and gives back the implicit
 * server locks of the class-factory activations it carries.
 */
public final class Proxy implements InterfacePointer {
    private final int id;
    private final Apartment clientApartment;
    private final StubManager stub;
    private int refs;
    private int remoteRefs;
    private int implicitLocks;
    private boolean connected = true;

    Proxy(int id, Apartment clientApartment, StubManager stub) {
        this.id = id;
        this.clientApartment = clientApartment;
        this.stub = stub;
    }

    @Override
    public int id() {
        return id;
    }

    public Apartment clientApartment() {
        return clientApartment;
    }

    public StubManager stub() {
        return stub;
    }

    @Override
    public ComObject target() {
        return stub.object();
    }

    @Override
    public boolean supports(Iid iid) {
        return stub.object().supports(iid);
    }

    public synchronized int refCount() {
        clientApartment.world().read(this, StatePart.PROXY);
        return refs;
    }

    public synchronized int remoteRefs() {
        clientApartment.world().read(this, StatePart.PROXY);
        return remoteRefs;
    }

    public synchronized int implicitLocks() {
        clientApartment.world().read(this, StatePart.PROXY);
        return implicitLocks;
    }

    /** Connected and referenced: a client holds this proxy. */
    public synchronized boolean isHeld() {
        clientApartment.world().read(this, StatePart.PROXY);
        return connected && refs > 0;
    }

    public synchronized boolean isConnected() {
        clientApartment.world().read(this, StatePart.PROXY);
        return connected;
    }

    /** The unmarshal side: one more client reference backed by remote references on the stub. */
    public synchronized boolean acquire(int remoteReferences) {
        clientApartment.world().write(this, StatePart.PROXY);
        if (!connected) {
            return false;
        }
        refs++;
        remoteRefs += remoteReferences;
        return true;
    }

    /** Records the implicit LockServer(TRUE) taken when a class factory was activated through this proxy. */
    public synchronized void addImplicitLock() {
        clientApartment.world().write(this, StatePart.PROXY);
        implicitLocks++;
    }

    @Override
    public int addRef(ComThread caller) {
        clientApartment.world().write(this, StatePart.PROXY);
        checkApartment(caller, "AddRef");
        synchronized (this) {
            return connected ? ++refs : 0;
        }
    }

    @Override
    public int release(ComThread caller) {
        clientApartment.world().write(this, StatePart.PROXY);
        checkApartment(caller, "Release");
        int remaining;
        int remote;
        int locks;
        synchronized (this) {
            if (!connected || refs == 0) {
                return 0;
            }
            remaining = --refs;
            if (remaining > 0) {
                return remaining;
            }
            // The last release disconnects in the same step, so an unmarshal in this apartment
            // never picks up a proxy that is about to give back its references.
            connected = false;
            remote = remoteRefs;
            locks = implicitLocks;
            remoteRefs = 0;
            implicitLocks = 0;
        }
        giveBack(remote, locks);
        return 0;
    }

    /**
     * Teardown of the client apartment: gives back the remote references and the implicit
     * locks at once, whatever the count.
     */
    void disconnect(ComThread caller) {
        clientApartment.world().write(this, StatePart.PROXY);
        int remote;
        int locks;
        synchronized (this) {
            if (!connected) {
                return;
            }
            connected = false;
            remote = remoteRefs;
            locks = implicitLocks;
            remoteRefs = 0;
            implicitLocks = 0;
        }
        giveBack(remote, locks);
    }

    /** Runs the server's side of a disconnect in the server's RPC worker context. */
    private void giveBack(int remote, int locks) {
        clientApartment.removeProxy(this);
        ComProcess server = stub.apartment().process();
        if (server.isExited()) {
            return;
        }
        ComThread worker = server.rpcWorker();
        if (remote > 0) {
            stub.releaseExternal(worker, remote);
        }
        for (int i = 0; i < locks; i++) {
            server.classObjectActivation().releaseImplicitLock(server, worker, stub.object());
        }
    }

    /** AddRef and Release from another apartment are misuse; once the client apartment is gone they are harmless. */
    private void checkApartment(ComThread caller, String what) {
        if (caller.apartment() != clientApartment && clientApartment.isAlive()) {
            caller.violation(Invariant.APARTMENT_AFFINITY, this + " of " + clientApartment + " used from "
                    + caller.describeApartment() + " (" + what + ")");
        }
    }

    @Override
    public CallResult invoke(ComThread caller, String method, Object... arguments) {
        Apartment current = caller.apartment();
        if (current == null) {
            return CallResult.fail(HResult.CO_E_NOTINITIALIZED);
        }
        if (!clientApartment.isAlive()) {
            // The apartment that unmarshaled this proxy is gone (its thread uninitialized):
            // the proxy was disconnected with it.
            return CallResult.fail(HResult.CO_E_OBJNOTCONNECTED);
        }
        if (current != clientApartment) {
            caller.violation(Invariant.APARTMENT_AFFINITY, this + " of " + clientApartment + " called from "
                    + caller.describeApartment() + " (" + method + ")");
            return CallResult.fail(HResult.RPC_E_WRONG_THREAD);
        }
        ComProcess server = stub.apartment().process();
        if (server.isExited()) {
            caller.violation(Invariant.NO_PREMATURE_SHUTDOWN, "call into exited process " + server.name() + " through " + this
                    + " (" + method + ")");
            return CallResult.fail(HResult.RPC_E_DISCONNECTED);
        }
        if (!isConnected() || stub.isDisconnected() || !stub.apartment().isAlive()) {
            return CallResult.fail(HResult.RPC_E_DISCONNECTED);
        }
        if (stub.object() instanceof ClassFactory && ClassFactory.LOCK_SERVER.equals(method)) {
            // A client's LockServer on a factory proxy is answered locally: the implicit lock
            // COM took at activation already keeps the server alive.
            return CallResult.ok(null);
        }
        return server.proxyDispatch().deliver(caller, stub, method, arguments);
    }

    @Override
    public String toString() {
        return "proxy#" + id + "->obj#" + stub.object().id();
    }
}
