package org.comlife.checks.jpf;

import java.util.List;

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
    BYTECODE(false, List.of()),
    /**
     * Only at synchronization: field accesses in comlife code (and everything it calls) never
     * switch threads, nor do lock releases. Exact for a program whose shared fields are all
     * guarded by locks, blind to races on unguarded or volatile fields; far fewer states.
     */
    SYNCHRONIZATION(false, List.of(
            // JPF appends with no separator of its own: hence the leading comma.
            "vm.shared.never_break_methods+=,org.comlife.*.*",
            "vm.shared.break_on_exposure=false",
            "cg.break_lock_release=false")),
    /**
     * One API step at a time, the exhaustive explorer's granularity, with JPF's state matching
     * on the whole heap: the logical threads take turns ({@link JpfApiSteps}) at the end of each
     * outermost API call and at each wait inside the model, and JPF chooses who goes next. The
     * coarsest and smallest; blind to races inside one API call (two lock-guarded sections of a
     * release, say), which the finer granularities keep seeing.
     */
    API_STEP(true, SYNCHRONIZATION.settings);

    private final boolean apiSteps;
    private final List<String> settings;

    JpfGranularity(boolean apiSteps, List<String> settings) {
        this.apiSteps = apiSteps;
        this.settings = settings;
    }

    /** The JPF configuration entries ({@code key=value}, or {@code key+=value} to append to JPF's default) it sets. */
    public List<String> settings() {
        return settings;
    }

    /** Whether the driver makes the logical threads take turns one API step at a time ({@link JpfApiSteps}). */
    public boolean apiSteps() {
        return apiSteps;
    }
}
