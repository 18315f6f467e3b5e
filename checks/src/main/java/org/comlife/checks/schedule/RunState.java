package org.comlife.checks.schedule;

import java.util.List;

/**
 * Where each logical thread is, as an explorer needs it to recognise a state: its name, its
 * status, and the results of the API calls it has made (a thread's code is deterministic given
 * those results, so they stand for its position and locals).
 */
public record RunState(List<ThreadPosition> threads) {

    /** One logical thread's place in the run. */
    public record ThreadPosition(String process, String name, String status, List<String> results) {
    }
}
