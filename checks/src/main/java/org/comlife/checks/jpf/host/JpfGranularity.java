package org.comlife.checks.jpf.host;

import java.util.List;
import org.comlife.checks.jpf.program.JpfProgramStateMatching;

/**
 * Where JPF may switch threads. Both granularities interleave at every lock acquisition, wait,
 * notify, thread start, join and end; they differ on field accesses.
 */
public enum JpfGranularity {
    /**
     * JPF's own choice: also before every access to a shared field that no lock is seen to
     * protect (volatile fields included), and when an object becomes reachable from another
     * thread. Finds data races and check-then-act on volatiles; the state space is largest.
     */
    BYTECODE(false, false, List.of()),
    /**
     * Only at synchronization: field accesses in comlife code (and everything it calls) never
     * switch threads, nor do lock releases. Exact for a program whose shared fields are all
     * guarded by locks, blind to races on unguarded or volatile fields; far fewer states.
     */
    SYNCHRONIZATION(false, false, List.of(
            // JPF appends with no separator of its own: hence the leading comma.
            "vm.shared.never_break_methods+=,org.comlife.*.*",
            "vm.shared.break_on_exposure=false",
            "cg.break_lock_release=false")),
    /**
     * One API step at a time, the exhaustive explorer's granularity, with JPF's state matching
     * on the whole heap: the logical threads take turns ({@code JpfApiSteps}) at the end of each
     * outermost API call and at each wait inside the model, and JPF chooses who goes next. The
     * coarsest and smallest; blind to races inside one API call (two lock-guarded sections of a
     * release, say), which the finer granularities keep seeing.
     */
    API_STEP(true, false, SYNCHRONIZATION.settings),
    /**
     * API steps, as {@link #API_STEP}, but JPF matches states on the program's state instead of
     * its heap: the exhaustive explorer's canonical text of the model and of each thread's status
     * and results ({@code JpfProgramState}, {@link JpfProgramStateMatching}). JPF still runs the
     * real bytecode of every step; states that differ only in object numbers, list capacities or
     * stacks are one state, as they are to the explorer, so the larger examples close, and JPF's
     * count of program states is the explorer's count of distinct states. Every invariant is
     * checked in every state. The cost is that canonical text, worked out inside JPF at every step.
     * For scenario programs; other targets (helper races) run as at {@link #SYNCHRONIZATION}.
     */
    PROGRAM_STATE(true, true, SYNCHRONIZATION.settings);

    private final boolean apiSteps;
    private final boolean programStates;
    private final List<String> settings;

    JpfGranularity(boolean apiSteps, boolean programStates, List<String> settings) {
        this.apiSteps = apiSteps;
        this.programStates = programStates;
        this.settings = settings;
    }

    /** Whether JPF matches states on the program's state instead of its heap ({@link #PROGRAM_STATE}). */
    public boolean programStates() {
        return programStates;
    }

    /** The JPF configuration entries ({@code key=value}, or {@code key+=value} to append to JPF's default) it sets. */
    public List<String> settings() {
        return settings;
    }

    /** Whether the driver makes the logical threads take turns one API step at a time ({@code JpfApiSteps}). */
    public boolean apiSteps() {
        return apiSteps;
    }
}
