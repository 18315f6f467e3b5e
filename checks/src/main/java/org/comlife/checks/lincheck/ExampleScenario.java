package org.comlife.checks.lincheck;

import org.comlife.model.ComWorld;
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.OutOfProcessServerExample;
import org.comlife.model.examples.VsPackageExample;
import org.comlife.model.program.Program;
import org.comlife.model.program.RealThreads;
import org.comlife.model.program.ThreadStarter;

/** The source documents' programs, runnable on real threads or under any starter. */
public enum ExampleScenario {
    VS_PACKAGE(VsPackageExample::start, null),
    /** Its call count is the calls each worker makes through the wrapper. */
    MANAGED_AUTO_MARSHAL(ManagedAutoMarshalExample::start, ManagedAutoMarshalExample::start),
    /** Its call count is the calls each early client makes on each instance. */
    OUT_OF_PROCESS_SERVER(OutOfProcessServerExample::start, OutOfProcessServerExample::start),
    /** The misuse the first document warns about: the main thread's pointer used on the background thread. */
    VS_PACKAGE_FOREIGN_POINTER(VsPackageExample::startForeignPointer, null);

    /** An example whose size is a number of calls: the program with that many. */
    @FunctionalInterface
    interface SizedProgram {
        void start(ComWorld world, ThreadStarter threads, int calls);
    }

    private final Program program;
    private final SizedProgram sized;

    ExampleScenario(Program program, SizedProgram sized) {
        this.program = program;
        this.sized = sized;
    }

    /**
     * Runs the program on real threads in the world and returns it once every thread has ended,
     * waiting at most the timeout ({@link RealThreads#NO_TIMEOUT}: no limit, for model checkers).
     */
    public ComWorld run(ComWorld world, long joinTimeoutMillis) throws InterruptedException {
        RealThreads threads = new RealThreads();
        threads.startTogether(() -> program.start(world, threads));
        threads.joinAll(joinTimeoutMillis);
        return world;
    }

    /** Starts the program's threads through the starter (real threads or the deterministic scheduler). */
    public void start(ComWorld world, ThreadStarter threads) {
        program.start(world, threads);
    }

    /** The program at its documented size. */
    public Program program() {
        return program;
    }

    /** Whether the program's size can be chosen as a number of calls ({@link #program(int)}). */
    public boolean hasCallCount() {
        return sized != null;
    }

    /** The program with {@code calls} calls (see each constant): a smaller program explores faster. */
    public Program program(int calls) {
        if (sized == null) {
            throw new IllegalArgumentException(name() + " has no call count to choose");
        }
        if (calls < 0) {
            throw new IllegalArgumentException("a call count must not be negative, got " + calls);
        }
        return (world, threads) -> sized.start(world, threads, calls);
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }
}
