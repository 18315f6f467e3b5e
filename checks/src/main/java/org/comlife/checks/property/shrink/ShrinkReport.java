package org.comlife.checks.property.shrink;

/**
 * What shrinking did: how many candidate chains were valid and run, how many runs that took, how
 * many shrink steps were kept, the preemptions of the schedule before and after its own
 * shrinking, and the time spent.
 */
public record ShrinkReport(int candidatesRun, int runs, int accepted, int preemptionsBefore, int preemptionsAfter,
                           long millis) {
}
