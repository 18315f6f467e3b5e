package org.comlife.checks.schedule;

import org.comlife.model.ComWorld;
import org.comlife.model.examples.ThreadStarter;

/**
 * A concurrent program over the model: it creates its processes and starts its logical threads
 * through the starter, and returns at once. The examples' {@code start} methods are programs.
 */
@FunctionalInterface
public interface Program {
    void start(ComWorld world, ThreadStarter threads);
}
