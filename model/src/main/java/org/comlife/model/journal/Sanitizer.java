package org.comlife.model.journal;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.Invariant;

/**
 * The model's own sanitizer: misuse that is undefined behaviour in C (a released stream used,
 * a double release, a call into an exited process, shutdown with clients still holding
 * references) is recorded here instead of corrupting state or crashing.
 */
public final class Sanitizer {
    private final List<Violation> violations = new ArrayList<>();

    public synchronized Violation record(Invariant invariant, String description, String process,
                                         String thread, int step) {
        if (invariant == null) {
            throw new IllegalArgumentException("a violation names the invariant it breaks");
        }
        Violation violation = new Violation(invariant, description, process, thread, step);
        violations.add(violation);
        return violation;
    }

    /** A copy of every violation so far, in the order detected. */
    public synchronized List<Violation> violations() {
        return new ArrayList<>(violations);
    }

    public synchronized boolean isClean() {
        return violations.isEmpty();
    }

    public synchronized int count() {
        return violations.size();
    }
}
