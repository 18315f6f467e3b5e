package org.comlife.model.program;

import org.comlife.model.ComThread;

/**
 * Starts a program's logical threads: on real Java threads ({@link RealThreads}), under the
 * deterministic scheduler that runs them one at a time, under Lincheck or inside Java
 * PathFinder. A program that starts its threads through this runs unchanged on every engine;
 * so does a server the SCM launches mid-run, whose launcher starts its threads through the
 * same starter.
 */
public interface ThreadStarter {

    /**
     * Starts the body as the logical thread (made with {@code process.newThread(name)}); the
     * thread is terminated when the body ends. Start each thread once.
     */
    void start(ComThread self, ThreadBody body);

    /**
     * Declares threads interchangeable: two or more threads of one process that run the same
     * code with the same parameters (the same body, the same apartment model, the same calls),
     * so that nothing tells them apart but their names. An exhaustive explorer with symmetry
     * reduction then counts states that differ only in which of them is where as one. Their
     * names must be unique in the world, and the program must not use them as data (an event
     * named after a thread keeps the threads apart). A starter that does not explore ignores
     * the declaration; a declaration that is not true makes the explorer miss states.
     */
    default void declareInterchangeable(ComThread... threads) {
    }
}
