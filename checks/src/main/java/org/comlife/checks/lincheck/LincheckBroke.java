package org.comlife.checks.lincheck;

/**
 * Lincheck could not do its check: it failed inside its own code (its "caught a bug in Lincheck"
 * report, a class it could not load), or its run did not end (a loop or a deadlock it gave up
 * on). Never a finding about the implementation: the matrix reports an error cell.
 */
public final class LincheckBroke extends RuntimeException {
    public LincheckBroke(String message) {
        super(message);
    }
}
