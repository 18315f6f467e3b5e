package org.comlife.checks.matrix;

import org.comlife.reports.schema.Counterexample;

/**
 * What one engine run found: a violation or not, how much it explored (and in what unit), the
 * time, a counterexample when it has one, what replays it, and a remark for the reader (a bound
 * reached, what was checked).
 */
public record EngineFinding(boolean violationFound, long millis, long explored, String exploredUnit,
                            Counterexample counterexample, String remark, ReplayData replay) {

    public EngineFinding {
        if (replay == null) {
            throw new IllegalArgumentException("a finding says what replays it (ReplayData.NONE for nothing)");
        }
    }

    /** Nothing found after exploring {@code explored} of {@code unit}. */
    public static EngineFinding clean(long millis, long explored, String unit, String remark) {
        return new EngineFinding(false, millis, explored, unit, null, remark, ReplayData.NONE);
    }
}
