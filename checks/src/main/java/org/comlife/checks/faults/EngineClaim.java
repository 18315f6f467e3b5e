package org.comlife.checks.faults;

import org.comlife.checks.matrix.EngineId;

/**
 * What one engine promises about one fault. A claimed fault must be caught by the engine: the
 * matrix's gate fails when it escapes. An unclaimed one may still be caught in the full hunt,
 * but nothing is promised, and the reason says why. A fault out of the engine's reach cannot be
 * exposed by it at all, and the reason says why not.
 *
 * @param engine the engine
 * @param stance claimed, not claimed, or out of reach
 * @param reason why the engine does not claim the fault; null when it does
 */
public record EngineClaim(EngineId engine, Stance stance, String reason) {

    /** An engine's stance on a fault. */
    public enum Stance {
        /** The engine must catch the fault. */
        CLAIMED,
        /** The engine may catch the fault in the full hunt, but does not promise to. */
        NOT_CLAIMED,
        /** The engine cannot expose the fault. */
        OUT_OF_REACH
    }

    public EngineClaim {
        if (engine == null || stance == null) {
            throw new IllegalArgumentException("a claim names its engine and its stance");
        }
        boolean explained = reason != null && !reason.trim().isEmpty(); // JPF's String has no isBlank
        if (explained == (stance == Stance.CLAIMED)) {
            throw new IllegalArgumentException(stance == Stance.CLAIMED ? "a claim of " + engine.id()
                    + " needs no reason" : engine.id() + " not claiming a fault needs a reason");
        }
    }

    public static EngineClaim claimed(EngineId engine) {
        return new EngineClaim(engine, Stance.CLAIMED, null);
    }

    public boolean isClaimed() {
        return stance == Stance.CLAIMED;
    }

    public boolean isOutOfReach() {
        return stance == Stance.OUT_OF_REACH;
    }

    /** "claimed", or the stance and its reason, for the CLI and the reports. */
    public String describe() {
        switch (stance) {
            case CLAIMED:
                return "claimed";
            case NOT_CLAIMED:
                return "not claimed: " + reason;
            default:
                return "out of reach: " + reason;
        }
    }
}
