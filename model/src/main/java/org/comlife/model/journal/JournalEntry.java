package org.comlife.model.journal;

/**
 * One API call as it happened: which process, logical thread and apartment made it, the
 * operation, its arguments and its result. Entries are numbered from 1 in the order in which
 * their calls returned.
 */
public final class JournalEntry {
    private final int step;
    private final String process;
    private final String thread;
    private final String apartment;
    private final String operation;
    private final String arguments;
    private final String result;

    public JournalEntry(int step, String process, String thread, String apartment,
                        String operation, String arguments, String result) {
        this.step = step;
        this.process = process;
        this.thread = thread;
        this.apartment = apartment;
        this.operation = operation;
        this.arguments = arguments;
        this.result = result;
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

    public String result() {
        return result;
    }

    @Override
    public String toString() {
        return "#" + step + " " + process + "/" + thread + " [" + apartment + "] "
                + operation + "(" + arguments + ") -> " + result;
    }
}
