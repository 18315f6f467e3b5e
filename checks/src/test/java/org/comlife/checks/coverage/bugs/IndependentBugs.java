package org.comlife.checks.coverage.bugs;

import java.util.List;
import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Helper implementations written apart from the engines, each with one realistic bug in a
 * behaviour the catalogue's faults never touch (the escapes of the coverage issue), as the
 * runtime a user would hand to {@code comlife hunt --impl}.
 */
public final class IndependentBugs {
    private IndependentBugs() {
    }

    /**
     * One buggy implementation: its name, the runtime with it in place, the Lincheck check of its
     * helper, and whether the property engine's check catches it too (its chains are random and
     * judge server-side timing only through the invariants, so it catches some).
     */
    public record Bug(String name, RuntimeHelpers helpers, HelperCheck lincheck, boolean property) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Bug> all() {
        RuntimeHelpers reference = RuntimeHelpers.reference();
        return List.of(
                new Bug("suspend-only-at-zero", reference.withServerProcessCount("suspend-only-at-zero",
                        SuspendOnlyAtZeroCount::new), HelperCheck.SERVER_PROCESS_COUNT, false),
                new Bug("revoke-leaves-published", reference.withClassTable("revoke-leaves-published",
                        RevokeLeavesPublishedTable::new), HelperCheck.CLASS_TABLE, false),
                new Bug("single-use-serves-again", reference.withClassTable("single-use-serves-again",
                        SingleUseServesAgainTable::new), HelperCheck.CLASS_TABLE, false),
                new Bug("resume-publishes-one", reference.withClassTable("resume-publishes-one",
                        ResumePublishesOneTable::new), HelperCheck.CLASS_TABLE, false),
                new Bug("weak-as-strong", reference.withMarshaler("weak-as-strong", WeakAsStrongMarshaler::new),
                        HelperCheck.MARSHAL_PACKETS, true),
                new Bug("proxy-in-own-apartment", reference.withMarshaler("proxy-in-own-apartment",
                        ProxyInOwnApartmentMarshaler::new), HelperCheck.MARSHAL_PACKETS, true),
                new Bug("unsupported-iid-leaks", reference.withMarshaler("unsupported-iid-leaks",
                        UnsupportedIidLeaksMarshaler::new), HelperCheck.MARSHAL_PACKETS, true));
    }
}
