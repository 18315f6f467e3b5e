package org.comlife.model;

/**
 * A logical thread of a simulated process, and the COM API as that thread calls it:
 * {@code main.coMarshalInterThreadInterfaceInStream(...)}, {@code background.coGetInterfaceAndReleaseStream(...)}.
 *
 * <p>What this class does, and what it hands on:
 * <ul>
 *   <li><b>The API.</b> Every method marked {@link ComApi} is one call: it answers with the
 *       contract's HRESULT, and misuse that C would leave undefined is recorded by the
 *       sanitizer and answered with the documented or chosen code. Each call is framed by the
 *       thread's {@code ThreadCalls}: {@code begin} when it begins, {@code journal} when it
 *       ends, which records it with the process, thread and apartment and makes the end of an
 *       outermost call a scheduling point. What a call does is written by the class of its COM area, one per
 *       thread: {@code ApartmentApi}, {@code MarshalingApi} (streams, marshaling, the GIT),
 *       {@code PointerApi} (IUnknown and method calls), {@code ClassObjectApi} (class objects
 *       and server lifetime), {@code ExternalConnectionsApi} (an object's external locks and
 *       its disconnection) and {@code MessageApi} (messages and events).</li>
 *   <li><b>Who the thread is:</b> its world, process and name, the apartment its calls run in
 *       (kept by {@code ApartmentApi}), and whether it is COM's own RPC worker rather than a
 *       program's thread.</li>
 *   <li><b>What explorers and schedulers read</b>, answered by the thread's
 *       {@code ThreadActivations} (which activation made a call: {@link #canSeeResultsOf}) and
 *       {@code WaitState} (what it waits for: {@link #waitMode}, {@link #waitingFor},
 *       {@link #canProceed}).</li>
 * </ul>
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
    private final ThreadCalls calls = new ThreadCalls(this);
    private final ThreadActivations activations = new ThreadActivations();
    private final WaitState waitState;
    private final ApartmentApi apartments;
    private final MarshalingApi marshaling;
    private final PointerApi pointers;
    private final ClassObjectApi classObjects;
    private final ExternalConnectionsApi externalConnections;
    private final MessageApi messages;

    ComThread(ComWorld world, ComProcess process, String name, boolean runtimeContext) {
        this.world = world;
        this.process = process;
        this.name = name;
        this.runtimeContext = runtimeContext;
        this.waitState = new WaitState(world, this);
        this.apartments = new ApartmentApi(this);
        this.marshaling = new MarshalingApi(this);
        this.pointers = new PointerApi(this);
        this.classObjects = new ClassObjectApi(this);
        this.externalConnections = new ExternalConnectionsApi(this);
        this.messages = new MessageApi(this);
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
        return apartments.initCount();
    }

    /** The apartment calls from this thread run in: the joined one, else the implicit MTA, else null. */
    public Apartment apartment() {
        return apartments.apartment();
    }

    /** The STA this thread owns, or null. */
    Apartment ownedSta() {
        return apartments.ownedSta();
    }

    public String describeApartment() {
        Apartment current = apartment();
        return current == null ? name + " (no apartment)" : name + " in " + current;
    }

    /** Records a broken invariant, attributed to this thread and the next journal step. */
    public void violation(Invariant invariant, String description) {
        world.sanitizer().record(invariant, description, process.name(), name, world.journal().nextStep());
    }

    /**
     * How many calls of the thread's own code have returned (its results an explorer keeps):
     * together with its name it tells apart the calls a thread posts, whatever the order of
     * other threads' steps.
     */
    public int completedCalls() {
        return calls.completed();
    }

    /** A call made with a NULL out-parameter: refused with its code before anything else, nothing changes. */
    private HResult refuseNullOut(String operation, String arguments, HResult hr) {
        calls.begin();
        return calls.journal(operation, arguments + ", NULL", hr);
    }

    /** Where this thread's calls begin and are journaled. */
    ThreadCalls calls() {
        return calls;
    }

    // ---- apartments (ApartmentApi) ----------------------------------------------------------

    /** CoInitializeEx: S_OK on the first call, S_FALSE for the same model again, RPC_E_CHANGED_MODE for the other. */
    @ComApi
    public HResult coInitializeEx(ApartmentKind model) {
        return apartments.coInitializeEx(model);
    }

    /** CoUninitialize: the last call on the thread tears its apartment down (the MTA when its last member leaves). */
    @ComApi
    public void coUninitialize() {
        apartments.coUninitialize();
    }

    // ---- streams, marshaling and the Global Interface Table (MarshalingApi) -----------------

    /** CreateStreamOnHGlobal: an empty stream with one reference. */
    @ComApi
    public MarshalStream createStream() {
        return marshaling.createStream();
    }

    /** CoMarshalInterface: writes a packet for the pointer into the stream. */
    @ComApi
    public HResult coMarshalInterface(MarshalStream stream, Iid iid, InterfacePointer pointer, MarshalFlags flags) {
        return marshaling.coMarshalInterface(stream, iid, pointer, flags);
    }

    /** CoUnmarshalInterface: reads the packet at the stream's position. */
    @ComApi
    public ComResult<InterfacePointer> coUnmarshalInterface(MarshalStream stream, Iid iid) {
        return marshaling.coUnmarshalInterface(stream, iid);
    }

    /** CoUnmarshalInterface with a NULL ppv: E_INVALIDARG before anything else, even without COM. */
    @ComApi
    public HResult coUnmarshalInterface(MarshalStream stream, Iid iid, NullOut ppv) {
        return refuseNullOut("CoUnmarshalInterface", stream + ", " + iid, HResult.E_INVALIDARG);
    }

    /** CoReleaseMarshalData: gives back what the packet at the stream's position holds. */
    @ComApi
    public HResult coReleaseMarshalData(MarshalStream stream) {
        return marshaling.coReleaseMarshalData(stream);
    }

    /** CoMarshalInterThreadInterfaceInStream: a new stream holding one NORMAL packet, rewound. */
    @ComApi
    public ComResult<MarshalStream> coMarshalInterThreadInterfaceInStream(Iid iid, InterfacePointer pointer) {
        return marshaling.coMarshalInterThreadInterfaceInStream(iid, pointer);
    }

    /** CoMarshalInterThreadInterfaceInStream with a NULL stream pointer: E_INVALIDARG, no reference taken. */
    @ComApi
    public HResult coMarshalInterThreadInterfaceInStream(Iid iid, InterfacePointer pointer, NullOut stream) {
        return refuseNullOut("CoMarshalInterThreadInterfaceInStream", iid + ", " + pointer,
                HResult.E_INVALIDARG);
    }

    /**
     * CoGetInterfaceAndReleaseStream: unmarshals, then always releases the stream, also when
     * the unmarshal failed. The stream must not be used or released again afterwards.
     */
    @ComApi
    public ComResult<InterfacePointer> coGetInterfaceAndReleaseStream(MarshalStream stream, Iid iid) {
        return marshaling.coGetInterfaceAndReleaseStream(stream, iid);
    }

    /** IStream::AddRef. */
    @ComApi
    public int addRefStream(MarshalStream stream) {
        return marshaling.addRefStream(stream);
    }

    /** IStream::Release; releasing a stream that is already freed is a double free (invariant 4). */
    @ComApi
    public int releaseStream(MarshalStream stream) {
        return marshaling.releaseStream(stream);
    }

    /** IStream::Seek(0, STREAM_SEEK_SET). */
    @ComApi
    public HResult rewindStream(MarshalStream stream) {
        return marshaling.rewindStream(stream);
    }

    /** IGlobalInterfaceTable::RegisterInterfaceInGlobal. */
    @ComApi
    public ComResult<Integer> registerInterfaceInGlobal(InterfacePointer pointer, Iid iid) {
        return marshaling.registerInterfaceInGlobal(pointer, iid);
    }

    /** IGlobalInterfaceTable::GetInterfaceFromGlobal: a pointer valid in this thread's apartment. */
    @ComApi
    public ComResult<InterfacePointer> getInterfaceFromGlobal(int cookie, Iid iid) {
        return marshaling.getInterfaceFromGlobal(cookie, iid);
    }

    /** IGlobalInterfaceTable::RevokeInterfaceFromGlobal; a cookie is revoked at most once (invariant 9). */
    @ComApi
    public HResult revokeInterfaceFromGlobal(int cookie) {
        return marshaling.revokeInterfaceFromGlobal(cookie);
    }

    // ---- interface pointers (PointerApi) ----------------------------------------------------

    /** IUnknown::AddRef through a pointer. */
    @ComApi
    public int addRef(InterfacePointer pointer) {
        return pointers.addRef(pointer);
    }

    /** IUnknown::Release through a pointer. */
    @ComApi
    public int release(InterfacePointer pointer) {
        return pointers.release(pointer);
    }

    /** IUnknown::QueryInterface: the same pointer with one more reference, or E_NOINTERFACE. */
    @ComApi
    public ComResult<InterfacePointer> queryInterface(InterfacePointer pointer, Iid iid) {
        return pointers.queryInterface(pointer, iid);
    }

    /** IUnknown::QueryInterface with a NULL ppv: E_POINTER, no reference taken. */
    @ComApi
    public HResult queryInterface(InterfacePointer pointer, Iid iid, NullOut ppv) {
        return refuseNullOut("IUnknown::QueryInterface", pointer + ", " + iid, HResult.E_POINTER);
    }

    /** A method call through a pointer: raw (thread-checked) or through a proxy (carried to the object's apartment). */
    @ComApi
    public CallResult call(InterfacePointer pointer, String method, Object... arguments) {
        return pointers.call(pointer, method, arguments);
    }

    // ---- class objects and server lifetime (ClassObjectApi) ---------------------------------

    /** CoRegisterClassObject: AddRefs the factory; publishes LOCAL_SERVER classes unless SUSPENDED. */
    @ComApi
    public ComResult<Integer> coRegisterClassObject(Clsid clsid, ClassFactory factory, ClsCtx context, int flags) {
        return classObjects.coRegisterClassObject(clsid, factory, context, flags);
    }

    /** CoRegisterClassObject with a NULL cookie pointer: E_INVALIDARG, nothing registered. */
    @ComApi
    public HResult coRegisterClassObject(Clsid clsid, ClassFactory factory, ClsCtx context, int flags, NullOut cookie) {
        return refuseNullOut("CoRegisterClassObject", clsid + ", " + factory + ", " + context,
                HResult.E_INVALIDARG);
    }

    /** CoRevokeClassObject: only from the registering apartment (invariant 9). */
    @ComApi
    public HResult coRevokeClassObject(int cookie) {
        return classObjects.coRevokeClassObject(cookie);
    }

    /** CoAddRefServerProcess: the new count. Counting up after shutdown was committed breaks invariant 1. */
    @ComApi
    public int coAddRefServerProcess() {
        return classObjects.coAddRefServerProcess();
    }

    /**
     * CoReleaseServerProcess: the new count; 0 means "begin shutdown", and class objects are
     * suspended by then. Releasing below zero breaks invariant 1; the count stays at 0.
     */
    @ComApi
    public int coReleaseServerProcess() {
        return classObjects.coReleaseServerProcess();
    }

    /** CoSuspendClassObjects: the SCM sends no new activation here; registrations stay. */
    @ComApi
    public HResult coSuspendClassObjects() {
        return classObjects.coSuspendClassObjects();
    }

    /** CoResumeClassObjects: publishes every suspended registration in one call and clears the suspension. */
    @ComApi
    public HResult coResumeClassObjects() {
        return classObjects.coResumeClassObjects();
    }

    /** CoGetClassObject with CLSCTX_LOCAL_SERVER: through the SCM, a class factory for this thread's apartment. */
    @ComApi
    public ComResult<InterfacePointer> coGetClassObject(Clsid clsid, Iid iid) {
        return classObjects.coGetClassObject(clsid, ClsCtx.LOCAL_SERVER, iid);
    }

    /** CoGetClassObject: in-process, a class registered in this apartment (no server lock); local, through the SCM. */
    @ComApi
    public ComResult<InterfacePointer> coGetClassObject(Clsid clsid, ClsCtx context, Iid iid) {
        return classObjects.coGetClassObject(clsid, context, iid);
    }

    /** CoGetClassObject with a NULL ppv: E_INVALIDARG, checked before the apartment. */
    @ComApi
    public HResult coGetClassObject(Clsid clsid, ClsCtx context, Iid iid, NullOut ppv) {
        return refuseNullOut("CoGetClassObject", clsid + ", " + context + ", " + iid, HResult.E_INVALIDARG);
    }

    /** CoCreateInstance with CLSCTX_LOCAL_SERVER: CoGetClassObject, CreateInstance, and release of the factory. */
    @ComApi
    public ComResult<InterfacePointer> coCreateInstance(Clsid clsid, Iid iid) {
        return classObjects.coCreateInstance(clsid, ClsCtx.LOCAL_SERVER, iid);
    }

    /** CoCreateInstance in the given context: CoGetClassObject, CreateInstance, and release of the factory. */
    @ComApi
    public ComResult<InterfacePointer> coCreateInstance(Clsid clsid, ClsCtx context, Iid iid) {
        return classObjects.coCreateInstance(clsid, context, iid);
    }

    /** CoCreateInstance with a NULL ppv: E_POINTER, nothing created. */
    @ComApi
    public HResult coCreateInstance(Clsid clsid, ClsCtx context, Iid iid, NullOut ppv) {
        return refuseNullOut("CoCreateInstance", clsid + ", " + context + ", " + iid, HResult.E_POINTER);
    }

    // ---- an object's external connections (ExternalConnectionsApi) -------------------------

    /** CoLockObjectExternal: TRUE adds one strong external reference to the object's stub (made if needed); FALSE gives one back. */
    @ComApi
    public HResult coLockObjectExternal(InterfacePointer pointer, boolean lock, boolean lastUnlockReleases) {
        return externalConnections.coLockObjectExternal(pointer, lock, lastUnlockReleases);
    }

    /** CoDisconnectObject: drops every external reference of the object at once; its proxies answer RPC_E_DISCONNECTED. */
    @ComApi
    public HResult coDisconnectObject(InterfacePointer pointer) {
        return externalConnections.coDisconnectObject(pointer);
    }

    /** ExitProcess from this thread. */
    @ComApi
    public void exitProcess() {
        classObjects.exitProcess();
    }

    // ---- messages and events (MessageApi) ---------------------------------------------------

    /** PeekMessage/DispatchMessage until the queue is empty: how many calls ran. */
    @ComApi
    public int pumpMessages() {
        return messages.pumpMessages();
    }

    /** GetMessage/DispatchMessage until WM_QUIT (S_OK), or E_UNEXPECTED on deadlock; E_UNEXPECTED if not an STA owner. */
    @ComApi
    public HResult runMessageLoop() {
        return messages.runMessageLoop();
    }

    /** PostThreadMessage(WM_QUIT) to the owner of an STA: its message loop ends once its queue is empty. */
    @ComApi
    public HResult postQuit(ComThread target) {
        return messages.postQuit(target);
    }

    /** CreateEvent (manual reset, not signaled). */
    @ComApi
    public ComEvent createEvent(String eventName) {
        return messages.createEvent(eventName);
    }

    /** SetEvent. */
    @ComApi
    public HResult setEvent(ComEvent event) {
        return messages.setEvent(event);
    }

    /** WaitForSingleObject: waits without pumping, so calls posted to this thread's STA wait too. */
    @ComApi
    public HResult waitForEvent(ComEvent event) {
        return messages.waitForEvent(event);
    }

    /** CoWaitForMultipleHandles: waits while dispatching calls posted to this thread's STA. */
    @ComApi
    public HResult waitForEventPumping(ComEvent event) {
        return messages.waitForEventPumping(event);
    }

    // ---- the thread's activations and waits (ThreadActivations, WaitState) -----------------

    /**
     * The thread's code ended: what it still holds of COM is given back as at a Windows thread
     * exit (an apartment it did not uninitialize is torn down), and it makes no further call.
     */
    public void terminate() {
        apartments.exitThread();
        waitState.terminate();
    }

    /** A harness stopped the run: the thread makes no further call and gives nothing back. */
    public void abandon() {
        waitState.terminate();
    }

    /**
     * Whether this thread's code can still hold the result of a call that the caller made
     * ({@link org.comlife.model.journal.JournalEntry#caller()}): the thread's own code always,
     * an activation only while it is under way. Read it only while the thread is stopped (an
     * explorer's scheduling point).
     */
    public boolean canSeeResultsOf(int caller) {
        return activations.canSeeResultsOf(caller);
    }

    public WaitMode waitMode() {
        return waitState.mode();
    }

    /**
     * Not waiting, or what it waits for has happened (or it has calls of its own STA to
     * dispatch), or the world found a deadlock and its wait will fail.
     */
    public boolean canProceed() {
        return waitState.canProceed();
    }

    /** What the thread waits for now (a {@code Described}, or a word), or null when it does not wait. */
    public Object waitingFor() {
        return waitState.waitingFor();
    }

    /** The activations under way on the thread; a dispatched call begins and ends one. */
    ThreadActivations activations() {
        return activations;
    }

    /** What the thread waits for, guarded by the world monitor; the world's waits set it. */
    WaitState waitState() {
        return waitState;
    }

    @Override
    public String toString() {
        return name;
    }
}
