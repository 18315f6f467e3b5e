package org.comlife.checks.coverage.map;

import java.util.EnumSet;
import java.util.Set;

/** The helper calls seen so far, from any thread. */
public final class CoverageRecorder {
    private final Set<HelperCall> seen = EnumSet.noneOf(HelperCall.class);

    public synchronized void saw(HelperCall call) {
        seen.add(call);
    }

    public synchronized Set<HelperCall> seen() {
        return seen.isEmpty() ? EnumSet.noneOf(HelperCall.class) : EnumSet.copyOf(seen);
    }
}
