package org.comlife.model.journal;

/**
 * Something the model says twice: as text for people ({@code toString}: a journal's note, the
 * deadlock report) and as values for explorers ({@link #value()}), which is what states are
 * compared on. What a thread waits for inside a call, and the notes a call journals about an
 * entity, are these; a note that is only a word is given as that text.
 */
public interface Described {

    /** What it is now, as values: a reply's value says whether it has come, and what it is. */
    PlainValue value();
}
