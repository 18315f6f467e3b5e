package org.comlife.model.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * The record of every API call in one world, in the order the calls returned. Counterexamples
 * are made of journals, so nothing is ever dropped from it.
 */
public final class Journal {
    private final List<JournalEntry> entries = new ArrayList<>();

    /** Appends an entry made by the given caller on its thread (see JournalEntry) and returns it; its step is the next number. */
    public synchronized JournalEntry record(String process, String thread, String apartment,
                                            String operation, String arguments, String result, int caller) {
        JournalEntry entry = new JournalEntry(entries.size() + 1, process, thread, apartment,
                operation, arguments, result, caller);
        entries.add(entry);
        return entry;
    }

    /** The step number the next entry will get. */
    public synchronized int nextStep() {
        return entries.size() + 1;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** A copy of the entries, safe to read while other threads keep calling. */
    public synchronized List<JournalEntry> entries() {
        return new ArrayList<>(entries);
    }

    /** The journal as text, one call a line. */
    public String render() {
        StringBuilder text = new StringBuilder();
        for (JournalEntry entry : entries()) {
            text.append(entry).append('\n');
        }
        return text.toString();
    }
}
