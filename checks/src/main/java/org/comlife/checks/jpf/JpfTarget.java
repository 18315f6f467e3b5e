package org.comlife.checks.jpf;

import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.lincheck.ExampleScenario;

/**
 * What one JPF run runs: an example scenario, a catalogue fault's program with the fault's own
 * helpers, a fault's twin (the same scenario written right), or a helper race, each with a
 * runtime implementation. The factories refuse unknown names here, before any JPF JVM starts.
 *
 * @param id             the id reports use: the scenario's, the fault's, the fault's with "-twin",
 *                       or the race's
 * @param program        the driver's first argument ({@link JpfPrograms}, or {@code race:<id>})
 * @param implementation the driver's second argument: a {@link JpfImplementations} name, or
 *                       {@link #FAULT_HELPERS}
 * @param implementationName the implementation's name as reports show it
 */
public record JpfTarget(String id, String program, String implementation, String implementationName) {
    /** The implementation argument that means: the fault's own helpers. */
    public static final String FAULT_HELPERS = "fault";
    static final String FAULT_PREFIX = "fault:";
    static final String TWIN_PREFIX = "twin:";
    static final String RACE_PREFIX = "race:";
    /** Between an example's name and its call count in {@link #program}: {@code MANAGED_AUTO_MARSHAL/1}. */
    static final String CALLS_SEPARATOR = "/";

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
                scenario.name() + CALLS_SEPARATOR + calls, implementation, implementation);
    }

    /** A fault's program with the fault's helpers. */
    public static JpfTarget fault(String faultId) {
        Fault fault = FaultCatalogue.byId(faultId);
        return new JpfTarget(faultId, FAULT_PREFIX + faultId, FAULT_HELPERS, fault.helpers().name());
    }

    /** A fault's twin with the named implementation: it must break nothing. */
    public static JpfTarget twin(String faultId, String implementation) {
        FaultCatalogue.byId(faultId);
        requireImplementation(implementation);
        return new JpfTarget(faultId + "-twin", TWIN_PREFIX + faultId, implementation, implementation);
    }

    /** A helper race on a helper of the named implementation: it must stay linearizable. */
    public static JpfTarget helperRace(HelperRace race, String implementation) {
        requireImplementation(implementation);
        return new JpfTarget(race.id(), RACE_PREFIX + race.id(), implementation, implementation);
    }

    /**
     * What the matrix hunts a fault with: the helper race that opens its window, with the
     * fault's helpers, when it has one ({@link FaultHelperRaces}); otherwise its program.
     */
    public static JpfTarget hunt(String faultId) {
        Fault fault = FaultCatalogue.byId(faultId);
        HelperRace race = FaultHelperRaces.of(fault);
        return race == null ? fault(faultId) : helperRace(race, fault.helpers().name());
    }

    /** The class JPF runs: the helper-race driver for a race, the scenario driver for anything else. */
    public String driver() {
        return program.startsWith(RACE_PREFIX) ? JpfHelperRaceDriver.class.getName()
                : JpfScenarioDriver.class.getName();
    }

    /** Refuses an unknown implementation name here, before any JPF JVM starts (a class is loaded only inside JPF). */
    private static void requireImplementation(String implementation) {
        if (!JpfImplementations.isValidName(implementation)) {
            JpfImplementations.byName(implementation); // throws, naming the known ones
        }
    }
}
