package org.comlife.checks.property.execute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.comlife.model.Invariant;
import org.comlife.specs.invariants.Breach;

/**
 * Why a case failed: the kind, the breaches of the state the run stopped in (for an invariant),
 * and a sentence. The first breach's invariant is the one a shrunk case must still break.
 */
public record CaseFailure(FailureKind kind, List<Breach> breaches, String detail) {

    public CaseFailure {
        breaches = List.copyOf(breaches);
    }

    /** The invariant this failure is about, or null when no invariant broke. */
    public Invariant invariant() {
        return breaches.isEmpty() ? null : breaches.get(0).invariant();
    }

    /** The same failure with the first breach of a hunted invariant moved to the front (unchanged if none). */
    public CaseFailure focusedOn(Set<Invariant> hunted) {
        for (int i = 0; i < breaches.size(); i++) {
            if (hunted.contains(breaches.get(i).invariant())) {
                List<Breach> reordered = new ArrayList<>(breaches);
                reordered.add(0, reordered.remove(i));
                return new CaseFailure(kind, reordered, detail);
            }
        }
        return this;
    }

    /** Whether any breach is of one of the invariants. */
    public boolean breaksAny(Set<Invariant> invariants) {
        for (Breach breach : breaches) {
            if (invariants.contains(breach.invariant())) {
                return true;
            }
        }
        return false;
    }

    /** Whether any breach is of the invariant. */
    public boolean breaks(Invariant invariant) {
        for (Breach breach : breaches) {
            if (breach.invariant() == invariant) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this failure is the same as the target's: the same broken invariant (found during
     * the run or at its end), or, when no invariant broke, the same kind and detail class.
     */
    public boolean sameAs(CaseFailure target) {
        if (target.invariant() != null) {
            return breaks(target.invariant());
        }
        return kind == target.kind()
                && (kind != FailureKind.PROPERTY || firstWord(detail).equals(firstWord(target.detail)));
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    /** One line: the invariant and the first breach, or the kind and detail. */
    public String headline() {
        if (!breaches.isEmpty()) {
            return breaches.get(0).toString();
        }
        return kind.name().toLowerCase().replace('_', ' ') + ": " + detail;
    }
}
