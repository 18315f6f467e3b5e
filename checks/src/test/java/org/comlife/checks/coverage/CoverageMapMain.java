package org.comlife.checks.coverage;

import org.comlife.checks.coverage.map.CoverageMap;

/** Prints the coverage map of the reference row (the same as {@code comlife coverage}). */
public final class CoverageMapMain {
    private CoverageMapMain() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        System.out.print(CoverageMap.ofReferenceRow().markdown());
        System.err.printf("recorded in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
