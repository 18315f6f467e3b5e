package org.comlife.specs.invariants;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.Invariant;
import org.comlife.model.journal.Violation;
import org.comlife.model.snapshot.WorldSnapshot;

/**
 * Evaluates the contract on a snapshot: the sanitizer's violations, then every property whose
 * phase applies. {@link Phase#ALWAYS} properties are checked in every state; at the end of a
 * run the {@link Phase#AT_END} properties too.
 */
public final class InvariantChecker {
    private InvariantChecker() {
    }

    /** Every breach in this state; {@code atEnd} adds the end-of-run properties. */
    public static List<Breach> check(WorldSnapshot state, boolean atEnd) {
        List<Breach> breaches = new ArrayList<>();
        for (Violation violation : state.violations()) {
            breaches.add(new Breach(violation.invariant(), Property.SANITIZER,
                    violation.toString()));
        }
        for (Property property : Property.values()) {
            if (property == Property.SANITIZER || (property.phase() == Phase.AT_END && !atEnd)) {
                continue;
            }
            for (String failure : property.failures(state)) {
                breaches.add(new Breach(property.invariant(), property, failure));
            }
        }
        return breaches;
    }
}
