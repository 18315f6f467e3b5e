package org.comlife.checks.property.execute;

import java.util.List;
import java.util.function.Supplier;
import org.comlife.checks.schedule.RunState;
import org.comlife.checks.schedule.StepObserver;
import org.comlife.model.ComWorld;
import org.comlife.model.snapshot.WorldSnapshot;
import org.comlife.specs.invariants.Breach;
import org.comlife.specs.invariants.InvariantChecker;

/**
 * Checks every invariant in every state the scheduler shows, and stops the run at the first
 * breach. A deadlock ends the run, so the end-of-run invariants are read in that state too.
 */
public final class InvariantWatch implements StepObserver {
    private List<Breach> breaches = List.of();

    @Override
    public boolean stopBefore(int step, ComWorld world, Supplier<RunState> threads) {
        List<Breach> found = InvariantChecker.check(WorldSnapshot.of(world), world.isDeadlocked());
        if (found.isEmpty()) {
            return false;
        }
        breaches = found;
        return true;
    }

    public List<Breach> breaches() {
        return breaches;
    }
}
