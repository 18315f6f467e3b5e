package org.comlife.checks.jpf.host;

import java.util.List;
import org.comlife.checks.jpf.search.JpfStep;

/**
 * A JPF error in comlife's terms: the JPF property that failed, its one-line description, the
 * invariants the end state broke (empty for a deadlock of Java threads), the program thread
 * that failed on an unexpected HRESULT (or null), the threads of the error path, and its COM API
 * calls in the order they were made.
 */
public record JpfCounterexample(String property, String description, List<String> brokenInvariants,
                                String failedThread, List<String> threads, List<JpfStep> steps) {

    public JpfCounterexample {
        brokenInvariants = List.copyOf(brokenInvariants);
        threads = List.copyOf(threads);
        steps = List.copyOf(steps);
    }

    /** The counterexample as text, one step a line. */
    public String render() {
        StringBuilder text = new StringBuilder();
        text.append(property).append(": ").append(description).append('\n');
        for (String breach : brokenInvariants) {
            text.append("  broken: ").append(breach).append('\n');
        }
        if (failedThread != null) {
            text.append("  failed: ").append(failedThread).append('\n');
        }
        text.append("  threads: ").append(threads).append('\n');
        for (int i = 0; i < steps.size(); i++) {
            text.append(String.format("  %3d %s%n", i + 1, steps.get(i)));
        }
        return text.toString();
    }
}
