package org.comlife.checks.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;

/**
 * Derives the minimal counterexample of every catalogue fault and writes them to
 * checks/src/main/resources (run from the repository's root, see {@link PinnedCounterexamples}).
 */
public final class PinCounterexamples {
    private PinCounterexamples() {
    }

    public static void main(String[] args) throws Exception {
        List<PinnedCounterexamples.Pinned> pinned = new ArrayList<>();
        for (Fault fault : FaultCatalogue.all()) {
            long start = System.nanoTime();
            pinned.add(CounterexampleDerivation.derive(fault));
            System.out.println(fault.id() + ": " + pinned.get(pinned.size() - 1).engine() + ", "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        Path file = Path.of(args.length > 0 ? args[0] : "checks/src/main/resources" + PinnedCounterexamples.RESOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, PinnedCounterexamples.JSON.writeValueAsString(pinned) + "\n");
        System.out.println("pinned " + pinned.size() + " counterexamples in " + file);
        System.exit(0);
    }
}
