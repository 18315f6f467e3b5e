package org.comlife.checks.property.server;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.comlife.model.ApartmentKind;
import org.comlife.model.ClassFactory;
import org.comlife.model.ClsCtx;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.ProcessRole;
import org.comlife.model.RegCls;
import org.comlife.model.ServerLauncher;
import org.comlife.model.program.ThreadStarter;

/**
 * One launch of the generated server: a process {@code server-N} whose main thread registers
 * the plan's classes, serves until a release to zero (or its own decision) begins shutdown,
 * revokes and exits; and, when the plan says so, an MTA worker thread. Every launch of a run
 * runs the same plan. The server's code never requires a call to succeed, so a misuse shows as
 * a broken invariant rather than as a crashed thread.
 */
public final class ChainServer {
    private final ServerPlan plan;
    private final ComProcess process;
    private final ComThread main;
    private final ComThread worker;
    private final ComEvent shutdown;
    private final ComEvent registered;
    private final ComEvent workerDone;
    private final AtomicInteger legacyInstances = new AtomicInteger();
    private final AtomicBoolean drained = new AtomicBoolean();
    // Written by server-main before it sets {@code registered}; read by a revoking worker after waiting for it.
    private final int[] cookies = new int[2];

    private ChainServer(ComWorld world, String name, ServerPlan plan) {
        this.plan = plan;
        this.process = world.newProcess(name, ProcessRole.SERVER);
        this.main = process.newThread("server-main");
        this.worker = plan.worker() ? process.newThread("server-worker") : null;
        this.shutdown = world.newEvent(name + "-shutdown");
        this.registered = world.newEvent(name + "-registered");
        this.workerDone = world.newEvent(name + "-worker-done");
    }

    /**
     * Registers the launcher of the plan's server for {@link ChainClasses#SAMPLE}. The second class
     * is served only by a running server: the model's SCM serializes launches per class, so
     * concurrent activations of two classes would start two servers, and the one no activation
     * reaches would never exit.
     */
    public static void register(ComWorld world, ServerPlan plan, ThreadStarter threads) {
        AtomicInteger launches = new AtomicInteger();
        ServerLauncher launcher = launching -> new ChainServer(launching, "server-" + launches.incrementAndGet(),
                plan).start(threads);
        world.scm().registerLauncher(ChainClasses.SAMPLE, launcher);
    }

    ServerPlan plan() {
        return plan;
    }

    AtomicInteger legacyInstances() {
        return legacyInstances;
    }

    /**
     * A draining server's first counted instance suspends the class objects (CoSuspendClassObjects
     * with a reference outstanding): no new client gets in, and the release of the last reference
     * still takes the count to zero and shuts the server down.
     */
    void drainOnce(ComThread creating) {
        if (plan.drains() && drained.compareAndSet(false, true)) {
            creating.coSuspendClassObjects();
        }
    }

    private ComProcess start(ThreadStarter threads) {
        threads.start(main, self -> runMain(self));
        if (worker != null) {
            threads.start(worker, self -> runWorker(self));
        }
        return process;
    }

    private void runMain(ComThread self) {
        self.coInitializeEx(plan.mainApartment());
        if (plan.counting() == InstanceCounting.LEGACY) {
            // The legacy server holds a reference of its own, so only its own variable decides.
            self.coAddRefServerProcess();
        }
        int flags = (plan.singleUse() ? RegCls.SINGLEUSE : RegCls.MULTIPLEUSE)
                | (plan.suspendedRegistration() ? RegCls.SUSPENDED : 0);
        ChainFactory sample = new ChainFactory(self, this, "SampleFactory");
        cookies[0] = cookieOf(self.coRegisterClassObject(ChainClasses.SAMPLE, sample, ClsCtx.LOCAL_SERVER, flags));
        ChainFactory second = null;
        if (plan.secondClass()) {
            second = new ChainFactory(self, this, "SecondFactory");
            cookies[1] = cookieOf(self.coRegisterClassObject(ChainClasses.SECOND, second, ClsCtx.LOCAL_SERVER,
                    flags));
        }
        if (plan.suspendedRegistration()) {
            self.coResumeClassObjects();
        }
        if (plan.revokesSecondEarly() && cookies[1] != 0) {
            self.coRevokeClassObject(cookies[1]);
            cookies[1] = 0;
        }
        if (plan.unbalancedUnlock()) {
            self.call(sample, ClassFactory.LOCK_SERVER, false);
        }
        self.release(sample);
        if (second != null) {
            self.release(second);
        }
        if (plan.workerRevokes()) {
            self.setEvent(registered);
        }
        if (plan.mainApartment() == ApartmentKind.STA) {
            self.runMessageLoop();
        } else {
            self.waitForEvent(shutdown);
        }
        if (!plan.workerRevokes()) {
            revokeAll(self);
        }
        if (plan.counting() == InstanceCounting.LEGACY) {
            self.coReleaseServerProcess();
        }
        if (worker != null) {
            // Pumping: a misusing client may still call in, and must not turn its bug into a deadlock.
            self.waitForEventPumping(workerDone);
        }
        self.coUninitialize();
        self.exitProcess();
    }

    private void runWorker(ComThread self) {
        self.coInitializeEx(ApartmentKind.MTA);
        if (plan.workerRevokes()) {
            self.waitForEvent(registered);
            revokeAll(self);
            beginShutdown(self);
        } else {
            self.waitForEvent(shutdown);
        }
        self.coUninitialize();
        self.setEvent(workerDone);
    }

    private void revokeAll(ComThread self) {
        for (int i = 0; i < (plan.secondClass() ? 2 : 1); i++) {
            if (cookies[i] != 0) {
                self.coRevokeClassObject(cookies[i]);
            }
        }
    }

    private static int cookieOf(ComResult<Integer> registration) {
        return registration.succeeded() ? registration.value() : 0;
    }

    /**
     * Shutdown begins (a release returned 0, or the server decided so): an STA main thread gets
     * WM_QUIT, so its loop ends once the calls already queued ran; an MTA main and a waiting
     * worker get the shutdown event.
     */
    void beginShutdown(ComThread deciding) {
        if (plan.mainApartment() == ApartmentKind.STA) {
            deciding.postQuit(main);
        }
        if (plan.mainApartment() == ApartmentKind.MTA || (worker != null && !plan.workerRevokes())) {
            deciding.setEvent(shutdown);
        }
    }
}
