package org.comlife.checks.usercheck;

/**
 * A user's program that comlife cannot check: the class is missing, is not a program, has no
 * constructor comlife can call, its constructor or its {@code start} threw, a parameter is
 * wrong, it starts no thread, or a thread loops or blocks outside COM. The message says what is
 * wrong and what is expected, in one line (a usage error, exit code 2).
 */
public final class ProgramRejected extends Exception {
    public ProgramRejected(String message) {
        super(message);
    }

    public ProgramRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
