package org.comlife.checks.jpf.search;

import java.util.List;

/**
 * A JPF error as the JPF JVM reads it off JPF's objects: the property's class, JPF's description
 * and details, the threads of the error path and its COM API calls in order.
 */
public record JpfErrorReport(String property, String description, String details, List<String> threads,
                      List<JpfStep> steps) {

    public JpfErrorReport {
        threads = List.copyOf(threads);
        steps = List.copyOf(steps);
    }
}
