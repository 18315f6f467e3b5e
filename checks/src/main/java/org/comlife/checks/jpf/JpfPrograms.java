package org.comlife.checks.jpf;

import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.lincheck.ExampleScenario;
import org.comlife.model.ComWorld;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The programs a {@link JpfTarget} names (an example, a fault's program, a fault's twin): the
 * helpers they run with, and how they run on real threads, the driver waiting for all of them
 * at once ({@link JpfThreads}). This code runs inside JPF.
 */
final class JpfPrograms {
    private JpfPrograms() {
    }

    /** The runtime helpers: the named implementation, or for {@link JpfTarget#FAULT_HELPERS} the fault's own. */
    static RuntimeHelpers helpers(String program, String implementation) {
        return JpfTarget.FAULT_HELPERS.equals(implementation) ? fault(program).helpers()
                : JpfImplementations.byName(implementation);
    }

    /**
     * Runs the program in the world until every thread has ended; a thread's failure is thrown
     * then. With {@code turns} the logical threads take turns one API step at a time; with null
     * they run freely ({@link JpfThreads}).
     */
    static void run(String program, ComWorld world, JpfApiSteps turns) throws InterruptedException {
        JpfThreads threads = new JpfThreads(turns);
        if (turns != null) {
            world.setSchedulingHook(turns);
        }
        programOf(program).start(world, threads);
        threads.awaitAll();
    }

    /** The program a target names: an example (at its documented size or {@code NAME/calls}), a fault's, a twin. */
    static Program programOf(String program) {
        if (program.startsWith(JpfTarget.FAULT_PREFIX)) {
            return fault(program).program();
        }
        if (program.startsWith(JpfTarget.TWIN_PREFIX)) {
            return fault(program).twin();
        }
        int separator = program.indexOf(JpfTarget.CALLS_SEPARATOR);
        if (separator < 0) {
            return ExampleScenario.valueOf(program).program();
        }
        return ExampleScenario.valueOf(program.substring(0, separator))
                .program(Integer.parseInt(program.substring(separator + 1)));
    }

    private static Fault fault(String program) {
        return FaultCatalogue.byId(program.substring(program.indexOf(':') + 1));
    }
}
