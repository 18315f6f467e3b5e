package org.comlife.checks.jpf;

import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.lincheck.ExampleScenario;

/**
 * What one JPF run runs: an example scenario, a catalogue fault's program with the fault's own
 * helpers, or a fault's twin (the same scenario written right), each with a runtime
 * implementation. The factories refuse unknown names here, before any JPF JVM starts.
 *
 * @param id             the id reports use: the scenario's, the fault's, or the fault's with "-twin"
 * @param program        the driver's first argument ({@link JpfPrograms})
 * @param implementation the driver's second argument: a {@link JpfImplementations} name, or
 *                       {@link #FAULT_HELPERS}
 * @param implementationName the implementation's name as reports show it
 */
public record JpfTarget(String id, String program, String implementation, String implementationName) {
    /** The implementation argument that means: the fault's own helpers. */
    public static final String FAULT_HELPERS = "fault";
    static final String FAULT_PREFIX = "fault:";
    static final String TWIN_PREFIX = "twin:";
    /** Between an example's name and its call count in {@link #program}: {@code MANAGED_AUTO_MARSHAL/1}. */
    static final String CALLS_SEPARATOR = "/";

    /** An example scenario with the named implementation. */
    public static JpfTarget example(ExampleScenario scenario, String implementation) {
        JpfImplementations.byName(implementation);
        return new JpfTarget(scenario.id(), scenario.name(), implementation, implementation);
    }

    /**
     * An example with the named implementation, sized to {@code calls} calls (see
     * {@link ExampleScenario#program(int)}): the sizes a complete exploration can afford.
     */
    public static JpfTarget example(ExampleScenario scenario, String implementation, int calls) {
        scenario.program(calls);
        JpfImplementations.byName(implementation);
        return new JpfTarget(scenario.id() + "(" + calls + (calls == 1 ? " call)" : " calls)"),
                scenario.name() + CALLS_SEPARATOR + calls, implementation, implementation);
    }

    /** A fault's program with the fault's helpers: what the matrix hunts. */
    public static JpfTarget fault(String faultId) {
        Fault fault = FaultCatalogue.byId(faultId);
        return new JpfTarget(faultId, FAULT_PREFIX + faultId, FAULT_HELPERS, fault.helpers().name());
    }

    /** A fault's twin with the named implementation: it must break nothing. */
    public static JpfTarget twin(String faultId, String implementation) {
        FaultCatalogue.byId(faultId);
        JpfImplementations.byName(implementation);
        return new JpfTarget(faultId + "-twin", TWIN_PREFIX + faultId, implementation, implementation);
    }
}
