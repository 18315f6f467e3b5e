package org.comlife.checks.matrix;

import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.RawTrace;

/**
 * What one engine run found: a violation or not, how much it explored (and in what unit), the
 * time, a counterexample when it has one, what replays it, a remark for the reader (a bound
 * reached, what was checked), and the engine's own output when it has some (the report keeps an
 * excerpt).
 */
public record EngineFinding(boolean violationFound, long millis, long explored, String exploredUnit,
                            Counterexample counterexample, String remark, ReplayData replay, RawTrace trace) {

    public EngineFinding {
        if (replay == null) {
            throw new IllegalArgumentException("a finding says what replays it (ReplayData.NONE for nothing)");
        }
    }

    /** A finding without the engine's own output. */
    public EngineFinding(boolean violationFound, long millis, long explored, String exploredUnit,
                         Counterexample counterexample, String remark, ReplayData replay) {
        this(violationFound, millis, explored, exploredUnit, counterexample, remark, replay, null);
    }

    /** Nothing found after exploring {@code explored} of {@code unit}. */
    public static EngineFinding clean(long millis, long explored, String unit, String remark) {
        return new EngineFinding(false, millis, explored, unit, null, remark, ReplayData.NONE);
    }
}
