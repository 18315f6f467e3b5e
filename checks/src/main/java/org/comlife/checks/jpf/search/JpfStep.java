package org.comlife.checks.jpf.search;

/** One step of a counterexample: the thread and the COM API call ({@code ComThread} method) it made. */
public record JpfStep(String thread, String call) {

    @Override
    public String toString() {
        return thread + ": " + call;
    }
}
