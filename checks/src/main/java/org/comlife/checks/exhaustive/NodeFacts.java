package org.comlife.checks.exhaustive;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What partial-order reduction keeps of one state ({@link StubbornSets}): how far each thread
 * there has got in its code, what the invariants read of each process ({@link ObservedState}),
 * and, once a run has stood in it, what deciding whether each blocked thread could go on read
 * and whether its one choice was a blocked thread looking again; then, choice by choice, what
 * the step it leads to read and wrote.
 */
final class NodeFacts {
    /** The threads of the state ({@code process/thread}), in the order of {@link #progress}. */
    final List<String> threads;
    /** Each thread's progress ({@link ThreadFutures}); -1 for a thread that has ended. */
    final int[] progress;
    /** What the invariants read, per process: pairs of the class number of the process and a hash. */
    final int[] observed;
    // Learnt with the threads the state enables (once, by the first run to learn them).
    /** Per thread of {@link #threads}: what deciding whether it can go on read, when it is blocked; else null. */
    private volatile Footprint[] waits;
    private volatile boolean recheck;
    /** Per choice: the footprint of the step it leads to, once a run has taken it. */
    private volatile AtomicReferenceArray<Footprint> steps;

    NodeFacts(List<String> threads, int[] progress, int[] observed) {
        this.threads = threads;
        this.progress = progress;
        this.observed = observed;
    }

    /** Records what the first run to learn the threads the state enables learnt with them. */
    synchronized void learn(Footprint[] blockedWaits, boolean lookingAgain, int choices) {
        if (steps != null) {
            return;
        }
        waits = blockedWaits;
        recheck = lookingAgain;
        steps = new AtomicReferenceArray<>(choices);
    }

    boolean learnt() {
        return steps != null;
    }

    /** Whether the one choice here is a blocked thread looking again because nobody could run. */
    boolean recheck() {
        return recheck;
    }

    Footprint waitOf(int thread) {
        return waits[thread];
    }

    Footprint step(int choice) {
        return steps.get(choice);
    }

    void setStep(int choice, Footprint footprint) {
        steps.set(choice, footprint);
    }

    /** The index of a thread in {@link #threads}, or -1 when the state has no such thread. */
    int indexOf(String thread) {
        return threads.indexOf(thread);
    }

    /** The thread's progress here; -1 if it has ended, -2 if it does not exist yet. */
    int progressOf(String thread) {
        int index = indexOf(thread);
        return index < 0 ? -2 : progress[index];
    }
}
