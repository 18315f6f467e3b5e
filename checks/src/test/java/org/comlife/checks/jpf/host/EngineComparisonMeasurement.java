package org.comlife.checks.jpf.host;

import java.util.List;
import org.comlife.checks.exhaustive.ExhaustiveExplorer;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.exhaustive.ExplorationResult;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.checks.lincheck.ExampleScenario;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Not a test: the exhaustive explorer and JPF on the same programs, one after the other in one
 * run, printed as one Markdown table (the table in checks/JPF.md comes from here). Each row is
 * one program with one implementation: the examples with the reference, and each catalogue
 * fault's program with the fault's own helpers; the sized examples at the sizes the explorer
 * pins (one call per worker, no calls). The explorer switches threads between API calls and
 * renames ids. JPF at {@code PROGRAM_STATE} does the same on the real bytecode, so its program
 * states are the explorer's states (the cell shows both its program states and its own); at the
 * other granularities it matches whole heaps and switches at API steps, at synchronization or
 * at bytecodes, so those counts measure something else: the table shows what each costs on
 * the same code, and what each finds.
 *
 * <p>Needs jpf-core (-Djpf.home or JPF_HOME); command in README. Arguments: the JPF state
 * bound and the time bound in seconds per run (default 200,000 and 300); then, optionally,
 * the rows to run (example enum names or fault ids), all by default.
 */
public final class EngineComparisonMeasurement {
    private static final ExplorationBudget EXHAUSTIVE_BUDGET = new ExplorationBudget(1_000_000, 5_000, 600_000);

    private EngineComparisonMeasurement() {
    }

    public static void main(String[] args) {
        long maxStates = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
        long maxSeconds = args.length > 1 ? Long.parseLong(args[1]) : 300;
        List<String> chosen = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        JpfRunner jpf = new JpfRunner(JpfInstallation.locate().require());
        JpfBudget budget = new JpfBudget(maxSeconds * 1000, maxStates,
                Integer.getInteger("jpf.heapMegabytes", 2048));
        System.out.println("| program | implementation | exhaustive: verdict, distinct states, time "
                + "| JPF PROGRAM_STATE | JPF API_STEP | JPF SYNCHRONIZATION | JPF BYTECODE |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (ExampleScenario scenario : ExampleScenario.values()) {
            if (chosen.isEmpty() || chosen.contains(scenario.name())) {
                // The sizes the exhaustive explorer pins: the sized examples at their smallest.
                int calls = scenario == ExampleScenario.MANAGED_AUTO_MARSHAL ? 1 : 0;
                Program program = scenario.hasCallCount() ? scenario.program(calls) : scenario.program();
                JpfTarget target = scenario.hasCallCount()
                        ? JpfTarget.example(scenario, JpfImplementations.REFERENCE, calls)
                        : JpfTarget.example(scenario, JpfImplementations.REFERENCE);
                row(target.id(), JpfImplementations.REFERENCE, program, RuntimeHelpers.reference(), target, jpf,
                        budget);
            }
        }
        for (Fault fault : FaultCatalogue.all()) {
            if (chosen.isEmpty() || chosen.contains(fault.id().toString())) {
                row(fault.id().toString(), fault.helpers().name(), fault.program(), fault.helpers(),
                        JpfTarget.fault(fault.id()), jpf, budget);
            }
        }
    }

    private static void row(String id, String implementationName, Program program, RuntimeHelpers implementation,
                            JpfTarget target, JpfRunner jpf, JpfBudget budget) {
        ExplorationResult explored = ExhaustiveExplorer.explore(program, implementation, EXHAUSTIVE_BUDGET);
        StringBuilder line = new StringBuilder(String.format("| %s | %s | %s, %,d, %.1f s |", id, implementationName,
                explored.verdict(), explored.distinctStates(), explored.millis() / 1000.0));
        for (JpfGranularity granularity : List.of(JpfGranularity.PROGRAM_STATE, JpfGranularity.API_STEP,
                JpfGranularity.SYNCHRONIZATION, JpfGranularity.BYTECODE)) {
            line.append(' ').append(cell(jpf.run(target, budget, granularity))).append(" |");
        }
        System.out.println(line);
    }

    private static String cell(JpfResult result) {
        String programStates = result.granularity().programStates()
                ? String.format("%,d program states, ", result.statistics().programStates()) : "";
        return String.format("%s, %s%,d new / %,d visited, %.1f s, %d MB", result.verdict(), programStates,
                result.statistics().newStates(), result.statistics().visitedStates(), result.millis() / 1000.0,
                result.peakHeapBytes() >> 20);
    }
}
