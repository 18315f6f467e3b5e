package org.comlife.checks.lincheck;

import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.LincheckEngine;

/**
 * Run in a JVM of its own by {@link LincheckInstallationTest}, since keeping Lincheck's
 * instrumentation installed changes the JVM for good: with {@code keep} as {@code comlife}'s
 * main does, else as Lincheck does by itself. Hunts a program fault and a helper fault, checks a
 * twin, releases the instrumentation and does it all again, printing one line per result.
 */
public final class KeptInstallationProbe {
    private KeptInstallationProbe() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("keep")) {
            LincheckInstallation.keepForThisProcess();
        }
        LincheckEngine engine = new LincheckEngine(2);
        for (int round = 1; round <= 2; round++) {
            for (String id : new String[] {"double-unmarshal", "split-release"}) {
                EngineFinding finding = engine.hunt(FaultCatalogue.named(id));
                System.out.println("round " + round + " " + id + " caught=" + finding.violationFound()
                        + " after " + finding.explored());
            }
            Fault fault = FaultCatalogue.named("double-unmarshal");
            ProgramOutcome twin = ScenarioModelCheck.check("twin", fault.twin(), fault.twinHelpers(), 2);
            System.out.println("round " + round + " twin passed=" + twin.passed() + " after " + twin.invocations());
            System.out.println("round " + round + " instrumentation " + LincheckInstallation.describe());
            engine.columnFinished();
        }
    }
}
