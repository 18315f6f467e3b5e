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
    BYTECODE(List.of()),
    /**
     * Only at synchronization: field accesses in comlife code (and everything it calls) never
     * switch threads, nor do lock releases. Exact for a program whose shared fields are all
     * guarded by locks, blind to races on unguarded or volatile fields; far fewer states.
     */
    SYNCHRONIZATION(List.of(
            // JPF appends with no separator of its own: hence the leading comma.
            "vm.shared.never_break_methods+=,org.comlife.*.*",
            "vm.shared.break_on_exposure=false",
            "cg.break_lock_release=false"));

    private final List<String> settings;

    JpfGranularity(List<String> settings) {
        this.settings = settings;
    }

    /** The JPF configuration entries ({@code key=value}, or {@code key+=value} to append to JPF's default) it sets. */
    public List<String> settings() {
        return settings;
    }
}
