package org.comlife.checks.cli;

/** Bad input the user can fix (a flag, a class, a path): reported in one line with exit code 2. */
public final class UsageProblem extends RuntimeException {
    public UsageProblem(String message) {
        super(message);
    }
}
