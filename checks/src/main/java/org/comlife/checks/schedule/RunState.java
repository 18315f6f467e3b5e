package org.comlife.checks.schedule;

import java.util.List;

/**
 * Where each logical thread is, as an explorer needs it to recognise a state: its name, its
 * status, and the results of the API calls its code can still hold (a thread's code is
 * deterministic given those results, so they stand for its position and locals). A call made
 * inside another (by an API's implementation, or by object code COM dispatched into the thread)
 * counts only while the activation that made it runs: once that has returned, the result is
 * gone with it, and what the call changed is in the model's state.
 */
public record RunState(List<ThreadPosition> threads) {

    /** One logical thread's place in the run. */
    public record ThreadPosition(String process, String name, String status, List<String> results) {
    }
}
