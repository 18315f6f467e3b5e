package org.comlife.checks.coverage.bugs;

import org.comlife.model.Clsid;
import org.comlife.model.Registration;
import org.comlife.model.runtime.ReferenceClassTable;

/** A class table whose activation lookup matches the CLSID alone. */
public class ClaimIgnoresPublishTable extends ReferenceClassTable {
    @Override
    protected boolean serves(Registration candidate, Clsid clsid) {
        // The bug: an unpublished registration (REGCLS_SUSPENDED, or SINGLEUSE already used) still serves.
        return candidate.clsid().equals(clsid);
    }
}
