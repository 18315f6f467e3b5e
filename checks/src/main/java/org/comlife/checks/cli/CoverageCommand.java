package org.comlife.checks.cli;

import java.util.concurrent.Callable;
import org.comlife.checks.coverage.map.CoverageMap;
import picocli.CommandLine.Command;

/** Prints which helper calls each engine's check of an implementation exercises, and why each blank is blank. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Print the coverage map: each helper operation x flag x engine, exercised or why not "
                + "(records the reference row's checks: a minute or two).")
final class CoverageCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("recording the reference row's checks (Lincheck, property engine, exhaustive explorer)...");
        System.out.print(CoverageMap.ofReferenceRow().markdown());
        return 0;
    }
}
