package org.comlife.checks.usercheck;

import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.EngineId;

/**
 * One engine as {@code comlife check} runs it on a user's program, with the reference runtime:
 * a finding is a run of the program that breaks the contract (or a thread of the program that
 * fails). An engine run that cannot finish (it crashed, or the program looped on a schedule
 * the first runs did not take) throws; the check reports it as an error, never as a verdict.
 */
public interface ProgramEngine {
    /** How the remark of a search that its bound stopped before it explored everything begins. */
    String BOUND_REACHED = "bound reached";

    /** Which engine this is, as reports and {@code --engines} name it. */
    EngineId id();

    /** What the engine does with a program, in one sentence (the report's column description). */
    String description();

    /** Null when the engine can run here; otherwise why not and how to make it run. */
    String unavailableReason();

    /** Checks the program; throws when the engine could not finish. */
    EngineFinding check(UserProgram program);
}
