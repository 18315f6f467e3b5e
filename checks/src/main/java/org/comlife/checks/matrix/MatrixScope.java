package org.comlife.checks.matrix;

/** How much of the matrix runs on fault rows (the reference row always runs every engine). */
public enum MatrixScope {
    /** Every available engine hunts every fault, claimed or not: the full hunt. */
    FULL,
    /**
     * Only the engines that claim a fault hunt it; the other cells are reported as skipped
     * with that reason. Quick enough for every build.
     */
    CLAIMED_ONLY
}
