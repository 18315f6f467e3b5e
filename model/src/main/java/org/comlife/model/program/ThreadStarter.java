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
}
