package org.comlife.model.journal;

/**
 * One API call as it happened: which process, logical thread and apartment made it, the
 * operation, its arguments and its result. Entries are numbered from 1 in the order in which
 * their calls returned.
 *
 * <p>An entry also says who on its thread made the call: 0 for the thread's own code, else the
 * number of the activation under way that made it (an API call whose implementation calls
 * another, or a call COM dispatched into the thread while it pumped, whose object code calls
 * the API). Only the caller sees a result, so an explorer uses this to tell which results the
 * thread's code can still hold: those of an activation that has returned are gone with it.
 */
public final class JournalEntry {
    private final int step;
    private final String process;
    private final String thread;
    private final String apartment;
    private final String operation;
    private final String arguments;
    private final String result;
    private final PlainValue value;
    private final int caller;

    public JournalEntry(int step, String process, String thread, String apartment,
                        String operation, String arguments, String result, PlainValue value, int caller) {
        this.step = step;
        this.process = process;
        this.thread = thread;
        this.apartment = apartment;
        this.operation = operation;
        this.arguments = arguments;
        this.result = result;
        this.value = value;
        this.caller = caller;
    }

    public int step() {
        return step;
    }

    public String process() {
        return process;
    }

    public String thread() {
        return thread;
    }

    public String apartment() {
        return apartment;
    }

    public String operation() {
        return operation;
    }

    public String arguments() {
        return arguments;
    }

    /** The result as text. */
    public String result() {
        return result;
    }

    /** The result as values, with its entity references. */
    public PlainValue value() {
        return value;
    }

    /** Who made the call: 0 for the thread's own code, else the number of the activation that made it. */
    public int caller() {
        return caller;
    }

    @Override
    public String toString() {
        return "#" + step + " " + process + "/" + thread + " [" + apartment + "] "
                + operation + "(" + arguments + ") -> " + result;
    }
}
