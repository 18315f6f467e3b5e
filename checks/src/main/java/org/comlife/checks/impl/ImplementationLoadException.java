package org.comlife.checks.impl;

/** A user's implementation could not be loaded; the message says what is wrong and what is expected. */
public final class ImplementationLoadException extends Exception {
    public ImplementationLoadException(String message) {
        super(message);
    }

    public ImplementationLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
