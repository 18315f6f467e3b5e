package org.comlife.checks.jpf.search;

/**
 * What the JPF JVM observed in one run, before any verdict: whether JPF's VM initialized (the
 * target loaded), its statistics, the search's time and the JVM's peak heap, the bound JPF hit
 * (or null), an exception JPF threw (or null), and the first error (or null).
 */
public record JpfFacts(boolean vmInitialized, JpfStatistics statistics, long millis, long peakHeapBytes,
                String searchConstraint, String failure, JpfErrorReport error) {
}
