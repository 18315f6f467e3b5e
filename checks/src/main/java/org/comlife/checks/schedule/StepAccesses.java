package org.comlife.checks.schedule;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.comlife.model.StateAccess;
import org.comlife.model.StatePart;

/**
 * What each step of a scheduled run read and wrote of the model's state, as the model reports
 * it ({@link StateAccess}): the deterministic scheduler starts a record when it hands a thread
 * the turn and closes it when the turn comes back, and asks the same of every blocked thread's
 * wait (what deciding whether it can go on reads). Accesses outside a record (the program's
 * setup, snapshots taken between steps, threads unwinding after the run) are not recorded.
 *
 * <p>One step runs at a time, on the Java thread of the logical thread holding the turn; the
 * scheduler reads a record only after the turn has come back (a volatile hand-over), so the
 * record needs no lock.
 */
public final class StepAccesses implements StateAccess {
    private static final StatePart[] PARTS = StatePart.values();

    /** Whether a record is open. */
    private volatile boolean recording;
    private int paused;
    /** Per entity of the open record: the parts read and the parts written, as bits of {@link StatePart} ordinals. */
    private final Map<Object, long[]> touched = new IdentityHashMap<>();
    /** What the last step touched; written by the scheduler between steps. */
    private List<Access> lastStep = List.of();
    /** What deciding whether each blocked thread can go on read, by thread name, at the last choice. */
    private final Map<String, List<Access>> waits = new java.util.HashMap<>();
    /** Whether the last choice offered a blocked thread only to look again (nobody else could run). */
    private boolean recheck;

    /** One access of a step: the entity, its part, and whether it was written. */
    public record Access(Object entity, StatePart part, boolean write) {
    }

    /** What the step that ended last read and wrote (empty before the first step). */
    public List<Access> lastStep() {
        return lastStep;
    }

    /**
     * What deciding whether each blocked thread could go on read, at the choice the scheduler
     * offered last, by thread name ({@code process/thread}).
     */
    public Map<String, List<Access>> waits() {
        return waits;
    }

    /** Whether the choice offered last was a blocked thread given a turn to look again because nobody could run. */
    public boolean lastChoiceWasRecheck() {
        return recheck;
    }

    /** A step begins. */
    void stepBegins() {
        begin();
    }

    /** The step that began has ended. */
    void stepEnded() {
        lastStep = end();
    }

    /** The choice about to be offered: forget the waits of the last. */
    void choiceBegins() {
        waits.clear();
        recheck = false;
    }

    /** Records what deciding about one blocked thread reads, while it runs. */
    boolean waitOf(String thread, java.util.function.BooleanSupplier canProceed) {
        begin();
        boolean can = canProceed.getAsBoolean();
        waits.put(thread, end());
        return can;
    }

    void markRecheck() {
        recheck = true;
    }

    /** Opens a record. */
    private void begin() {
        touched.clear();
        paused = 0;
        recording = true;
    }

    /** Closes the record: every entity's parts read and written, each once (a written part counts as written only). */
    private List<Access> end() {
        recording = false;
        List<Access> accesses = new ArrayList<>();
        for (Map.Entry<Object, long[]> entry : touched.entrySet()) {
            long reads = entry.getValue()[0];
            long writes = entry.getValue()[1];
            for (StatePart part : PARTS) {
                long bit = 1L << part.ordinal();
                if ((writes & bit) != 0) {
                    accesses.add(new Access(entry.getKey(), part, true));
                } else if ((reads & bit) != 0) {
                    accesses.add(new Access(entry.getKey(), part, false));
                }
            }
        }
        touched.clear();
        return accesses;
    }

    @Override
    public void read(Object entity, StatePart part) {
        note(entity, part, 0);
    }

    @Override
    public void write(Object entity, StatePart part) {
        note(entity, part, 1);
    }

    private void note(Object entity, StatePart part, int kind) {
        if (!recording || paused > 0) {
            return;
        }
        touched.computeIfAbsent(entity, unused -> new long[2])[kind] |= 1L << part.ordinal();
    }

    @Override
    public void pause() {
        if (recording) {
            paused++;
        }
    }

    @Override
    public void resume() {
        if (recording && paused > 0) {
            paused--;
        }
    }
}
