package org.comlife.checks.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comlife.model.ComThread;
import org.comlife.model.journal.JournalEntry;

/**
 * Where each logical thread is, as an explorer needs it to recognise a state: its name, its
 * status, and the API calls whose results its code can still hold (a thread's code is
 * deterministic given those results, so they stand for its position and locals). A call made
 * inside another (by an API's implementation, or by object code COM dispatched into the thread)
 * counts only while the activation that made it runs: once that has returned, the result is
 * gone with it, and what the call changed is in the model's state.
 */
public record RunState(List<ThreadPosition> threads, List<List<String>> interchangeable) {

    /** Where the threads are, with no threads declared interchangeable. */
    public RunState(List<ThreadPosition> threads) {
        this(threads, List.of());
    }

    /**
     * Where the threads are: each with its status (same index) and the journal's entries it made
     * and can still see, in one pass over the journal. Read it only while every thread is stopped
     * at a scheduling point.
     */
    public static RunState of(List<ComThread> threads, List<ThreadStatus> statuses, List<JournalEntry> journal) {
        return of(threads, statuses, journal, List.of());
    }

    /**
     * As {@link #of(List, List, List)}, with the groups of threads the program declared
     * interchangeable (each a list of {@code process/thread} names).
     */
    public static RunState of(List<ComThread> threads, List<ThreadStatus> statuses, List<JournalEntry> journal,
                              List<List<String>> interchangeable) {
        if (threads.size() != statuses.size()) {
            throw new IllegalArgumentException(threads.size() + " threads but " + statuses.size() + " statuses");
        }
        Map<String, Integer> byName = new HashMap<>();
        List<List<JournalEntry>> calls = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            byName.put(threads.get(i).process().name() + "/" + threads.get(i).name(), i);
            calls.add(new ArrayList<>());
        }
        for (JournalEntry entry : journal) {
            Integer owner = byName.get(entry.process() + "/" + entry.thread());
            if (owner != null && threads.get(owner).canSeeResultsOf(entry.caller())) {
                calls.get(owner).add(entry);
            }
        }
        List<ThreadPosition> positions = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            ComThread thread = threads.get(i);
            positions.add(new ThreadPosition(thread.process().name(), thread.name(), statuses.get(i), calls.get(i)));
        }
        return new RunState(positions, interchangeable);
    }

    /**
     * One logical thread's place in the run: the calls it made whose results its code can still
     * hold, in the order they returned (each with its operation and its result as values).
     */
    public record ThreadPosition(String process, String name, ThreadStatus status, List<JournalEntry> calls) {
    }
}
