package org.comlife.model.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * The record of every API call in one world, in the order the calls returned. Counterexamples
 * are made of journals, so a recording journal never drops anything.
 *
 * <p>A journal can also be created {@linkplain #unrecorded() unrecorded}, for model checkers
 * that compare whole heaps (Java PathFinder): they keep their own trace, and a list that grows
 * with every call, numbered in the order the calls happened to return, makes every
 * interleaving a state of its own. An unrecorded journal keeps nothing, numbers nothing and
 * takes no lock; the model's behaviour and its sanitizer are the same either way.
 */
public final class Journal {
    private final boolean recording;
    private final List<JournalEntry> entries = new ArrayList<>();

    /** A journal that records every call: the default. */
    public Journal() {
        this(true);
    }

    private Journal(boolean recording) {
        this.recording = recording;
    }

    /** A journal that records nothing: entries stay empty and every step number is 0. */
    public static Journal unrecorded() {
        return new Journal(false);
    }

    /** Whether calls are recorded (false for an {@linkplain #unrecorded() unrecorded} journal). */
    public boolean isRecording() {
        return recording;
    }

    /**
     * Appends an entry made by the given caller on its thread (see {@link JournalEntry#caller()})
     * and returns it; its step is the next number. The result is the object the call answered,
     * kept as text and as values (see {@link JournalEntry}). Unrecorded: null.
     */
    public JournalEntry record(String process, String thread, String apartment,
                               String operation, String arguments, Object result, int caller) {
        if (!recording) {
            return null;
        }
        String text = String.valueOf(result);
        PlainValue value = PlainValue.answer(operation, result);
        synchronized (this) {
            JournalEntry entry = new JournalEntry(entries.size() + 1, process, thread, apartment,
                    operation, arguments, text, value, caller);
            entries.add(entry);
            return entry;
        }
    }

    /** The step number the next entry will get (0 when unrecorded). */
    public int nextStep() {
        if (!recording) {
            return 0;
        }
        synchronized (this) {
            return entries.size() + 1;
        }
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
