package org.comlife.checks.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.matrix.EngineId;
import picocli.CommandLine.Command;

/** Lists the faults (id, kind, invariants, the engines that claim it) and the engines. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the faults, the engines, and the claims.")
final class ListCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.printf("%-28s %-8s %-12s %s%n", "fault", "kind", "invariants", "claimed by");
        for (Fault fault : FaultCatalogue.all()) {
            List<String> claiming = new ArrayList<>();
            for (EngineId engine : fault.claimedEngines()) {
                claiming.add(engine.id());
            }
            System.out.printf("%-28s %-8s %-12s %s%n", fault.id(), fault.kind().name().toLowerCase(),
                    fault.invariantNumbers(), String.join(", ", claiming));
        }
        System.out.println();
        System.out.println("engines: " + String.join(", ", EngineId.ids())
                + " (jpf runs when jpf-core is given: --jpf PATH or JPF_HOME)");
        for (EngineId engine : EngineId.values()) {
            System.out.println("  " + engine.id() + " claims " + FaultCatalogue.claimedBy(engine).size() + " faults: "
                    + engine.description());
        }
        System.out.println("`comlife explain <fault>` says why each engine claims the fault or not.");
        return 0;
    }
}
