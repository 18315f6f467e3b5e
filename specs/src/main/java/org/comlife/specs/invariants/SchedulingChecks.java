package org.comlife.specs.invariants;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.ApartmentKind;
import org.comlife.model.snapshot.ApartmentSnapshot;
import org.comlife.model.snapshot.ProcessSnapshot;
import org.comlife.model.snapshot.WorldSnapshot;

/** The state predicates of message dispatch: invariant 6. */
final class SchedulingChecks {
    private SchedulingChecks() {
    }

    static List<String> notDeadlocked(WorldSnapshot state) {
        return state.deadlocked() ? List.of("every thread waits and none can proceed") : List.of();
    }

    static List<String> noUndispatchedCall(WorldSnapshot state) {
        List<String> failures = new ArrayList<>();
        for (ProcessSnapshot process : state.processes()) {
            for (ApartmentSnapshot apartment : process.apartments()) {
                if (apartment.kind() == ApartmentKind.STA && apartment.alive() && apartment.queuedCalls() > 0) {
                    failures.add(apartment.queuedCalls() + " call(s) never dispatched by STA#" + apartment.id().number()
                            + " of " + apartment.owner());
                }
            }
        }
        return failures;
    }
}
