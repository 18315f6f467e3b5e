package org.comlife.checks.jpf.program;

import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.lincheck.ExampleScenario;
import org.comlife.checks.usercheck.JpfProgramName;
import org.comlife.model.ComWorld;
import org.comlife.model.program.Program;

/**
 * The programs a JPF target names, as the scenario driver's first argument: an example (its
 * {@code ExampleScenario} name, optionally sized as {@code NAME/calls}), a catalogue fault's
 * program ({@code fault:<id>}) or its twin ({@code twin:<id>}), or a user's program
 * ({@code program:<class>}, see {@link JpfProgramName}); and how they run on real
 * threads, the driver waiting for all of them at once ({@link JpfThreads}). This code runs
 * inside JPF.
 */
public final class JpfPrograms {
    /** Starts the name of a fault's program: {@code fault:double-unmarshal}. */
    public static final String FAULT_PREFIX = "fault:";
    /** Starts the name of a fault's twin: {@code twin:double-unmarshal}. */
    public static final String TWIN_PREFIX = "twin:";
    /** Between an example's name and its call count: {@code MANAGED_AUTO_MARSHAL/1}. */
    public static final String CALLS_SEPARATOR = "/";

    private JpfPrograms() {
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

    /** The program a name stands for: an example (at its documented size or {@code NAME/calls}), a fault's, a twin. */
    static Program programOf(String program) {
        if (JpfProgramName.names(program)) {
            return JpfProgramName.program(program);
        }
        if (program.startsWith(FAULT_PREFIX)) {
            return FaultCatalogue.named(program.substring(FAULT_PREFIX.length())).program();
        }
        if (program.startsWith(TWIN_PREFIX)) {
            return FaultCatalogue.named(program.substring(TWIN_PREFIX.length())).twin();
        }
        int separator = program.indexOf(CALLS_SEPARATOR);
        if (separator < 0) {
            return ExampleScenario.valueOf(program).program();
        }
        return ExampleScenario.valueOf(program.substring(0, separator))
                .program(Integer.parseInt(program.substring(separator + 1)));
    }
}
