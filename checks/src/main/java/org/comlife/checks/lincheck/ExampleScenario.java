package org.comlife.checks.lincheck;

import org.comlife.checks.schedule.Program;
import org.comlife.model.ComWorld;
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.OutOfProcessServerExample;
import org.comlife.model.examples.RealThreads;
import org.comlife.model.examples.ThreadStarter;
import org.comlife.model.examples.VsPackageExample;

/** The source documents' programs, runnable on real threads or under any starter. */
public enum ExampleScenario {
    VS_PACKAGE(VsPackageExample::start),
    MANAGED_AUTO_MARSHAL(ManagedAutoMarshalExample::start),
    OUT_OF_PROCESS_SERVER(OutOfProcessServerExample::start),
    /** The misuse the first document warns about: the main thread's pointer used on the background thread. */
    VS_PACKAGE_FOREIGN_POINTER(VsPackageExample::startForeignPointer);

    private final Program program;

    ExampleScenario(Program program) {
        this.program = program;
    }

    /**
     * Runs the program on real threads in the world and returns it once every thread has ended,
     * waiting at most the timeout ({@link RealThreads#NO_TIMEOUT}: no limit, for model checkers).
     */
    public ComWorld run(ComWorld world, long joinTimeoutMillis) throws InterruptedException {
        RealThreads threads = new RealThreads();
        program.start(world, threads);
        threads.joinAll(joinTimeoutMillis);
        return world;
    }

    /** Starts the program's threads through the starter (real threads or the deterministic scheduler). */
    public void start(ComWorld world, ThreadStarter threads) {
        program.start(world, threads);
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }
}
