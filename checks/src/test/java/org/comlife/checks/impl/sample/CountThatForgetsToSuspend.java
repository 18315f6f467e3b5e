package org.comlife.checks.impl.sample;

import org.comlife.model.runtime.ReferenceServerProcessCount;

/** A user's implementation for the loader tests: counts right, but never suspends class objects at zero. */
public class CountThatForgetsToSuspend extends ReferenceServerProcessCount {

    @Override
    public int release() {
        return decrement();
    }
}
