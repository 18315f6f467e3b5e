package org.comlife.checks.impl.sample;

import org.comlife.model.runtime.ReferenceClassObjectActivation;

/** A user's activation path for the loader tests whose constructor throws, as one that needs a missing resource would. */
public class ActivationThatCannotStart extends ReferenceClassObjectActivation {

    public ActivationThatCannotStart() {
        throw new IllegalStateException("no activation queue");
    }
}
