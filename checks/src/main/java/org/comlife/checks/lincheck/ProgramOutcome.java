package org.comlife.checks.lincheck;

/**
 * What Lincheck's model checker found over one program run on real threads: passed, or its
 * report (Lincheck's text) and the finding read from it, with the interleavings that really ran.
 */
public record ProgramOutcome(String program, String implementation, boolean passed, String failure,
                             LincheckFinding finding, int invocations, long millis) {
}
