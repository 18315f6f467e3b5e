package org.comlife.checks.jpf.host;

import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.jpf.program.JpfPrograms;
import org.comlife.checks.jpf.race.HelperRace;
import org.comlife.checks.jpf.race.JpfHelperRaceDriver;
import org.comlife.checks.lincheck.ExampleScenario;

/**
 * Not a test: prints the JPF tier's measurements (states, depth, time, heap, verdict) for the
 * runs named on the command line, each {@code program,implementation,GRANULARITY,maxStates,maxSeconds}
 * where the program is an example's enum name (with a call count: {@code NAME/calls}),
 * {@code fault:<id>}, {@code twin:<id>} or {@code race:<id>} (a {@link HelperRace}; for a fault
 * the implementation is ignored: the fault's own helpers run). Run it with the test class
 * path and -Djpf.home; the numbers in checks/JPF.md come from here.
 */
public final class JpfMeasurement {
    private JpfMeasurement() {
    }

    public static void main(String[] args) {
        JpfRunner runner = new JpfRunner(JpfInstallation.locate().require());
        for (String run : args) {
            String[] part = run.split(",");
            JpfBudget budget = new JpfBudget(Long.parseLong(part[4]) * 1000, Long.parseLong(part[3]),
                    Integer.getInteger("jpf.heapMegabytes", 2048));
            JpfResult result = runner.run(target(part[0], part[1]), budget, JpfGranularity.valueOf(part[2]));
            System.out.println(result.summary());
            if (result.counterexample() != null) {
                System.out.print(result.counterexample().render());
            }
            if (result.failure() != null) {
                System.out.println("  failure: " + result.failure());
            }
        }
    }

    private static JpfTarget target(String program, String implementation) {
        if (program.startsWith(JpfPrograms.FAULT_PREFIX)) {
            return JpfTarget.fault(FaultCatalogue.named(program.substring(JpfPrograms.FAULT_PREFIX.length())).id());
        }
        if (program.startsWith(JpfPrograms.TWIN_PREFIX)) {
            return JpfTarget.twin(FaultCatalogue.named(program.substring(JpfPrograms.TWIN_PREFIX.length())).id(),
                    implementation);
        }
        if (program.startsWith(JpfHelperRaceDriver.PROGRAM_PREFIX)) {
            return JpfTarget.helperRace(HelperRace.byId(program.substring(JpfHelperRaceDriver.PROGRAM_PREFIX.length())),
                    implementation);
        }
        int separator = program.indexOf(JpfPrograms.CALLS_SEPARATOR);
        if (separator >= 0) {
            return JpfTarget.example(ExampleScenario.valueOf(program.substring(0, separator)), implementation,
                    Integer.parseInt(program.substring(separator + 1)));
        }
        return JpfTarget.example(ExampleScenario.valueOf(program), implementation);
    }
}
