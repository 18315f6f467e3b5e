package org.comlife.checks.jpf.host;

import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.faults.FaultId;
import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.checks.jpf.program.JpfPrograms;
import org.comlife.checks.jpf.program.JpfScenarioDriver;
import org.comlife.checks.jpf.race.HelperRace;
import org.comlife.checks.jpf.race.JpfHelperRaceDriver;
import org.comlife.checks.lincheck.ExampleScenario;

/**
 * What one JPF run runs: an example scenario, a catalogue fault's program with the fault's own
 * helpers, a fault's twin (the same scenario written right), or a helper race, each with a
 * runtime implementation. The factories refuse unknown names here, before any JPF JVM starts.
 *
 * @param id             the id reports use: the scenario's, the fault's, the fault's with "-twin",
 *                       or the race's
 * @param program        the driver's first argument ({@link JpfPrograms}, or a race's
 *                       {@code race:<id>})
 * @param implementation the driver's second argument, a {@link JpfImplementations} name
 * @param implementationName the implementation's name as reports show it
 */
public record JpfTarget(String id, String program, String implementation, String implementationName) {

    /** An example scenario with the named implementation. */
    public static JpfTarget example(ExampleScenario scenario, String implementation) {
        requireImplementation(implementation);
        return new JpfTarget(scenario.id(), scenario.name(), implementation, implementation);
    }

    /**
     * An example with the named implementation, sized to {@code calls} calls (see
     * {@link ExampleScenario#program(int)}): the sizes a complete exploration can afford.
     */
    public static JpfTarget example(ExampleScenario scenario, String implementation, int calls) {
        scenario.program(calls);
        requireImplementation(implementation);
        return new JpfTarget(scenario.id() + "(" + calls + (calls == 1 ? " call)" : " calls)"),
                scenario.name() + JpfPrograms.CALLS_SEPARATOR + calls, implementation, implementation);
    }

    /** A fault's program with the fault's helpers. */
    public static JpfTarget fault(FaultId id) {
        Fault fault = FaultCatalogue.byId(id);
        return new JpfTarget(id.toString(), JpfPrograms.FAULT_PREFIX + id, JpfImplementations.ofFault(id),
                fault.helpers().name());
    }

    /** A fault's twin with the named implementation: it must break nothing. */
    public static JpfTarget twin(FaultId id, String implementation) {
        FaultCatalogue.byId(id);
        requireImplementation(implementation);
        return new JpfTarget(id + "-twin", JpfPrograms.TWIN_PREFIX + id, implementation, implementation);
    }

    /** A helper race on a helper of the named implementation: it must stay linearizable. */
    public static JpfTarget helperRace(HelperRace race, String implementation) {
        requireImplementation(implementation);
        return new JpfTarget(race.id(), JpfHelperRaceDriver.PROGRAM_PREFIX + race.id(), implementation,
                implementation);
    }

    /**
     * What the matrix hunts a fault with: the helper race its entry names, with the fault's
     * helpers, when its window lies inside one helper call; otherwise its program.
     */
    public static JpfTarget hunt(FaultId id) {
        HelperRace race = FaultCatalogue.byId(id).jpfRace();
        return race == null ? fault(id) : helperRace(race, JpfImplementations.ofFault(id));
    }

    /** Whether this is a helper race rather than a program. */
    public boolean isHelperRace() {
        return program.startsWith(JpfHelperRaceDriver.PROGRAM_PREFIX);
    }

    /** The class JPF runs: the helper-race driver for a race, the scenario driver for anything else. */
    public String driver() {
        return isHelperRace() ? JpfHelperRaceDriver.class.getName() : JpfScenarioDriver.class.getName();
    }

    /** Refuses an unknown implementation name here, before any JPF JVM starts (a class is loaded only inside JPF). */
    private static void requireImplementation(String implementation) {
        if (!JpfImplementations.isValidName(implementation)) {
            JpfImplementations.byName(implementation); // throws, naming the known ones
        }
    }
}
