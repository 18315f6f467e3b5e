package org.comlife.checks.schedule;

/** A replayed schedule names a thread that cannot run at that step: the program or the implementation changed. */
public final class ScheduleDiverged extends RuntimeException {
    public ScheduleDiverged(String message) {
        super(message);
    }
}
