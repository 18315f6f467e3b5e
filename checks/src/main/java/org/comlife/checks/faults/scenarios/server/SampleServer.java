package org.comlife.checks.faults.scenarios.server;

import java.util.concurrent.atomic.AtomicInteger;
import org.comlife.model.Apartment;
import org.comlife.model.ApartmentKind;
import org.comlife.model.Clsid;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.Iid;
import org.comlife.model.ProcessRole;
import org.comlife.model.ServerLauncher;
import org.comlife.model.program.ThreadStarter;

/**
 * A small out-of-process server for the server-lifetime scenarios: its process, its main
 * thread {@code server-main}, and how a release that decides shutdown tells that thread to
 * leave its loop. What the main thread runs is the scenario's {@link ServerBody}, so each
 * fault changes exactly the piece of server code it is about.
 */
public final class SampleServer {
    public static final Clsid CLSID_Sample = new Clsid("Sample");
    public static final Iid ISample = new Iid("ISample");

    private final ComProcess process;
    private final ComThread main;
    private final ComEvent shutdown;

    private SampleServer(ComWorld world, String name) {
        this.process = world.newProcess(name, ProcessRole.SERVER);
        this.main = process.newThread("server-main");
        this.shutdown = world.newEvent(name + "-shutdown");
    }

    /** Starts a server process now, its main thread running the body. */
    public static SampleServer start(ComWorld world, String name, ThreadStarter threads, ServerBody main) {
        SampleServer server = new SampleServer(world, name);
        threads.start(server.main, self -> main.run(self, server));
        return server;
    }

    /**
     * Starts a server process now with a second thread, {@code server-worker}. Both threads
     * exist before either runs: the deadlock watchdog must never see one of them waiting alone
     * for a thread not created yet.
     */
    public static SampleServer start(ComWorld world, String name, ThreadStarter threads, ServerBody main,
                                     ServerBody worker) {
        SampleServer server = new SampleServer(world, name);
        ComThread workerThread = server.process.newThread("server-worker");
        threads.start(server.main, self -> main.run(self, server));
        threads.start(workerThread, self -> worker.run(self, server));
        return server;
    }

    /**
     * The program the SCM starts for a class: each launch a new process {@code name-1},
     * {@code name-2}, … whose main thread runs the body.
     */
    public static ServerLauncher launcher(String name, ThreadStarter threads, ServerBody body) {
        AtomicInteger launches = new AtomicInteger();
        return world -> start(world, name + "-" + launches.incrementAndGet(), threads, body).process;
    }

    public ComProcess process() {
        return process;
    }

    public ComThread main() {
        return main;
    }

    /** Set when shutdown begins, for a main thread in the MTA (an STA main gets WM_QUIT instead). */
    public ComEvent shutdown() {
        return shutdown;
    }

    /**
     * Shutdown begins (a release returned 0, or the server decided so itself): an STA main
     * thread gets WM_QUIT, so its message loop ends once the calls already queued have run; an
     * MTA main thread gets the shutdown event.
     */
    public void beginShutdown(ComThread deciding) {
        Apartment home = main.apartment();
        if (home != null && home.kind() == ApartmentKind.STA) {
            deciding.postQuit(main);
        } else {
            deciding.setEvent(shutdown);
        }
    }
}
