package org.comlife.checks.impl.sample;

import org.comlife.model.runtime.Marshaler;
import org.comlife.model.runtime.ReferenceGlobalInterfaceTable;

/** A user's GIT for the loader tests whose constructor throws, as a table that needs a missing resource would. */
public class GlobalInterfaceTableThatCannotStart extends ReferenceGlobalInterfaceTable {

    public GlobalInterfaceTableThatCannotStart(Marshaler marshaler) {
        super(marshaler);
        throw new IllegalStateException("no table storage");
    }
}
