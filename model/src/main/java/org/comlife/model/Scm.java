package org.comlife.model;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.journal.Described;
import org.comlife.model.journal.PlainValue;

/**
 * The Service Control Manager's part in activation: it sends a request to a running server
 * with a published registration of the class whose class objects are not suspended; when every
 * running server refuses (none registered, or stopping), it launches a new server process
 * through the launcher registered for the class, waits until the class is published, and
 * tries again. It counts launches.
 */
public final class Scm {
    /** How many servers one activation may launch before it gives up. */
    public static final int LAUNCHES_PER_ACTIVATION = 2;

    private final ComWorld world;
    private final List<Clsid> launcherClasses = new ArrayList<>();
    private final List<ServerLauncher> launchers = new ArrayList<>();
    private final List<ServerLauncher> startedBy = new ArrayList<>();
    private final List<ComProcess> startedServers = new ArrayList<>();
    private int launches;

    Scm(ComWorld world) {
        this.world = world;
    }

    /** Registers the program that serves a class (replacing an earlier one). */
    public synchronized void registerLauncher(Clsid clsid, ServerLauncher launcher) {
        if (clsid == null || launcher == null) {
            throw new IllegalArgumentException("a launcher needs a class and a program");
        }
        world.write(this, StatePart.SCM_LAUNCHERS);
        int index = launcherClasses.indexOf(clsid);
        if (index >= 0) {
            launchers.set(index, launcher);
        } else {
            launcherClasses.add(clsid);
            launchers.add(launcher);
        }
    }

    private synchronized ServerLauncher launcherFor(Clsid clsid) {
        world.read(this, StatePart.SCM_LAUNCHERS);
        int index = launcherClasses.indexOf(clsid);
        return index < 0 ? null : launchers.get(index);
    }

    /** How many server processes the SCM has launched so far. */
    public synchronized int launches() {
        world.read(this, StatePart.SCM_LAUNCHES);
        return launches;
    }

    /**
     * Finds or starts a server for the class and returns its factory in the client's apartment.
     * When a server it started never serves the class, the answer is CO_E_APPDIDNTREG.
     */
    ComResult<InterfacePointer> activate(ComThread client, Clsid clsid) {
        HResult refusal = HResult.REGDB_E_CLASSNOTREG;
        boolean started = false;
        for (int attempt = 0; attempt <= LAUNCHES_PER_ACTIVATION; attempt++) {
            for (ComProcess server : world.processes()) {
                if (server.role() != ProcessRole.SERVER || server.isExited()) {
                    continue;
                }
                ComResult<InterfacePointer> factory = server.serveActivation(client, clsid);
                if (factory.succeeded()) {
                    return factory;
                }
                if (factory.hr() == HResult.CO_E_SERVER_STOPPING) {
                    refusal = HResult.CO_E_SERVER_STOPPING;
                    client.calls().journalRuntime("SCM.Route", clsid + " to " + server.name(), factory.hr().name());
                }
            }
            ServerLauncher launcher = launcherFor(clsid);
            if (launcher == null || attempt == LAUNCHES_PER_ACTIVATION) {
                break;
            }
            int launchesBefore = launches();
            ComProcess launched = startingOrLaunch(launcher);
            if (launched == null || launches() != launchesBefore) {
                client.calls().journalRuntime("SCM.Launch", String.valueOf(clsid),
                        launched == null ? "the launcher started no process" : launched.name());
            }
            if (launched == null) {
                break;
            }
            started = true;
            HResult waited = world.block(client, () -> launched.hasStarted(), new AwaitedLaunch(launched, clsid));
            if (waited.failed()) {
                return ComResult.fail(waited);
            }
        }
        return ComResult.fail(started && refusal == HResult.REGDB_E_CLASSNOTREG ? HResult.CO_E_APPDIDNTREG : refusal);
    }

    /** What a client waits for while a server it launched starts (a named class, as JPF needs: see Apartment). */
    private static final class AwaitedLaunch implements Described {
        private final ComProcess launched;
        private final Clsid clsid;

        AwaitedLaunch(ComProcess launched, Clsid clsid) {
            this.launched = launched;
            this.clsid = clsid;
        }

        @Override
        public PlainValue value() {
            return PlainValue.tuple("launch", launched.name(), clsid);
        }

        @Override
        public String toString() {
            return "the launch of " + launched.name() + " to publish " + clsid;
        }
    }

    /**
     * A server this program already launched that is starting or running (the caller waits for
     * it to start, then routes to it again), or a new launch when every earlier one has exited
     * or committed shutdown. Launches are serialized per server program, not per class: a
     * server that registers several classes is launched once for concurrent activations of
     * any of them.
     */
    private synchronized ComProcess startingOrLaunch(ServerLauncher launcher) {
        world.write(this, StatePart.SCM_LAUNCHES);
        for (int i = 0; i < startedBy.size(); i++) {
            ComProcess earlier = startedServers.get(i);
            if (startedBy.get(i) == launcher && !earlier.isExited() && !earlier.isShutdownCommitted()) {
                return earlier;
            }
        }
        ComProcess launched = launcher.launch(world);
        launches++;
        if (launched != null) {
            startedBy.add(launcher);
            startedServers.add(launched);
        }
        return launched;
    }
}
