package org.comlife.model;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.runtime.ClassObjectActivation;
import org.comlife.model.runtime.ClassTable;
import org.comlife.model.runtime.GlobalInterfaceTable;
import org.comlife.model.runtime.InterThreadStreams;
import org.comlife.model.runtime.Marshaler;
import org.comlife.model.runtime.ProxyDispatch;
import org.comlife.model.runtime.ServerProcessCount;

/**
 * A simulated OS process: its apartments (the one MTA, any number of STAs), its runtime
 * helpers (marshaler, server-process count, class table, GIT, inter-thread streams, proxy
 * dispatch, activation path), its threads, and whether it has committed shutdown or exited.
 * Several processes live in one world and reach each other only through proxies and the SCM.
 */
public final class ComProcess {
    private final ComWorld world;
    private final int id;
    private final String name;
    private final ProcessRole role;
    private final Marshaler marshaler;
    private final ServerProcessCount serverProcessCount;
    private final ClassTable classTable;
    private final GlobalInterfaceTable globalInterfaceTable;
    private final InterThreadStreams interThreadStreams;
    private final ProxyDispatch proxyDispatch;
    private final ClassObjectActivation classObjectActivation;
    private final ComThread rpcWorker;
    private final List<Apartment> apartments = new ArrayList<>();
    private final List<ComThread> threads = new ArrayList<>();
    private final List<Integer> revokedGitCookies = new ArrayList<>();
    private Apartment mta;
    private int mtaMembers;
    private volatile boolean exited;
    private volatile boolean everPublished;
    private volatile boolean resumed;
    private volatile int shutdownCommittedAt;
    // Kept apart from the step: a world without a journal numbers no steps (see Journal.unrecorded).
    private volatile boolean shutdownCommitted;

    ComProcess(ComWorld world, String name, ProcessRole role) {
        this.world = world;
        this.id = world.nextId();
        this.name = name;
        this.role = role;
        this.marshaler = world.helpers().newMarshaler();
        this.serverProcessCount = world.helpers().newServerProcessCount();
        this.classTable = world.helpers().newClassTable();
        this.globalInterfaceTable = world.helpers().newGlobalInterfaceTable(marshaler);
        this.interThreadStreams = world.helpers().newInterThreadStreams();
        this.proxyDispatch = world.helpers().newProxyDispatch();
        this.classObjectActivation = world.helpers().newClassObjectActivation();
        this.rpcWorker = new ComThread(world, this, "rpc-worker", true);
    }

    public ComWorld world() {
        return world;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ProcessRole role() {
        return role;
    }

    /**
     * The process's marshaler. A helper keeps its state where the model cannot see it, so
     * every use of one is reported as a write of the whole helper (an explorer may drop the
     * report for a helper that keeps no state of its own).
     */
    public Marshaler marshaler() {
        world.write(this, StatePart.MARSHALER);
        return marshaler;
    }

    public ServerProcessCount serverProcessCount() {
        world.write(this, StatePart.SERVER_COUNT);
        return serverProcessCount;
    }

    public ClassTable classTable() {
        world.write(this, StatePart.CLASS_TABLE);
        return classTable;
    }

    public GlobalInterfaceTable globalInterfaceTable() {
        world.write(this, StatePart.GIT);
        return globalInterfaceTable;
    }

    /** The process's CoMarshalInterThreadInterfaceInStream and CoGetInterfaceAndReleaseStream. */
    public InterThreadStreams interThreadStreams() {
        world.write(this, StatePart.INTER_THREAD_STREAMS);
        return interThreadStreams;
    }

    /** How calls through proxies reach this process's apartments. */
    public ProxyDispatch proxyDispatch() {
        world.write(this, StatePart.PROXY_DISPATCH);
        return proxyDispatch;
    }

    /** The process's activation path (claim, implicit lock, marshal out), reported as the other helpers are. */
    public ClassObjectActivation classObjectActivation() {
        world.write(this, StatePart.CLASS_OBJECT_ACTIVATION);
        return classObjectActivation;
    }

    /** The context in which COM runs incoming calls to the MTA and remote releases. */
    public ComThread rpcWorker() {
        return rpcWorker;
    }

    /** A new logical thread of this process, not yet in any apartment. */
    public ComThread newThread(String threadName) {
        if (threadName == null) {
            throw new IllegalArgumentException("a thread needs a name");
        }
        ComThread thread = new ComThread(world, this, threadName, false);
        synchronized (this) {
            world.write(this, StatePart.PROCESS_THREADS);
            threads.add(thread);
        }
        world.register(thread);
        return thread;
    }

    public synchronized List<ComThread> threads() {
        world.read(this, StatePart.PROCESS_THREADS);
        return new ArrayList<>(threads);
    }

    public synchronized List<Apartment> apartments() {
        world.read(this, StatePart.PROCESS_APARTMENTS);
        return new ArrayList<>(apartments);
    }

    /** The process's MTA while some thread is in it; null otherwise. */
    public synchronized Apartment mta() {
        world.read(this, StatePart.PROCESS_APARTMENTS);
        return mta != null && mta.isAlive() ? mta : null;
    }

    public boolean isExited() {
        world.read(this, StatePart.PROCESS_LIFETIME);
        return exited;
    }

    /** Whether a release to zero has committed this process to shut down (and no resume withdrew it). */
    public boolean isShutdownCommitted() {
        world.read(this, StatePart.PROCESS_LIFETIME);
        return shutdownCommitted;
    }

    /** The journal step at which shutdown was committed, or 0 (also when the world keeps no journal). */
    public int shutdownCommittedAt() {
        world.read(this, StatePart.PROCESS_LIFETIME);
        return shutdownCommittedAt;
    }

    synchronized Apartment newSta(ComThread owner) {
        world.write(this, StatePart.PROCESS_APARTMENTS);
        Apartment sta = new Apartment(this, ApartmentKind.STA, owner);
        apartments.add(sta);
        return sta;
    }

    synchronized Apartment joinMta() {
        world.write(this, StatePart.PROCESS_APARTMENTS);
        if (mta == null || !mta.isAlive()) {
            mta = new Apartment(this, ApartmentKind.MTA, null);
            apartments.add(mta);
            mtaMembers = 0;
        }
        mtaMembers++;
        return mta;
    }

    /** The last explicit member leaving the MTA tears it down. */
    void leaveMta(ComThread caller) {
        Apartment dying = null;
        synchronized (this) {
            world.write(this, StatePart.PROCESS_APARTMENTS);
            if (mtaMembers > 0 && --mtaMembers == 0) {
                dying = mta;
            }
        }
        if (dying != null) {
            dying.teardown(caller);
        }
    }

    void revokeRegistrationsOf(Apartment apartment, ComThread caller) {
        for (Registration registration : classTable().registrations()) {
            if (registration.apartment() == apartment && classTable().remove(registration.cookie()) != null) {
                registration.factory().release(caller);
            }
        }
    }

    /** Ghost state: a GIT cookie revoked successfully; false when it had been revoked before. */
    synchronized boolean noteGitRevoke(int cookie) {
        world.write(this, StatePart.PROCESS_GIT_REVOKES);
        if (revokedGitCookies.contains(cookie)) {
            return false;
        }
        revokedGitCookies.add(cookie);
        return true;
    }

    synchronized boolean wasGitCookieRevoked(int cookie) {
        world.read(this, StatePart.PROCESS_GIT_REVOKES);
        return revokedGitCookies.contains(cookie);
    }

    // ---- server lifetime ------------------------------------------------------------------

    /**
     * The release that returned zero commits shutdown. The model checks the two things that
     * must hold at that moment: no client holds a reference (invariant 2), and the count is
     * still zero (invariant 1: nothing slipped in between the decrement and the suspension).
     */
    void commitShutdown(ComThread caller) {
        world.write(this, StatePart.PROCESS_LIFETIME);
        shutdownCommittedAt = world.journal().nextStep();
        shutdownCommitted = true;
        List<String> held = liveClientReferences();
        if (!held.isEmpty()) {
            caller.violation(Invariant.NO_PREMATURE_SHUTDOWN, name + " committed shutdown while clients hold " + held);
        }
        int count = serverProcessCount().count();
        if (count != 0) {
            caller.violation(Invariant.SERVER_COUNT, name + "'s release returned 0 but the count is " + count
                    + ": a reference was taken between the decrement and the suspension");
        }
    }

    /** CoResumeClassObjects: initialization is over, and a committed shutdown is withdrawn. */
    void noteResumed() {
        world.write(this, StatePart.PROCESS_LIFETIME);
        resumed = true;
        shutdownCommitted = false;
        shutdownCommittedAt = 0;
    }

    /** Ghost state: every proxy of another live process that holds one of this process's objects. */
    public List<String> liveClientReferences() {
        world.read(this, StatePart.CLIENT_REFERENCES);
        world.pauseReports();
        try {
            return clientReferences();
        } finally {
            world.resumeReports();
        }
    }

    private List<String> clientReferences() {
        List<String> held = new ArrayList<>();
        for (ComProcess client : world.processes()) {
            if (client == this || client.isExited()) {
                continue;
            }
            for (Apartment apartment : client.apartments()) {
                for (Proxy proxy : apartment.proxies()) {
                    if (proxy.isHeld() && proxy.stub().apartment().process() == this) {
                        held.add(proxy + " in " + apartment);
                    }
                }
            }
        }
        return held;
    }

    /**
     * An in-process lookup (CoGetClassObject with CLSCTX_INPROC_SERVER): the class object itself,
     * with one more reference, when a registration of the client's own apartment serves
     * in-process and is not waiting for CoResumeClassObjects; CO_E_SERVER_STOPPING when it is a
     * local server's whose class objects are suspended; null when there is none. Nothing is
     * marshaled, so no server lock is taken.
     */
    ComResult<InterfacePointer> serveInprocLookup(ComThread client, Clsid clsid) {
        for (Registration registration : classTable().registrations()) {
            if (!registration.clsid().equals(clsid) || registration.apartment() != client.apartment()
                    || !registration.servesInproc() || waitsForResume(registration)) {
                continue;
            }
            if (registration.context().includesLocal() && serverProcessCount().isSuspended()) {
                return ComResult.fail(HResult.CO_E_SERVER_STOPPING);
            }
            registration.factory().addRef(client);
            return ComResult.ok(registration.factory());
        }
        return null;
    }

    private boolean waitsForResume(Registration registration) {
        return registration.context().includesLocal() ? registration.isWaitingForResume()
                : (registration.flags() & RegCls.SUSPENDED) != 0 && !isResumed();
    }

    /**
     * Serves one activation for the SCM, through the process's {@link ClassObjectActivation}: the
     * factory in the client's apartment, or why not. An exited process serves nothing.
     */
    ComResult<InterfacePointer> serveActivation(ComThread client, Clsid clsid) {
        if (isExited()) {
            return ComResult.fail(HResult.REGDB_E_CLASSNOTREG);
        }
        ComResult<InterfacePointer> factory = classObjectActivation().activate(this, client, clsid);
        if (factory == null) {
            throw new IllegalStateException("the class-object activation of implementation '" + world.helpers().name()
                    + "' answered null for " + clsid);
        }
        if (factory.succeeded()) {
            noteActivationServed(client, clsid, factory.value().target());
        }
        return factory;
    }

    /**
     * The ghost checks of an activation served (invariants 1 and 7), whatever the process's
     * {@link ClassObjectActivation} is: they read the served factory's registration and change
     * nothing. Made here, not in the helper, so that a user's own activation path is checked
     * like the reference.
     */
    private void noteActivationServed(ComThread client, Clsid clsid, ComObject servedFactory) {
        if (isShutdownCommitted()) {
            client.violation(Invariant.SERVER_COUNT, name + " served an activation of " + clsid + " after it committed shutdown");
        }
        Registration registration = null;
        for (Registration candidate : classTable().registrations()) {
            if (candidate.factory() == servedFactory) {
                registration = candidate;
            }
        }
        if (registration != null && (registration.flags() & RegCls.SUSPENDED) != 0 && !isResumed()) {
            client.violation(Invariant.SUSPENDED_UNTIL_RESUMED, name + " served an activation of " + clsid
                    + " registered REGCLS_SUSPENDED before CoResumeClassObjects");
        }
    }

    /** Journals COM's implicit LockServer(TRUE) of an activation on the server's RPC worker, with its outcome. */
    public void journalImplicitLock(Clsid clsid, String outcome) {
        rpcWorker.calls().journalRuntime("LockServer", "TRUE (implicit, activation of " + clsid + ")", outcome);
    }

    /**
     * COM's LockServer(FALSE) on this server, run in {@code context}: the mirror of the implicit
     * lock, straight on the server-process count; the release that returns 0 hands the shutdown
     * decision to the factory's server.
     */
    public void lockServerFalse(ComThread context, ComObject factory) {
        if (context.coReleaseServerProcess() == 0 && factory instanceof ClassFactory) {
            // The factory's own code runs, and may touch the factory's own state.
            world.write(factory, StatePart.OBJECT_CODE);
            ((ClassFactory) factory).onLastLockReleased(context);
        }
    }

    /** A launched server has started once it published a class object, or has exited trying. */
    boolean hasStarted() {
        world.read(this, StatePart.PROCESS_LIFETIME);
        return everPublished || exited;
    }

    /** How many threads have joined the MTA and not left it (it dies with the last). */
    public synchronized int mtaMembers() {
        world.read(this, StatePart.PROCESS_APARTMENTS);
        return mtaMembers;
    }

    /** Whether a class object of this process was ever visible to the SCM. */
    public boolean hasEverPublished() {
        world.read(this, StatePart.PROCESS_LIFETIME);
        return everPublished;
    }

    /** Whether CoResumeClassObjects has been called: SUSPENDED registrations made after it are published at once. */
    public boolean isResumed() {
        world.read(this, StatePart.PROCESS_LIFETIME);
        return resumed;
    }

    /** Notes that a class object of this process became visible to the SCM, and wakes waiting activations. */
    void notePublished() {
        world.write(this, StatePart.PROCESS_LIFETIME);
        everPublished = true;
        world.signalAll();
    }

    /**
     * ExitProcess: every apartment dies, every thread of the process is terminated. Exiting
     * while a client still holds a reference is the premature shutdown of invariant 2.
     */
    void exit(ComThread caller) {
        synchronized (this) {
            world.write(this, StatePart.PROCESS_LIFETIME);
            if (exited) {
                return;
            }
        }
        List<String> held = liveClientReferences();
        if (!held.isEmpty()) {
            caller.violation(Invariant.NO_PREMATURE_SHUTDOWN, name + " exited while clients hold " + held);
        }
        for (Apartment apartment : apartments()) {
            apartment.teardown(caller);
        }
        for (Registration leftover : classTable().registrations()) {
            if (classTable().remove(leftover.cookie()) != null) {
                leftover.factory().release(caller);
            }
        }
        world.write(this, StatePart.PROCESS_LIFETIME);
        exited = true;
        for (ComThread thread : threads()) {
            thread.terminate();
        }
        world.signalAll();
    }

    @Override
    public String toString() {
        return name;
    }
}
