package org.comlife.checks.faults;

import java.util.List;
import org.comlife.checks.faults.runtime.LateImplicitLockActivation;
import org.comlife.checks.faults.runtime.NoImplicitLockServerProcessCount;
import org.comlife.checks.faults.runtime.SplitReleaseServerProcessCount;
import org.comlife.checks.faults.scenarios.server.ActivationAfterLastRelease;
import org.comlife.checks.faults.scenarios.server.ConcurrentClients;
import org.comlife.checks.faults.scenarios.server.FactoryHolder;
import org.comlife.checks.faults.scenarios.server.LateAddRef;
import org.comlife.checks.faults.scenarios.server.LeakedReference;
import org.comlife.checks.faults.scenarios.server.NotSuspendedRegistration;
import org.comlife.checks.faults.scenarios.server.RevokeWrongThread;
import org.comlife.checks.faults.scenarios.server.TediousCount;
import org.comlife.checks.faults.scenarios.server.UnbalancedUnlock;
import org.comlife.checks.jpf.race.HelperRace;
import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.property.action.Misuse;
import org.comlife.model.Invariant;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The catalogue entries of the second source document: deciding when an out-of-process server
 * may shut down (the server-process count, suspension, LockServer, class registrations), in the
 * order of the contract's table, then the activation path's ordering fault.
 */
final class ServerLifetimeFaults {
    /**
     * The two concurrent clients, written right: the twin of tedious-count and the program of
     * split-release. One object, so that the reference row explores it once.
     */
    private static final Program CONCURRENT_CLIENTS = ConcurrentClients::start;

    private ServerLifetimeFaults() {
    }

    /** Every entry of this file, in the catalogue's order. */
    static List<Fault> entries() {
        return List.of(tediousCount(), lockServerWindow(), notSuspendedRegistration(), splitRelease(), lateAddRef(),
                unbalancedUnlock(), leakedReference(), revokeWrongThread(), lateImplicitLock());
    }

    static Fault tediousCount() {
        return Fault.client(FaultId.of("tedious-count"), "The server decides to exit on its own instance count")
                .breaks(Invariant.NO_PREMATURE_SHUTDOWN)
                .story("A legacy server counts its instances in a variable of its own (it holds one "
                        + "CoAddRefServerProcess for itself, so COM's count never decides) and, in an instance's "
                        + "final release, exits when that variable reaches 0. client-b and client-a each create, call "
                        + "and release an instance. When client-b's release takes the variable to 0, the server posts "
                        + "WM_QUIT to its main thread: it has decided to exit, but its class object is still "
                        + "registered and not suspended. If client-a activates now, its CreateInstance is queued "
                        + "before WM_QUIT is taken and runs; then the loop ends, the server revokes its class and "
                        + "exits while client-a holds the new instance (invariant 2), and client-a's call fails with "
                        + "RPC_E_DISCONNECTED. Only schedules that put client-a's activation between the decision and "
                        + "the revoke fail.")
                .fix("Count instances and locks with CoAddRefServerProcess/CoReleaseServerProcess: the release that "
                        + "returns 0 suspends class objects in the same step, so a late activation is refused with "
                        + "CO_E_SERVER_STOPPING and the SCM starts a new server.")
                .program(TediousCount::start, CONCURRENT_CLIENTS)
                .misuse(Misuse.TEDIOUS_COUNT)
                .claimedBy(EngineId.PROPERTY, EngineId.EXHAUSTIVE, EngineId.JPF)
                .notClaimedBy(EngineId.LINCHECK, UnclaimedBecause.FEW_SCHEDULES_FAIL)
                .build();
    }

    static Fault lockServerWindow() {
        return Fault.runtime(FaultId.of("lockserver-window"),
                "No implicit LockServer while a class factory is marshaled out")
                .breaks(Invariant.NO_PREMATURE_SHUTDOWN, Invariant.FACTORY_LOCKS_SERVER)
                .story("NoImplicitLockServerProcessCount lets an activation in while class objects are not suspended "
                        + "but counts no lock for the factory it hands out. client-a gets the factory with "
                        + "CoGetClassObject and holds it: the server's count is 0 while a client holds its factory "
                        + "(invariant 8). client-b creates an instance (count 1), and CoCreateInstance releases its "
                        + "factory: COM gives back the lock it never took, the count reaches 0 and shutdown is "
                        + "committed while client-b holds its instance and client-a its factory (invariant 2). The "
                        + "server exits, and client-a's CreateInstance fails with RPC_E_DISCONNECTED; later releases "
                        + "find the count at 0 (invariant 1).")
                .fix("Take the implicit lock in the same critical section as the suspension check "
                        + "(ReferenceServerProcessCount.lockForActivation), so a factory out in a client always holds "
                        + "its server.")
                .program(FactoryHolder::start, FactoryHolder::start)
                .helpers(RuntimeHelpers.reference().withServerProcessCount("no-implicit-lock",
                        NoImplicitLockServerProcessCount::new))
                .lincheckCheck(HelperCheck.SERVER_PROCESS_COUNT)
                .claimedBy(EngineId.LINCHECK, EngineId.PROPERTY, EngineId.EXHAUSTIVE, EngineId.JPF)
                .build();
    }

    static Fault notSuspendedRegistration() {
        return Fault.client(FaultId.of("not-suspended-registration"),
                "Class objects registered without REGCLS_SUSPENDED")
                .breaks(Invariant.SUSPENDED_UNTIL_RESUMED)
                .story("A free-threaded server (its main thread in the MTA, so calls into its objects run at once) "
                        + "registers two classes, each with plain REGCLS_MULTIPLEUSE. The first class is published to "
                        + "the SCM the moment it is registered, while the server is still initializing. If client-a "
                        + "activates it now and creates, calls and releases an instance, that release takes the "
                        + "server-process count to 0, suspends class objects and commits shutdown; the server then "
                        + "registers its second class in a process that has already decided to stop (invariant 7). "
                        + "Only schedules in which client-a finishes between the two registrations fail.")
                .fix("Register every class with REGCLS_SUSPENDED and publish them all with one CoResumeClassObjects "
                        + "once initialization is over.")
                .program(NotSuspendedRegistration::start, NotSuspendedRegistration::startFixed)
                .misuse(Misuse.NOT_SUSPENDED_REGISTRATION)
                .claimedBy(EngineId.PROPERTY, EngineId.EXHAUSTIVE, EngineId.JPF)
                .notClaimedBy(EngineId.LINCHECK, UnclaimedBecause.FEW_SCHEDULES_FAIL)
                .build();
    }

    static Fault splitRelease() {
        return Fault.runtime(FaultId.of("split-release"), "CoReleaseServerProcess decrements and suspends in two steps")
                .breaks(Invariant.SERVER_COUNT)
                .story("SplitReleaseServerProcessCount decrements the count under its lock, lets go of it, and "
                        + "suspends class objects under the lock again. client-a releases the server's last instance "
                        + "(Thread 1 in Lincheck's interleaving): the release takes the count to 0; before the "
                        + "suspension lands, client-b's activation (Thread 2) finds "
                        + "class objects open, takes its implicit lock (count 1) and is served. Then the release "
                        + "suspends and returns 0, and the server shuts down with client-b's factory out (invariant "
                        + "1: the count is 1 when shutdown is committed). The window lies inside one API call, so "
                        + "schedulers that switch threads only between API calls cannot open it; Lincheck's check of "
                        + "the helper and JPF's race of the helper (bytecode-level) can.")
                .fix("Decrement and suspend in one critical section (ReferenceServerProcessCount.release).")
                .program(CONCURRENT_CLIENTS, CONCURRENT_CLIENTS)
                .helpers(RuntimeHelpers.reference().withServerProcessCount("split-release",
                        SplitReleaseServerProcessCount::new))
                .lincheckCheck(HelperCheck.SERVER_PROCESS_COUNT)
                .jpfRace(HelperRace.SERVER_PROCESS_COUNT)
                .claimedBy(EngineId.LINCHECK, EngineId.JPF)
                .outOfReachOf(EngineId.PROPERTY, UnclaimedBecause.INSIDE_ONE_CALL)
                .outOfReachOf(EngineId.EXHAUSTIVE, UnclaimedBecause.INSIDE_ONE_CALL)
                .build();
    }

    static Fault lateAddRef() {
        return Fault.client(FaultId.of("late-addref"), "An instance is counted after it left the server")
                .breaks(Invariant.NO_PREMATURE_SHUTDOWN, Invariant.SERVER_COUNT)
                .story("The server's instances take their CoAddRefServerProcess in Initialize, their second phase of "
                        + "construction, not when CreateInstance makes them. client-a's CoCreateInstance gets an "
                        + "uncounted instance and releases the factory: COM gives back the activation's implicit "
                        + "lock, the count reaches 0, class objects are suspended and shutdown is committed while "
                        + "client-a holds the instance (invariant 2), and WM_QUIT is posted. When client-a's "
                        + "Initialize is queued before the loop takes WM_QUIT, it runs and counts 0 -> 1 in a process "
                        + "that is shutting down (invariant 1); on other schedules the loop ends first and Initialize "
                        + "fails with RPC_E_DISCONNECTED.")
                .fix("Count an instance where it is created (CreateInstance or the constructor), before it can leave "
                        + "the server, so the activation's implicit lock is never the last reference.")
                .program(LateAddRef::start, LateAddRef::startFixed)
                .misuse(Misuse.LATE_ADDREF)
                .claimedBy(EngineId.PROPERTY, EngineId.EXHAUSTIVE, EngineId.JPF)
                .notClaimedBy(EngineId.LINCHECK, UnclaimedBecause.EVERY_RUN_FAILS)
                .build();
    }

    static Fault unbalancedUnlock() {
        return Fault.client(FaultId.of("unbalanced-unlock"), "LockServer(FALSE) without a matching LockServer(TRUE)")
                .breaks(Invariant.SERVER_COUNT, Invariant.NO_PREMATURE_SHUTDOWN)
                .story("Once its class is published, the server calls LockServer(FALSE) on its own factory, believing "
                        + "that CoRegisterClassObject took a server lock (it only AddRefs the factory object). If the "
                        + "unlock comes before client-a's activation, the count is already 0 and the release would "
                        + "take it below zero (invariant 1). If client-a already holds an instance, the count falls "
                        + "from 1 to 0, shutdown is committed while client-a holds the instance (invariant 2), and "
                        + "the server exits under it. Every schedule breaks one of the two; which one depends on the "
                        + "schedule.")
                .fix("Pair every LockServer(FALSE) with a LockServer(TRUE) made by the same code; registering a class "
                        + "takes no lock.")
                .program(UnbalancedUnlock::start, UnbalancedUnlock::startFixed)
                .misuse(Misuse.UNBALANCED_UNLOCK)
                .claimedBy(EngineId.PROPERTY, EngineId.EXHAUSTIVE, EngineId.JPF)
                .notClaimedBy(EngineId.LINCHECK, UnclaimedBecause.EVERY_RUN_FAILS)
                .build();
    }

    static Fault leakedReference() {
        return Fault.client(FaultId.of("leaked-reference"), "A final release that never calls CoReleaseServerProcess")
                .breaks(Invariant.NO_LEAK)
                .story("The server's instances call CoAddRefServerProcess when created, but their final release "
                        + "forgets CoReleaseServerProcess. client-a creates, calls and releases its instance and "
                        + "leaves. The count stays at 1, nothing posts WM_QUIT, and the server's main thread waits in "
                        + "its message loop with no client left: the server never exits (invariant 10), which a "
                        + "bounded run shows at its end as a server nobody references still running. The model's "
                        + "watchdog may also report that last waiting thread as a deadlock (invariant 6).")
                .fix("Give back each server-process reference where the object that took it dies: "
                        + "CoReleaseServerProcess in the final release, beginning shutdown when it returns 0.")
                .program(LeakedReference::start, LeakedReference::startFixed)
                .misuse(Misuse.LEAKED_REFERENCE)
                .claimedBy(EngineId.PROPERTY, EngineId.EXHAUSTIVE)
                .notClaimedBy(EngineId.LINCHECK, UnclaimedBecause.EVERY_RUN_FAILS)
                .notClaimedBy(EngineId.JPF, UnclaimedBecause.EVERY_RUN_FAILS)
                .build();
    }

    static Fault revokeWrongThread() {
        return Fault.client(FaultId.of("revoke-wrong-thread"), "A worker thread revokes a class registration")
                .breaks(Invariant.REVOKE_ONCE)
                .story("server-main (an STA) registers the class and runs its message loop. server-worker (in the "
                        + "MTA) decides the server is done, calls CoRevokeClassObject with the main thread's cookie "
                        + "and posts WM_QUIT. A registration can be revoked only from the apartment that made it: the "
                        + "revoke fails with RPC_E_WRONG_THREAD (invariant 9) and the class stays published until the "
                        + "process exits, so the SCM can still route clients to a server that is leaving. The events "
                        + "order the steps, so every run fails.")
                .fix("Revoke from the registering apartment: the worker only signals, and the main thread revokes "
                        + "after its loop.")
                .program(RevokeWrongThread::start, RevokeWrongThread::startFixed)
                .misuse(Misuse.REVOKE_WRONG_THREAD)
                .claimedBy(EngineId.PROPERTY, EngineId.EXHAUSTIVE)
                .notClaimedBy(EngineId.LINCHECK, UnclaimedBecause.EVERY_RUN_FAILS)
                .notClaimedBy(EngineId.JPF, UnclaimedBecause.EVERY_RUN_FAILS)
                .build();
    }

    static Fault lateImplicitLock() {
        return Fault.runtime(FaultId.of("late-implicit-lock"),
                "The implicit LockServer is taken after the factory left the server")
                .breaks(Invariant.SERVER_COUNT, Invariant.NO_PREMATURE_SHUTDOWN)
                .story("LateImplicitLockActivation claims the class object, lets go of the class table, marshals the "
                        + "factory out and only then takes COM's implicit LockServer(TRUE). The lock is still refused "
                        + "once class objects are suspended, but the factory has already left. client-b creates, calls "
                        + "and releases its instance: the release takes the count to 0, suspends class objects and "
                        + "commits shutdown, and the server's main thread is told to quit, but its class stays "
                        + "published until it revokes it; client-b then tells client-a it is done. client-a activates "
                        + "in that window: the class table still serves it, its factory is marshaled out, and the late "
                        + "lock is refused, too late to call the factory back: a process that committed shutdown "
                        + "serves an activation (invariant 1), and it exits while client-a holds its factory "
                        + "(invariant 2). On real threads a final CoReleaseServerProcess between the marshal and the "
                        + "lock does the same. lockserver-window takes no lock at all; here the lock is taken, in the "
                        + "wrong order.")
                .fix("Take the implicit lock before the factory is marshaled, atomically with the suspension check, "
                        + "and refuse the activation with CO_E_SERVER_STOPPING when it is refused "
                        + "(ReferenceClassObjectActivation.serveOut).")
                .program(ActivationAfterLastRelease::start, ActivationAfterLastRelease::start)
                .helpers(RuntimeHelpers.reference().withClassObjectActivation("late-implicit-lock",
                        LateImplicitLockActivation::new))
                .lincheckCheck(HelperCheck.CLASS_OBJECT_ACTIVATION)
                .claimedBy(EngineId.LINCHECK, EngineId.PROPERTY, EngineId.EXHAUSTIVE, EngineId.JPF)
                .build();
    }
}
