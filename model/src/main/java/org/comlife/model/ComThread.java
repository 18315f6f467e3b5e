package org.comlife.model;

import java.util.function.BooleanSupplier;
import org.comlife.model.runtime.GlobalInterfaceTable;

/**
 * A logical thread of a simulated process, and the COM API as that thread calls it. Every
 * public method is one API call: it is journaled with the process, thread and apartment, and
 * it answers with the contract's HRESULT. Misuse that C would leave undefined is recorded by
 * the sanitizer and answered with the documented or chosen code.
 *
 * <p>A logical thread is driven by one Java thread at a time (any Java thread: the model
 * never asks which one). The thread's apartment is the one it joined with
 * {@link #coInitializeEx}; a thread that never joined one belongs implicitly to its process's
 * MTA while that exists, as on Windows.
 */
public final class ComThread {
    private final ComWorld world;
    private final ComProcess process;
    private final String name;
    private final boolean runtimeContext;
    private volatile Apartment joined;
    private volatile int initCount;
    /** Nesting of API calls on this thread: only the outermost call's end is a scheduling point. */
    private int callDepth;
    /** How many activations (API calls and calls COM dispatched into it) this thread has begun: the latest's number. */
    private int activationsBegun;
    /** The numbers of the activations under way on this thread, innermost last. */
    private int[] activations = new int[4];
    private int activationCount;
    // Guarded by the world monitor: what the deadlock watchdog reads.
    private WaitMode waitMode = WaitMode.RUNNING;
    private BooleanSupplier waitCondition;
    private Apartment waitPumps;
    /** What it waits for, written out when asked (a reply's description says whether it came). */
    private Object waitingFor;

    ComThread(ComWorld world, ComProcess process, String name, boolean runtimeContext) {
        this.world = world;
        this.process = process;
        this.name = name;
        this.runtimeContext = runtimeContext;
    }

    public ComWorld world() {
        return world;
    }

    public ComProcess process() {
        return process;
    }

    public String name() {
        return name;
    }

    /** Whether this is the process's RPC worker: the context COM runs its own work in, not a program's thread. */
    public boolean isRuntimeContext() {
        return runtimeContext;
    }

    public int initCount() {
        return initCount;
    }

    /** The apartment calls from this thread run in: the joined one, else the implicit MTA, else null. */
    public Apartment apartment() {
        Apartment explicit = joined;
        if (!runtimeContext && explicit != null && initCount > 0) {
            return explicit;
        }
        return process.mta();
    }

    /** The STA this thread owns, or null. */
    Apartment ownedSta() {
        Apartment explicit = joined;
        return explicit != null && explicit.kind() == ApartmentKind.STA && explicit.owner() == this
                && initCount > 0 ? explicit : null;
    }

    public String describeApartment() {
        Apartment current = apartment();
        return current == null ? name + " (no apartment)" : name + " in " + current;
    }

    /** Records a broken invariant, attributed to this thread and the next journal step. */
    public void violation(Invariant invariant, String description) {
        world.sanitizer().record(invariant, description, process.name(), name, world.journal().nextStep());
    }

    private <T> T journal(String operation, String arguments, T result) {
        return journalIn(apartmentName(), operation, arguments, result);
    }

    /** Journals a call made in the given apartment (for calls that leave it); the end of an outermost call is a scheduling point. */
    private <T> T journalIn(String where, String operation, String arguments, T result) {
        world.journal().record(process.name(), name, where, operation, arguments, result,
                callDepth > 0 ? endActivation() : caller());
        if (callDepth > 0 && --callDepth == 0 && !runtimeContext) {
            world.schedulingPoint(this);
        }
        return result;
    }

    /** COM begins running a call posted to this thread: its code is a new activation. */
    void enterDispatchedCall() {
        beginActivation();
    }

    /** The dispatched call that {@link #enterDispatchedCall} began has returned. */
    void leaveDispatchedCall() {
        endActivation();
    }

    private void beginActivation() {
        if (activationCount == activations.length) {
            activations = java.util.Arrays.copyOf(activations, activationCount * 2);
        }
        activations[activationCount++] = ++activationsBegun;
    }

    /** Ends the innermost activation; returns who made it (0: the thread's own code). */
    private int endActivation() {
        activationCount--;
        return caller();
    }

    /** The activation under way that a call made now is made by: 0 for the thread's own code. */
    private int caller() {
        return activationCount == 0 ? 0 : activations[activationCount - 1];
    }

    /**
     * Whether this thread's code can still hold the result of a call that the caller made
     * ({@link org.comlife.model.journal.JournalEntry#caller()}): the thread's own code always,
     * an activation only while it is under way. Read it only while the thread is stopped (an
     * explorer's scheduling point).
     */
    public boolean canSeeResultsOf(int caller) {
        if (caller == 0) {
            return true;
        }
        for (int i = 0; i < activationCount; i++) {
            if (activations[i] == caller) {
                return true;
            }
        }
        return false;
    }

    /** Every API method starts here: calls made from inside another call (a dispatched call's code) are nested. */
    private void beginCall() {
        callDepth++;
        beginActivation();
    }

    /** Journals what COM itself did on this thread's behalf (the SCM's routing, implicit locks); not a scheduling point. */
    void journalRuntime(String operation, String arguments, String result) {
        Apartment current = apartment();
        world.journal().record(process.name(), name, current == null ? "none" : current.toString(), operation,
                arguments, result, caller());
    }

    private String apartmentName() {
        Apartment current = apartment();
        return current == null ? "none" : current.toString();
    }

    // ---- apartments -------------------------------------------------------------------

    /** CoInitializeEx: S_OK on the first call, S_FALSE for the same model again, RPC_E_CHANGED_MODE for the other. */
    public HResult coInitializeEx(ApartmentKind model) {
        beginCall();
        HResult hr;
        if (model == null) {
            hr = HResult.E_INVALIDARG;
        } else if (initCount == 0) {
            joined = model == ApartmentKind.STA ? process.newSta(this) : process.joinMta();
            initCount = 1;
            hr = HResult.S_OK;
        } else if (joined.kind() == model) {
            initCount++;
            hr = HResult.S_FALSE;
        } else {
            hr = HResult.RPC_E_CHANGED_MODE;
        }
        return journal("CoInitializeEx", String.valueOf(model), hr);
    }

    /** CoUninitialize: the last call on the thread tears its apartment down (the MTA when its last member leaves). */
    public void coUninitialize() {
        beginCall();
        String where = apartmentName();
        Object outcome;
        if (initCount == 0) {
            outcome = "ignored: thread not initialized";
        } else if (--initCount > 0) {
            outcome = "initCount " + initCount;
        } else {
            Apartment leaving = joined;
            if (leaving.kind() == ApartmentKind.STA) {
                leaving.teardown(this);
            } else {
                process.leaveMta(this);
            }
            joined = null;
            outcome = leaving.leftNote();
        }
        journalIn(where, "CoUninitialize", "", outcome);
    }

    // ---- streams and marshaling ---------------------------------------------------------

    /** CreateStreamOnHGlobal: an empty stream with one reference. */
    public MarshalStream createStream() {
        beginCall();
        MarshalStream stream = world.newStream();
        return journal("CreateStreamOnHGlobal", "", stream);
    }

    /** CoMarshalInterface: writes a packet for the pointer into the stream. */
    public HResult coMarshalInterface(MarshalStream stream, Iid iid, InterfacePointer pointer, MarshalFlags flags) {
        beginCall();
        String arguments = stream + ", " + iid + ", " + pointer + ", " + flags;
        return journal("CoMarshalInterface", arguments, marshalInto(stream, iid, pointer, flags));
    }

    private HResult marshalInto(MarshalStream stream, Iid iid, InterfacePointer pointer, MarshalFlags flags) {
        if (stream == null || iid == null || pointer == null || flags == null) {
            return HResult.E_INVALIDARG;
        }
        if (stream.isReleased()) {
            violation(Invariant.STREAM_LIFETIME, "marshal into released " + stream);
            return HResult.E_UNEXPECTED;
        }
        ComResult<MarshalPacket> packet = process.marshaler().marshal(this, pointer, iid, flags);
        if (!packet.succeeded()) {
            return packet.hr();
        }
        stream.write(packet.value());
        return HResult.S_OK;
    }

    /** CoUnmarshalInterface: reads the packet at the stream's position. */
    public ComResult<InterfacePointer> coUnmarshalInterface(MarshalStream stream, Iid iid) {
        beginCall();
        return journal("CoUnmarshalInterface", stream + ", " + iid, unmarshalFrom(stream, iid));
    }

    private ComResult<InterfacePointer> unmarshalFrom(MarshalStream stream, Iid iid) {
        if (stream == null || iid == null) {
            return ComResult.fail(HResult.E_INVALIDARG);
        }
        if (stream.isReleased()) {
            violation(Invariant.STREAM_LIFETIME, "unmarshal from released " + stream);
            return ComResult.fail(HResult.E_UNEXPECTED);
        }
        if (apartment() == null) {
            return ComResult.fail(HResult.CO_E_NOTINITIALIZED);
        }
        MarshalPacket packet = stream.read();
        if (packet == null) {
            return ComResult.fail(HResult.STG_E_READFAULT);
        }
        return process.marshaler().unmarshal(this, packet, iid);
    }

    /** CoReleaseMarshalData: gives back what the packet at the stream's position holds. */
    public HResult coReleaseMarshalData(MarshalStream stream) {
        beginCall();
        HResult hr;
        if (stream == null) {
            hr = HResult.E_INVALIDARG;
        } else if (stream.isReleased()) {
            violation(Invariant.STREAM_LIFETIME, "CoReleaseMarshalData on released " + stream);
            hr = HResult.E_UNEXPECTED;
        } else {
            MarshalPacket packet = stream.read();
            hr = packet == null ? HResult.STG_E_READFAULT : process.marshaler().releaseMarshalData(this, packet);
        }
        return journal("CoReleaseMarshalData", String.valueOf(stream), hr);
    }

    /** CoMarshalInterThreadInterfaceInStream: a new stream holding one NORMAL packet, rewound. */
    public ComResult<MarshalStream> coMarshalInterThreadInterfaceInStream(Iid iid, InterfacePointer pointer) {
        beginCall();
        ComResult<MarshalStream> result;
        if (iid == null || pointer == null) {
            result = ComResult.fail(HResult.E_INVALIDARG);
        } else {
            MarshalStream stream = world.newStream();
            HResult hr = marshalInto(stream, iid, pointer, MarshalFlags.NORMAL);
            if (hr.failed()) {
                stream.release();
                result = ComResult.fail(hr);
            } else {
                stream.rewind();
                result = ComResult.ok(stream);
            }
        }
        return journal("CoMarshalInterThreadInterfaceInStream", iid + ", " + pointer, result);
    }

    /**
     * CoGetInterfaceAndReleaseStream: unmarshals, then always releases the stream, also when
     * the unmarshal failed. The stream must not be used or released again afterwards.
     */
    public ComResult<InterfacePointer> coGetInterfaceAndReleaseStream(MarshalStream stream, Iid iid) {
        beginCall();
        ComResult<InterfacePointer> result;
        if (stream == null) {
            result = ComResult.fail(HResult.E_INVALIDARG);
        } else if (stream.isReleased()) {
            violation(Invariant.STREAM_LIFETIME, "CoGetInterfaceAndReleaseStream on released " + stream
                    + " (it was already unmarshaled and released)");
            result = ComResult.fail(HResult.E_UNEXPECTED);
        } else {
            result = unmarshalFrom(stream, iid);
            stream.release();
        }
        return journal("CoGetInterfaceAndReleaseStream", stream + ", " + iid, result);
    }

    /** IStream::AddRef. */
    public int addRefStream(MarshalStream stream) {
        beginCall();
        int count = 0;
        if (stream != null) {
            count = stream.addRef();
            if (count == 0) {
                violation(Invariant.STREAM_LIFETIME, "AddRef on released " + stream);
            }
        }
        return journal("IStream::AddRef", String.valueOf(stream), count);
    }

    /** IStream::Release; releasing a stream that is already freed is a double free (invariant 4). */
    public int releaseStream(MarshalStream stream) {
        beginCall();
        int count = 0;
        if (stream != null) {
            int remaining = stream.release();
            if (remaining < 0) {
                violation(Invariant.STREAM_LIFETIME, "Release on already released " + stream + " (double free)");
            } else {
                count = remaining;
            }
        }
        return journal("IStream::Release", String.valueOf(stream), count);
    }

    /** IStream::Seek(0, STREAM_SEEK_SET). */
    public HResult rewindStream(MarshalStream stream) {
        beginCall();
        HResult hr;
        if (stream == null) {
            hr = HResult.E_INVALIDARG;
        } else if (stream.isReleased()) {
            violation(Invariant.STREAM_LIFETIME, "Seek on released " + stream);
            hr = HResult.E_UNEXPECTED;
        } else {
            stream.rewind();
            hr = HResult.S_OK;
        }
        return journal("IStream::Seek", stream + ", 0", hr);
    }

    // ---- interface pointers ---------------------------------------------------------------

    /** IUnknown::AddRef through a pointer. */
    public int addRef(InterfacePointer pointer) {
        beginCall();
        int count = pointer == null ? 0 : pointer.addRef(this);
        return journal("IUnknown::AddRef", String.valueOf(pointer), count);
    }

    /** IUnknown::Release through a pointer. */
    public int release(InterfacePointer pointer) {
        beginCall();
        int count = pointer == null ? 0 : pointer.release(this);
        return journal("IUnknown::Release", String.valueOf(pointer), count);
    }

    /** IUnknown::QueryInterface: the same pointer with one more reference, or E_NOINTERFACE. */
    public ComResult<InterfacePointer> queryInterface(InterfacePointer pointer, Iid iid) {
        beginCall();
        ComResult<InterfacePointer> result;
        if (pointer == null || iid == null) {
            result = ComResult.fail(HResult.E_POINTER);
        } else if (!pointer.supports(iid)) {
            result = ComResult.fail(HResult.E_NOINTERFACE);
        } else if (pointer instanceof ComObject && !((ComObject) pointer).isCallableFrom(this)) {
            violation(Invariant.APARTMENT_AFFINITY, "raw pointer to " + pointer + " queried from " + describeApartment());
            result = ComResult.fail(HResult.RPC_E_WRONG_THREAD);
        } else {
            pointer.addRef(this);
            result = ComResult.ok(pointer);
        }
        return journal("IUnknown::QueryInterface", pointer + ", " + iid, result);
    }

    /** A method call through a pointer: raw (thread-checked) or through a proxy (carried to the object's apartment). */
    public CallResult call(InterfacePointer pointer, String method, Object... arguments) {
        beginCall();
        CallResult result = pointer == null || method == null ? CallResult.fail(HResult.E_POINTER)
                : pointer.invoke(this, method, arguments);
        return journal(method, pointer + describeArguments(arguments), result);
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

    // ---- the Global Interface Table --------------------------------------------------------

    /** IGlobalInterfaceTable::RegisterInterfaceInGlobal. */
    public ComResult<Integer> registerInterfaceInGlobal(InterfacePointer pointer, Iid iid) {
        beginCall();
        ComResult<Integer> result;
        if (pointer == null || iid == null) {
            result = ComResult.fail(HResult.E_INVALIDARG);
        } else {
            result = git().register(this, pointer, iid);
        }
        return journal("RegisterInterfaceInGlobal", pointer + ", " + iid, result);
    }

    /** IGlobalInterfaceTable::GetInterfaceFromGlobal: a pointer valid in this thread's apartment. */
    public ComResult<InterfacePointer> getInterfaceFromGlobal(int cookie, Iid iid) {
        beginCall();
        ComResult<InterfacePointer> result;
        if (apartment() == null) {
            result = ComResult.fail(HResult.CO_E_NOTINITIALIZED);
        } else if (iid == null) {
            result = ComResult.fail(HResult.E_INVALIDARG);
        } else {
            result = git().get(this, cookie, iid);
        }
        return journal("GetInterfaceFromGlobal", cookie + ", " + iid, result);
    }

    /** IGlobalInterfaceTable::RevokeInterfaceFromGlobal; a cookie is revoked at most once (invariant 9). */
    public HResult revokeInterfaceFromGlobal(int cookie) {
        beginCall();
        HResult hr = git().revoke(this, cookie);
        if (hr.succeeded()) {
            if (!process.noteGitRevoke(cookie)) {
                violation(Invariant.REVOKE_ONCE, "GIT cookie " + cookie + " revoked a second time and the GIT accepted it");
            }
        } else if (process.wasGitCookieRevoked(cookie)) {
            violation(Invariant.REVOKE_ONCE, "GIT cookie " + cookie + " revoked twice");
        }
        return journal("RevokeInterfaceFromGlobal", String.valueOf(cookie), hr);
    }

    private GlobalInterfaceTable git() {
        return process.globalInterfaceTable();
    }

    // ---- class objects and server lifetime ----------------------------------------------

    /** CoRegisterClassObject: AddRefs the factory; publishes LOCAL_SERVER classes unless SUSPENDED. */
    public ComResult<Integer> coRegisterClassObject(Clsid clsid, ClassFactory factory, ClsCtx context, int flags) {
        beginCall();
        ComResult<Integer> result;
        Apartment current = apartment();
        if (clsid == null || factory == null || context == null || !RegCls.isValid(flags)) {
            result = ComResult.fail(HResult.E_INVALIDARG);
        } else if (current == null) {
            result = ComResult.fail(HResult.CO_E_NOTINITIALIZED);
        } else {
            if (process.isShutdownCommitted()) {
                violation(Invariant.SUSPENDED_UNTIL_RESUMED, process.name() + " registers " + clsid
                        + " after a release to 0 committed shutdown: it was still initializing");
            }
            factory.addRef(this);
            Registration registration = new Registration(world.newCookie(), clsid, factory, context, flags, current);
            process.classTable().add(registration);
            if (registration.isPublished()) {
                process.notePublished();
            }
            result = ComResult.ok(registration.cookie());
        }
        return journal("CoRegisterClassObject",
                clsid + ", " + factory + ", " + context + ", " + RegCls.describe(flags), result);
    }

    /** CoRevokeClassObject: only from the registering apartment (invariant 9). */
    public HResult coRevokeClassObject(int cookie) {
        beginCall();
        HResult hr;
        Registration registration = process.classTable().find(cookie);
        if (registration == null) {
            hr = HResult.E_INVALIDARG;
        } else if (registration.apartment() != apartment()) {
            violation(Invariant.REVOKE_ONCE, "class registration " + cookie + " of " + registration.apartment()
                    + " revoked from " + describeApartment());
            hr = HResult.RPC_E_WRONG_THREAD;
        } else if (process.classTable().remove(cookie) == null) {
            hr = HResult.E_INVALIDARG;
        } else {
            registration.factory().release(this);
            hr = HResult.S_OK;
        }
        return journal("CoRevokeClassObject", String.valueOf(cookie), hr);
    }

    /** CoAddRefServerProcess: the new count. Counting up after shutdown was committed breaks invariant 1. */
    public int coAddRefServerProcess() {
        beginCall();
        int count = process.serverProcessCount().addRef();
        if (process.isShutdownCommitted()) {
            violation(Invariant.SERVER_COUNT, process.name() + " counted up to " + count
                    + " after a release returned 0 and committed shutdown");
        }
        return journal("CoAddRefServerProcess", "", count);
    }

    /**
     * CoReleaseServerProcess: the new count; 0 means "begin shutdown", and class objects are
     * suspended by then. Releasing below zero breaks invariant 1; the count stays at 0.
     */
    public int coReleaseServerProcess() {
        beginCall();
        int count = process.serverProcessCount().release();
        if (count < 0) {
            violation(Invariant.SERVER_COUNT, process.name() + "'s server-process count released below zero");
            count = 0;
        } else if (count == 0) {
            process.commitShutdown(this);
        }
        return journal("CoReleaseServerProcess", "", count);
    }

    /** CoSuspendClassObjects: the SCM sends no new activation here; registrations stay. */
    public HResult coSuspendClassObjects() {
        beginCall();
        process.serverProcessCount().suspend();
        return journal("CoSuspendClassObjects", "", HResult.S_OK);
    }

    /** CoResumeClassObjects: publishes every suspended registration in one call and clears the suspension. */
    public HResult coResumeClassObjects() {
        beginCall();
        // The resume is recorded before anything is published: an activation that sees a
        // published class must also see that initialization is over.
        process.noteResumed();
        process.serverProcessCount().resume();
        int published = process.classTable().publishSuspended();
        if (published > 0) {
            process.notePublished();
        }
        return journal("CoResumeClassObjects", "", HResult.S_OK);
    }

    /** CoGetClassObject through the SCM: a class factory for this thread's apartment. */
    public ComResult<InterfacePointer> coGetClassObject(Clsid clsid, Iid iid) {
        beginCall();
        return journal("CoGetClassObject", clsid + ", " + iid, getClassObject(clsid, iid));
    }

    private ComResult<InterfacePointer> getClassObject(Clsid clsid, Iid iid) {
        if (clsid == null || iid == null) {
            return ComResult.fail(HResult.E_INVALIDARG);
        }
        if (!Iid.IClassFactory.equals(iid) && !Iid.IUnknown.equals(iid)) {
            return ComResult.fail(HResult.E_NOINTERFACE);
        }
        if (apartment() == null) {
            return ComResult.fail(HResult.CO_E_NOTINITIALIZED);
        }
        return world.scm().activate(this, clsid);
    }

    /** CoCreateInstance: CoGetClassObject, IClassFactory::CreateInstance, and release of the factory. */
    public ComResult<InterfacePointer> coCreateInstance(Clsid clsid, Iid iid) {
        beginCall();
        ComResult<InterfacePointer> result;
        ComResult<InterfacePointer> factory = iid == null ? ComResult.fail(HResult.E_INVALIDARG)
                : getClassObject(clsid, Iid.IClassFactory);
        if (!factory.succeeded()) {
            result = factory;
        } else {
            CallResult created = factory.value().invoke(this, ClassFactory.CREATE_INSTANCE, null, iid);
            factory.value().release(this);
            result = created.pointer() != null ? ComResult.ok(created.pointer()) : ComResult.fail(
                    created.hr().failed() ? created.hr() : HResult.E_UNEXPECTED);
        }
        return journal("CoCreateInstance", clsid + ", " + iid, result);
    }

    // ---- messages, events, exit -----------------------------------------------------------

    /** PeekMessage/DispatchMessage until the queue is empty: how many calls ran. */
    public int pumpMessages() {
        beginCall();
        int dispatched = 0;
        Apartment sta = ownedSta();
        while (sta != null) {
            PostedCall next;
            synchronized (world) {
                next = sta.pollLocked();
            }
            if (next == null) {
                break;
            }
            sta.dispatch(next);
            dispatched++;
        }
        return journal("PumpMessages", "", dispatched);
    }

    /** GetMessage/DispatchMessage until WM_QUIT (S_OK), or E_UNEXPECTED on deadlock; E_UNEXPECTED if not an STA owner. */
    public HResult runMessageLoop() {
        beginCall();
        Apartment sta = ownedSta();
        HResult hr;
        if (sta == null) {
            hr = HResult.E_UNEXPECTED;
        } else {
            hr = world.block(this, () -> sta.isQuitDueLocked(), "WM_QUIT");
            if (hr.succeeded()) {
                synchronized (world) {
                    sta.takeQuitLocked();
                }
            }
        }
        return journal("MessageLoop", "", hr);
    }

    /** PostThreadMessage(WM_QUIT) to the owner of an STA: its message loop ends once its queue is empty. */
    public HResult postQuit(ComThread target) {
        beginCall();
        HResult hr;
        Apartment sta = target == null ? null : target.ownedSta();
        if (sta == null) {
            hr = HResult.E_INVALIDARG;
        } else {
            synchronized (world) {
                sta.postQuitLocked();
                world.notifyAll();
            }
            hr = HResult.S_OK;
        }
        return journal("PostThreadMessage", target + ", WM_QUIT", hr);
    }

    /** CreateEvent (manual reset, not signaled). */
    public ComEvent createEvent(String eventName) {
        beginCall();
        return journal("CreateEvent", eventName, new ComEvent(world, eventName));
    }

    /** SetEvent. */
    public HResult setEvent(ComEvent event) {
        beginCall();
        if (event == null) {
            return journal("SetEvent", "null", HResult.E_INVALIDARG);
        }
        event.set();
        return journal("SetEvent", event.name(), HResult.S_OK);
    }

    /** WaitForSingleObject: waits without pumping, so calls posted to this thread's STA wait too. */
    public HResult waitForEvent(ComEvent event) {
        beginCall();
        HResult hr = event == null ? HResult.E_INVALIDARG
                : world.blockWithoutPumping(this, () -> event.isSetLocked(), event.toString());
        return journal("WaitForSingleObject", String.valueOf(event), hr);
    }

    /** CoWaitForMultipleHandles: waits while dispatching calls posted to this thread's STA. */
    public HResult waitForEventPumping(ComEvent event) {
        beginCall();
        HResult hr = event == null ? HResult.E_INVALIDARG
                : world.block(this, () -> event.isSetLocked(), event.toString());
        return journal("CoWaitForMultipleHandles", String.valueOf(event), hr);
    }

    /** ExitProcess from this thread. */
    public void exitProcess() {
        beginCall();
        process.exit(this);
        journal("ExitProcess", process.name(), "exited");
    }

    /** The thread will make no further call (its Java code ended). */
    public void terminate() {
        synchronized (world) {
            waitMode = WaitMode.TERMINATED;
            waitCondition = null;
            waitPumps = null;
            world.notifyAll();
        }
    }

    // ---- the watchdog's view (guarded by the world monitor) ---------------------------------

    public WaitMode waitMode() {
        synchronized (world) {
            return waitMode;
        }
    }

    /**
     * Not waiting, or what it waits for has happened (or it has calls of its own STA to
     * dispatch), or the world found a deadlock and its wait will fail.
     */
    public boolean canProceed() {
        synchronized (world) {
            return waitMode != WaitMode.TERMINATED && (!isStuckLocked() || world.isDeadlockedLocked());
        }
    }

    WaitMode waitModeLocked() {
        return waitMode;
    }

    Object waitingForLocked() {
        return waitingFor;
    }

    /** What the thread waits for now (a {@code Described}, or a word), or null when it does not wait. */
    public Object waitingFor() {
        synchronized (world) {
            return waitMode == WaitMode.RUNNING || waitMode == WaitMode.TERMINATED ? null : waitingForLocked();
        }
    }

    void setWaitLocked(WaitMode mode, BooleanSupplier condition, Apartment pumps, Object reason) {
        if (waitMode == WaitMode.TERMINATED) {
            return;
        }
        waitMode = mode;
        waitCondition = condition;
        waitPumps = pumps;
        waitingFor = reason;
    }

    /** Terminated, or waiting for something that has not happened with nothing to dispatch. */
    boolean isStuckLocked() {
        if (waitMode == WaitMode.TERMINATED) {
            return true;
        }
        if (waitMode == WaitMode.RUNNING) {
            return false;
        }
        if (waitCondition != null && waitCondition.getAsBoolean()) {
            return false;
        }
        return waitPumps == null || !waitPumps.hasQueuedCallsLocked();
    }

    @Override
    public String toString() {
        return name;
    }
}
