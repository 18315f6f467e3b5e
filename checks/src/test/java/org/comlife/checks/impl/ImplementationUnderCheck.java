package org.comlife.checks.impl;

import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The implementation the test suite checks where it checks "the implementation": the class
 * named by {@code -Dcomlife.impl=...}, or the reference. A class that does not load fails the
 * test with the loader's sentence.
 */
public final class ImplementationUnderCheck {
    private ImplementationUnderCheck() {
    }

    public static RuntimeHelpers get() {
        try {
            return ImplementationLoader.fromSystemProperty();
        } catch (ImplementationLoadException unloadable) {
            throw new IllegalStateException("-D" + ImplementationLoader.PROPERTY + ": " + unloadable.getMessage(),
                    unloadable);
        }
    }
}
