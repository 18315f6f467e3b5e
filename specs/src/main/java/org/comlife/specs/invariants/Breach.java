package org.comlife.specs.invariants;

import org.comlife.model.Invariant;

/** One way a state breaks the contract: the invariant, the property that saw it, and what happened. */
public record Breach(Invariant invariant, Property property, String message) {

    @Override
    public String toString() {
        return invariant + " [" + property.id() + "]: " + message;
    }
}
