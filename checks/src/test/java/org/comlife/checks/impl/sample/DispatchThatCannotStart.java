package org.comlife.checks.impl.sample;

import org.comlife.model.runtime.ReferenceProxyDispatch;

/** A user's proxy dispatch for the loader tests whose constructor throws, as a channel that cannot open would. */
public class DispatchThatCannotStart extends ReferenceProxyDispatch {

    public DispatchThatCannotStart() {
        throw new IllegalStateException("no RPC channel");
    }
}
