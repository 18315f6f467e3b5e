package org.comlife.model.examples;

import java.io.PrintStream;
import org.comlife.model.ComProcess;
import org.comlife.model.ComWorld;
import org.comlife.model.journal.Violation;

/**
 * Runs the three examples of the source documents on real threads and prints, for each, its
 * journal, what the sanitizer found, and the server processes' fate. Exits 1 when any
 * example broke an invariant.
 */
public final class ExampleRunner {
    private ExampleRunner() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = System.out;
        int broken = 0;
        broken += report(out, "1. Visual Studio package: a service from a background thread", VsPackageExample.run());
        broken += report(out, "2. Managed code marshals automatically (GIT wrapper)", ManagedAutoMarshalExample.run());
        broken += report(out, "3. Multi-class out-of-process server", OutOfProcessServerExample.run());
        out.println(broken == 0 ? "All three examples ran with no violation."
                : broken + " violation(s) found.");
        if (broken > 0) {
            System.exit(1);
        }
    }

    private static int report(PrintStream out, String title, ComWorld world) {
        out.println("== " + title);
        out.print(world.journal().render());
        for (ComProcess process : world.processes()) {
            out.println("   process " + process.name() + " (" + process.role() + "): "
                    + (process.isExited() ? "exited" : "running"));
        }
        if (world.scm().launches() > 0) {
            out.println("   SCM launches: " + world.scm().launches());
        }
        for (Violation violation : world.violations()) {
            out.println("   VIOLATION " + violation);
        }
        out.println("   " + world.journal().size() + " calls, " + world.violations().size() + " violations");
        out.println();
        return world.violations().size();
    }
}
