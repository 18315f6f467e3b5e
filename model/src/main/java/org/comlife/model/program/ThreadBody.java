package org.comlife.model.program;

import org.comlife.model.ComThread;

/** The code one logical thread runs, given the thread it runs as. */
@FunctionalInterface
public interface ThreadBody {
    void run(ComThread self) throws Exception;
}
