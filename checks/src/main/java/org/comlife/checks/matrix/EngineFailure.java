package org.comlife.checks.matrix;

/**
 * An engine could not do its job (it crashed inside its own code, could not load a class, met a
 * program that behaves differently on the same schedule): the cell is an error, never a verdict.
 * The message says what failed, in words a user can act on.
 */
public final class EngineFailure extends RuntimeException {
    public EngineFailure(String message) {
        super(message);
    }

    public EngineFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
