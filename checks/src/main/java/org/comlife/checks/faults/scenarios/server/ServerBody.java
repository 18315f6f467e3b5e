package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.ComThread;

/** What a {@link SampleServer}'s main thread runs: the scenario's own server code. */
@FunctionalInterface
public interface ServerBody {
    void run(ComThread self, SampleServer server) throws Exception;
}
