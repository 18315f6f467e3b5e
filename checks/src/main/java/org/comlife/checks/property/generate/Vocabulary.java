package org.comlife.checks.property.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.comlife.checks.property.action.ActionKind;
import org.comlife.checks.property.action.Actions;
import org.comlife.checks.property.action.Misuse;

/**
 * Which actions the generator may use: every correct kind always, and the misuses enabled to
 * hunt a fault. The default vocabulary has no misuse, so its chains are correct uses of the API
 * and any broken invariant is the implementation's.
 */
public record Vocabulary(Set<Misuse> misuses) {
    public Vocabulary {
        // An EnumSet keeps the misuses in declaration order, so reports read the same in every run.
        misuses = misuses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(misuses));
    }

    /** Correct use of the API only. */
    public static Vocabulary correct() {
        return new Vocabulary(Set.of());
    }

    /** Correct use plus the given misuses. */
    public static Vocabulary withMisuses(Misuse... enabled) {
        return new Vocabulary(Set.of(enabled));
    }

    /** Every misuse at once: for coverage, not for hunting one fault. */
    public static Vocabulary everything() {
        return new Vocabulary(EnumSet.allOf(Misuse.class));
    }

    public boolean allows(Misuse misuse) {
        return misuses.contains(misuse);
    }

    public boolean allows(ActionKind kind) {
        if (kind.misuse() == null) {
            return misuses.isEmpty() || kind.inHunts();
        }
        return misuses.contains(kind.misuse());
    }

    /** The kinds this vocabulary allows, in {@link Actions#KINDS} order. */
    public List<ActionKind> kinds() {
        List<ActionKind> allowed = new ArrayList<>();
        for (ActionKind kind : Actions.KINDS) {
            if (allows(kind)) {
                allowed.add(kind);
            }
        }
        return allowed;
    }

    @Override
    public String toString() {
        return misuses.isEmpty() ? "correct use only" : "correct use plus misuse " + misuses;
    }
}
