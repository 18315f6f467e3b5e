package org.comlife.checks.coverage.bugs;

import org.comlife.model.runtime.ReferenceServerProcessCount;

/** A server-process count whose release answers with a post-decrement. */
public class ReleaseReturnsOldCount extends ReferenceServerProcessCount {
    @Override
    protected synchronized int decrement() {
        int before = count();
        int after = super.decrement();
        // The bug: the count before the release is returned, so the last release answers 1 and never suspends.
        return after < 0 ? after : before;
    }
}
