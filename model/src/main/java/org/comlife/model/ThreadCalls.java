package org.comlife.model;

/**
 * The journal side of one thread's API calls: which calls nest inside others (a dispatched
 * call's code calling COM), where each outermost call ends (a scheduling point), and how many
 * calls of the thread's own code have returned. The API classes begin every call here and
 * journal its end here; {@link ComThread} holds one.
 */
final class ThreadCalls {
    private final ComThread thread;
    /** Nesting of API calls on this thread: only the outermost call's end is a scheduling point. */
    @Untracked("only this thread's own steps touch it")
    private int depth;
    /** How many calls of the thread's own code have returned: where it is in its code. */
    @Untracked("only this thread's own steps change it; it counts the results that are part of the thread's state")
    private int completed;

    ThreadCalls(ComThread thread) {
        this.thread = thread;
    }

    /** Every API method starts here: calls made from inside another call (a dispatched call's code) are nested. */
    void begin() {
        depth++;
        thread.activations().begin();
    }

    /** Journals the end of an API call made in this thread's apartment (as it is after the call). */
    <T> T journal(String operation, String arguments, T result) {
        return journal(apartmentName(), operation, arguments, result);
    }

    /**
     * Journals the end of an API call made in the given apartment (one the call left:
     * CoUninitialize); the end of an outermost call is a scheduling point.
     */
    <T> T journal(String where, String operation, String arguments, T result) {
        ThreadActivations activations = thread.activations();
        thread.world().journal().record(thread.process().name(), thread.name(), where, operation, arguments, result,
                depth > 0 ? activations.end() : activations.caller());
        if (depth > 0 && --depth == 0 && !thread.isRuntimeContext()) {
            completed++;
            thread.world().schedulingPoint(thread);
        }
        return result;
    }

    /** Journals the teardown at thread exit: it ends the thread's last step, so it is no scheduling point. */
    void journalThreadExit(String where, Object outcome) {
        thread.world().journal().record(thread.process().name(), thread.name(), where, "ThreadExit",
                "without CoUninitialize", outcome, thread.activations().end());
        depth--;
    }

    /** Journals what COM itself did on this thread's behalf (the SCM's routing, implicit locks); not a scheduling point. */
    void journalRuntime(String operation, String arguments, String result) {
        thread.world().journal().record(thread.process().name(), thread.name(), apartmentName(), operation, arguments,
                result, thread.activations().caller());
    }

    /** The apartment a journal entry names: text for the record, not a read of the state. */
    String apartmentName() {
        ComWorld world = thread.world();
        world.pauseReports();
        try {
            Apartment current = thread.apartment();
            return current == null ? "none" : current.toString();
        } finally {
            world.resumeReports();
        }
    }

    /** How many calls of the thread's own code have returned. */
    int completed() {
        return completed;
    }
}
