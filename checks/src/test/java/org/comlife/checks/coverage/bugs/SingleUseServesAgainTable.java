package org.comlife.checks.coverage.bugs;

import org.comlife.model.Clsid;
import org.comlife.model.Registration;
import org.comlife.model.runtime.ReferenceClassTable;

/** A class table whose activation lookup forgets what REGCLS_SINGLEUSE means. */
public class SingleUseServesAgainTable extends ReferenceClassTable {
    @Override
    public synchronized Registration claimForActivation(Clsid clsid) {
        for (Registration candidate : registrations()) {
            // The bug: a SINGLEUSE registration stays published after its activation.
            if (candidate.isPublished() && candidate.clsid().equals(clsid)) {
                return candidate;
            }
        }
        return null;
    }
}
