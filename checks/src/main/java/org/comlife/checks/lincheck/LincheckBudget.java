package org.comlife.checks.lincheck;

/**
 * How much a Lincheck check explores: scenarios (iterations), interleavings or runs per
 * scenario (invocations), threads, operations per thread, and operations run sequentially
 * before the parallel part. Lincheck's defaults are far larger and, for a one-shot object such
 * as a NORMAL packet, spend it in the sequential part; the tier sets every number explicitly
 * (why each: README.md, "Lincheck tier").
 */
public record LincheckBudget(int iterations, int invocationsPerIteration, int threads, int actorsPerThread,
                             int actorsBefore) {

    public LincheckBudget {
        if (iterations < 1 || invocationsPerIteration < 1 || threads < 2 || actorsPerThread < 1 || actorsBefore < 0) {
            throw new IllegalArgumentException("a Lincheck budget needs iterations >= 1, invocations >= 1, "
                    + "threads >= 2, actors >= 1 and actors before >= 0, got " + iterations + "/"
                    + invocationsPerIteration + "/" + threads + "/" + actorsPerThread + "/" + actorsBefore);
        }
    }

    /** The total invocations the budget allows. */
    public long totalInvocations() {
        return (long) iterations * invocationsPerIteration;
    }

    @Override
    public String toString() {
        return iterations + " scenarios x " + invocationsPerIteration + " invocations, " + threads + " threads x "
                + actorsPerThread + " operations, " + actorsBefore + " before";
    }
}
