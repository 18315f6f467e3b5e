package org.comlife.checks.cli;

import java.util.concurrent.Callable;
import org.comlife.checks.faults.EngineIds;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import picocli.CommandLine.Command;

/** Lists the faults (id, kind, invariants, the engines that claim it) and the engines. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the faults, the engines, and the claims.")
final class ListCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.printf("%-28s %-8s %-12s %s%n", "fault", "kind", "invariants", "claimed by");
        for (Fault fault : FaultCatalogue.all()) {
            System.out.printf("%-28s %-8s %-12s %s%n", fault.id(), fault.kind().name().toLowerCase(),
                    fault.invariantNumbers(), String.join(", ", fault.claimedEngines()));
        }
        System.out.println();
        System.out.println("engines: " + String.join(", ", EngineIds.ALL)
                + " (jpf runs when jpf-core is given: --jpf PATH or JPF_HOME)");
        for (String engine : EngineIds.ALL) {
            System.out.println("  " + engine + " claims " + FaultCatalogue.claimedBy(engine).size() + " faults");
        }
        return 0;
    }
}
