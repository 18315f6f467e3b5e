package org.comlife.checks.coverage.bugs;

import org.comlife.model.Registration;
import org.comlife.model.runtime.ReferenceClassTable;

/** A class table whose resume stops at the first suspended registration. */
public class ResumePublishesOneTable extends ReferenceClassTable {
    @Override
    public synchronized int publishSuspended() {
        for (Registration candidate : registrations()) {
            if (candidate.isWaitingForResume()) {
                candidate.publish();
                // The bug: one class is published; the others registered SUSPENDED stay hidden.
                return 1;
            }
        }
        return 0;
    }
}
