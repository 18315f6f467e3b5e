package org.comlife.model.program;

import org.comlife.model.ComWorld;

/**
 * A concurrent program over the model: it creates its processes and starts its logical threads
 * through the starter, and returns at once. The examples' {@code start} methods are programs.
 */
@FunctionalInterface
public interface Program {
    void start(ComWorld world, ThreadStarter threads);
}
