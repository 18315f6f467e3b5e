package org.comlife.checks.coverage.bugs;

import org.comlife.model.Registration;
import org.comlife.model.runtime.ReferenceClassTable;

/** A class table that hides every registration it served, as if all were REGCLS_SINGLEUSE. */
public class EveryUseSingleTable extends ReferenceClassTable {
    @Override
    protected void claim(Registration served) {
        // The bug: a MULTIPLEUSE registration is hidden after its first activation too.
        served.markUsed();
    }
}
