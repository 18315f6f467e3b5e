package org.comlife.model;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.journal.Described;
import org.comlife.model.journal.PlainValue;

/**
 * An apartment: an STA (one owner thread and a message queue whose calls run only when the
 * owner pumps) or a process's one MTA (calls run on RPC workers at once). It keeps the stubs
 * of the objects it exports and the proxies it holds for objects of other apartments.
 *
 * <p>The message queue and the quit flag are guarded by the world's monitor, which is also
 * what waiting threads wait on; stubs and proxies by the apartment's own monitor.
 */
public final class Apartment {
    private final int id;
    private final ApartmentKind kind;
    private final ComProcess process;
    private final ComThread owner;
    private final ComWorld world;
    private volatile boolean alive = true;
    private final List<PostedCall> queue = new ArrayList<>();
    private boolean quitPosted;
    private final List<StubManager> stubs = new ArrayList<>();
    private final List<Proxy> proxies = new ArrayList<>();

    Apartment(ComProcess process, ApartmentKind kind, ComThread owner) {
        this.process = process;
        this.world = process.world();
        this.id = world.nextId();
        this.kind = kind;
        this.owner = owner;
    }

    public int id() {
        return id;
    }

    public ApartmentKind kind() {
        return kind;
    }

    public ComProcess process() {
        return process;
    }

    /** The STA's owner thread; null for the MTA. */
    public ComThread owner() {
        return owner;
    }

    public boolean isAlive() {
        world.read(this, StatePart.APARTMENT_ALIVE);
        return alive;
    }

    /** The world this apartment's process lives in. */
    ComWorld world() {
        return world;
    }

    // ---- stubs and proxies ------------------------------------------------------------

    /**
     * Takes a marshal's references on the object's live stub, creating a stub when there is
     * none; null when the apartment is dead. Finding the stub and referencing it are one step,
     * so a stub that disconnects meanwhile is never handed out. (CoLockObjectExternal's lock
     * counts as one strong reference, the same as a TABLESTRONG packet's.)
     */
    public synchronized StubManager referenceStub(ComThread caller, ComObject object, MarshalFlags flags) {
        if (!isAlive()) {
            return null;
        }
        world.write(this, StatePart.APARTMENT_STUBS);
        for (StubManager stub : stubs) {
            if (stub.object() == object && stub.addReference(caller, flags)) {
                return stub;
            }
        }
        StubManager stub = new StubManager(world.nextId(), object, this);
        stubs.add(stub);
        stub.open(caller);
        stub.addReference(caller, flags);
        return stub;
    }

    /** The object's live stub in this apartment, or null when it has none. */
    public synchronized StubManager liveStubOf(ComObject object) {
        world.read(this, StatePart.APARTMENT_STUBS);
        for (StubManager stub : stubs) {
            if (stub.object() == object && !stub.isDisconnected()) {
                return stub;
            }
        }
        return null;
    }

    synchronized void removeStub(StubManager stub) {
        world.write(this, StatePart.APARTMENT_STUBS);
        stubs.remove(stub);
    }

    /**
     * One more client reference, backed by {@code remoteRefs} references on the stub, on this
     * apartment's proxy for the stub, creating a proxy when none is connected; null when the
     * apartment is dead. Finding the proxy and acquiring it are one step, so a proxy whose last
     * release races this call is replaced, not handed out disconnected.
     */
    public synchronized Proxy acquireProxy(StubManager stub, int remoteRefs) {
        if (!isAlive()) {
            return null;
        }
        world.write(this, StatePart.APARTMENT_PROXIES);
        for (Proxy proxy : proxies) {
            if (proxy.stub() == stub && proxy.acquire(remoteRefs)) {
                return proxy;
            }
        }
        Proxy proxy = new Proxy(world.nextId(), this, stub);
        proxies.add(proxy);
        proxy.acquire(remoteRefs);
        return proxy;
    }

    synchronized void removeProxy(Proxy proxy) {
        world.write(this, StatePart.APARTMENT_PROXIES);
        proxies.remove(proxy);
    }

    public synchronized List<StubManager> stubs() {
        world.read(this, StatePart.APARTMENT_STUBS);
        return new ArrayList<>(stubs);
    }

    public synchronized List<Proxy> proxies() {
        world.read(this, StatePart.APARTMENT_PROXIES);
        return new ArrayList<>(proxies);
    }

    // ---- calls ------------------------------------------------------------------------

    /**
     * For the proxy-dispatch helper: runs a call into this MTA at once, in the process's RPC
     * worker context, and returns its reply, with a returned interface pointer marshaled into
     * the caller's apartment. An STA's object run this way runs off its owner thread: a
     * violation of invariant 5, and the call is refused.
     */
    public CallResult runOnRpcWorker(ComThread caller, StubManager stub, String method, Object[] arguments) {
        if (kind != ApartmentKind.MTA) {
            caller.violation(Invariant.APARTMENT_AFFINITY, method + " on " + stub.object() + " of " + this
                    + " run on an RPC worker, off its owner thread");
            return CallResult.fail(HResult.RPC_E_WRONG_THREAD);
        }
        ComThread worker = process.rpcWorker();
        CallResult result = stub.object().runInApartment(worker, method, arguments);
        return returnToCaller(caller, result, marshalReturnedPointer(worker, result));
    }

    /**
     * For the proxy-dispatch helper: posts a call to this apartment's queue, where its owner
     * runs it when it pumps; null when the apartment is gone (nothing is posted).
     */
    public PostedCall post(ComThread caller, StubManager stub, String method, Object[] arguments) {
        PostedCall call = new PostedCall(stub, method, arguments, caller);
        synchronized (world) {
            if (!isAlive()) {
                return null;
            }
            world.write(this, StatePart.APARTMENT_QUEUE);
            queue.add(call);
            world.notifyAll();
        }
        return call;
    }

    /**
     * For the proxy-dispatch helper: the caller waits until the posted call is answered (an
     * STA caller pumping its own queue meanwhile), and gets its reply, with a returned interface
     * pointer unmarshaled into its apartment; a failed wait (a deadlock) answers its HRESULT.
     */
    public CallResult awaitReply(ComThread caller, PostedCall call) {
        HResult waited = world.block(caller, () -> call.isDone(), call.awaitedReply());
        if (waited.failed()) {
            return CallResult.fail(waited);
        }
        return returnToCaller(caller, call.result(), call.returnedPointer());
    }

    /**
     * For the proxy-dispatch helper: runs one posted call on this STA's owner thread, as an
     * activation of the owner, and answers the caller. Not under the world lock.
     */
    public void runPosted(PostedCall call) {
        CallResult result;
        MarshalPacket returned;
        owner.activations().begin();
        try {
            if (call.stub().isDisconnected()) {
                result = CallResult.fail(HResult.RPC_E_DISCONNECTED);
            } else {
                result = call.stub().object().runInApartment(owner, call.method(), call.arguments());
            }
            returned = marshalReturnedPointer(owner, result);
        } finally {
            owner.activations().end();
        }
        synchronized (world) {
            call.complete(result, returned);
            world.notifyAll();
        }
    }

    /** Hands a call its owner took from the queue to the process's proxy-dispatch helper. */
    void dispatch(PostedCall call) {
        process.proxyDispatch().dispatch(this, call);
    }

    /** An [out] interface pointer leaves the server apartment as a NORMAL packet. */
    private MarshalPacket marshalReturnedPointer(ComThread executing, CallResult result) {
        InterfacePointer pointer = result.pointer();
        if (pointer == null) {
            return null;
        }
        ComResult<MarshalPacket> packet = process.marshaler().marshal(executing, pointer, Iid.IUnknown,
                MarshalFlags.NORMAL);
        pointer.release(executing);
        return packet.value();
    }

    private static CallResult returnToCaller(ComThread caller, CallResult result, MarshalPacket returned) {
        if (result.pointer() == null) {
            return result;
        }
        if (returned == null) {
            return CallResult.fail(HResult.RPC_E_DISCONNECTED);
        }
        ComResult<InterfacePointer> unmarshaled = caller.process().marshaler().unmarshal(caller, returned,
                Iid.IUnknown);
        return unmarshaled.succeeded() ? CallResult.of(result.hr(), unmarshaled.value())
                : CallResult.fail(unmarshaled.hr());
    }

    // ---- the message queue (guarded by the world monitor) -----------------------------

    PostedCall pollLocked() {
        if (queue.isEmpty()) {
            world.read(this, StatePart.APARTMENT_QUEUE);
            return null;
        }
        world.write(this, StatePart.APARTMENT_QUEUE);
        return queue.remove(0);
    }

    boolean hasQueuedCallsLocked() {
        world.read(this, StatePart.APARTMENT_QUEUE);
        return !queue.isEmpty();
    }

    /** GetMessage returns WM_QUIT only once no other message is waiting. */
    boolean isQuitDueLocked() {
        world.read(this, StatePart.APARTMENT_QUEUE);
        return quitPosted && queue.isEmpty();
    }

    void takeQuitLocked() {
        world.write(this, StatePart.APARTMENT_QUEUE);
        quitPosted = false;
    }

    void postQuitLocked() {
        world.write(this, StatePart.APARTMENT_QUEUE);
        quitPosted = true;
    }

    /** The calls waiting in the queue now, in the order they will run, as values. */
    public List<PlainValue> queuedCallValues() {
        synchronized (world) {
            world.read(this, StatePart.APARTMENT_QUEUE);
            List<PlainValue> calls = new ArrayList<>(queue.size());
            for (PostedCall call : queue) {
                calls.add(call.value());
            }
            return calls;
        }
    }

    /** How many calls wait in the queue now. */
    public int queuedCalls() {
        synchronized (world) {
            world.read(this, StatePart.APARTMENT_QUEUE);
            return queue.size();
        }
    }

    public boolean isQuitPosted() {
        synchronized (world) {
            world.read(this, StatePart.APARTMENT_QUEUE);
            return quitPosted;
        }
    }

    // ---- teardown -----------------------------------------------------------------------

    /**
     * The apartment dies (last CoUninitialize, or process exit): queued calls fail, its class
     * registrations are revoked, its proxies give back their references, its stubs disconnect.
     */
    void teardown(ComThread caller) {
        List<Proxy> heldProxies;
        List<StubManager> exportedStubs;
        synchronized (this) {
            world.write(this, StatePart.APARTMENT_ALIVE);
            if (!alive) {
                return;
            }
            alive = false;
            world.read(this, StatePart.APARTMENT_PROXIES);
            world.read(this, StatePart.APARTMENT_STUBS);
            heldProxies = new ArrayList<>(proxies);
            exportedStubs = new ArrayList<>(stubs);
        }
        synchronized (world) {
            world.write(this, StatePart.APARTMENT_QUEUE);
            for (PostedCall pending : queue) {
                pending.complete(CallResult.fail(HResult.RPC_E_DISCONNECTED), null);
            }
            queue.clear();
            world.notifyAll();
        }
        process.revokeRegistrationsOf(this, caller);
        for (Proxy proxy : heldProxies) {
            proxy.disconnect(caller);
        }
        for (StubManager stub : exportedStubs) {
            stub.disconnect(caller);
        }
    }

    /** What CoUninitialize journals when a thread's last call leaves this apartment. */
    Described leftNote() {
        return new LeftNote(this);
    }

    /** A named class: JPF did not find the constructor of an anonymous one here (checks/JPF.md, "Limits"). */
    private static final class LeftNote implements Described {
        private final Apartment left;

        LeftNote(Apartment left) {
            this.left = left;
        }

        @Override
        public PlainValue value() {
            return PlainValue.tuple("left", EntityRef.of(left));
        }

        @Override
        public String toString() {
            return "left " + left;
        }
    }

    @Override
    public String toString() {
        if (kind == ApartmentKind.MTA) {
            return "MTA#" + id + "(" + process.name() + ")";
        }
        return "STA#" + id + "(" + owner.name() + ")";
    }
}
