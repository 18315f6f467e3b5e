package org.comlife.model.program;

import org.comlife.model.ComThread;

/**
 * The code one logical thread runs, given the thread it runs as: straight-line code whose COM
 * calls are the methods of {@code self} (each one scheduling step for the engines). Throwing
 * ends the thread and is reported as a failure of the program on that schedule.
 */
@FunctionalInterface
public interface ThreadBody {
    void run(ComThread self) throws Exception;
}
