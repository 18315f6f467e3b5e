package org.comlife.checks.jpf;

import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.lincheck.ExampleScenario;
import org.comlife.model.ComWorld;
import org.comlife.model.examples.RealThreads;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The programs a {@link JpfTarget} names (an example, a fault's program, a fault's twin): the
 * helpers they run with, and how they run on real threads with untimed joins. This code runs
 * inside JPF.
 */
final class JpfPrograms {
    private JpfPrograms() {
    }

    /** The runtime helpers: the named implementation, or for {@link JpfTarget#FAULT_HELPERS} the fault's own. */
    static RuntimeHelpers helpers(String program, String implementation) {
        return JpfTarget.FAULT_HELPERS.equals(implementation) ? fault(program).helpers()
                : JpfImplementations.byName(implementation);
    }

    /** Runs the program in the world until every thread has ended; a thread's failure is thrown then. */
    static void run(String program, ComWorld world) throws InterruptedException {
        boolean twin = program.startsWith(JpfTarget.TWIN_PREFIX);
        if (!twin && !program.startsWith(JpfTarget.FAULT_PREFIX)) {
            ExampleScenario.valueOf(program).run(world, RealThreads.NO_TIMEOUT);
            return;
        }
        Fault fault = fault(program);
        RealThreads threads = new RealThreads();
        (twin ? fault.twin() : fault.program()).start(world, threads);
        threads.joinAll(RealThreads.NO_TIMEOUT);
    }

    private static Fault fault(String program) {
        return FaultCatalogue.byId(program.substring(program.indexOf(':') + 1));
    }
}
