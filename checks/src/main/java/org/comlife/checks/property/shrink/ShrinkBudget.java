package org.comlife.checks.property.shrink;

/**
 * How much shrinking may cost: runs in all, other schedules tried per candidate chain (after the
 * lenient replay of the current schedule), and schedules tried per preemption bound when the
 * schedule itself is shrunk.
 */
public record ShrinkBudget(int maxRuns, int randomSchedulesPerCandidate, int schedulesPerBound) {

    public static ShrinkBudget defaults() {
        return new ShrinkBudget(2_000, 8, 12);
    }
}
