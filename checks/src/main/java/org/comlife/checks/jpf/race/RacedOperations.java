package org.comlife.checks.jpf.race;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link RacedHelper} made of named operations, each answering as text, and a reading of the
 * state: how every race wraps both its helper under test and its sequential specification. A
 * named class with plain fields on purpose: JPF failed to construct an anonymous class that
 * captured several generic suppliers ({@code NoSuchMethodException} on its constructor). This
 * code runs inside JPF.
 */
final class RacedOperations implements RacedHelper {
    private final String helper;
    private final Supplier<String> state;
    private final List<String> names = new ArrayList<>();
    private final List<Supplier<String>> operations = new ArrayList<>();

    /** A helper (named for messages) whose state the supplier reads. */
    RacedOperations(String helper, Supplier<String> state) {
        this.helper = helper;
        this.state = state;
    }

    /** Adds an operation the race can name. */
    RacedOperations with(String name, Supplier<String> operation) {
        names.add(name);
        operations.add(operation);
        return this;
    }

    @Override
    public Supplier<String> operation(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(helper + " has no operation " + name + "; it has " + names);
        }
        return operations.get(index);
    }

    @Override
    public String state() {
        return state.get();
    }
}
