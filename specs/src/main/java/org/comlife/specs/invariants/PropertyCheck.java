package org.comlife.specs.invariants;

import java.util.List;
import org.comlife.model.snapshot.WorldSnapshot;

/** A predicate over a snapshot: the ways the state breaks the property (empty when it holds). */
@FunctionalInterface
public interface PropertyCheck {
    List<String> failures(WorldSnapshot state);
}
