package org.comlife.model.program;

import org.comlife.model.ComThread;

/**
 * Starts a program's logical threads: on real Java threads ({@link RealThreads}) or under a
 * deterministic scheduler that runs them one at a time. A program that starts its threads
 * through this runs unchanged under both; so does a server the SCM launches mid-run.
 */
public interface ThreadStarter {

    /** Starts the body as the logical thread; the thread is terminated when the body ends. */
    void start(ComThread self, ThreadBody body);
}
