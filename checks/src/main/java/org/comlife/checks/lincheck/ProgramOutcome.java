package org.comlife.checks.lincheck;

/**
 * What Lincheck's model checker found over one program run on real threads: passed, or its
 * report (the interleaving, the broken invariant), with the interleavings that really ran.
 */
public record ProgramOutcome(String program, String implementation, boolean passed, String failure, int invocations,
                             long millis) {
}
