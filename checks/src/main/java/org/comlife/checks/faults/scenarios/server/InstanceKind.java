package org.comlife.checks.faults.scenarios.server;

import org.comlife.model.ComObject;
import org.comlife.model.ComThread;

/** How a {@link SampleFactory} makes an instance: the one piece the instance-counting faults change. */
@FunctionalInterface
public interface InstanceKind {

    /** A new instance in the executing thread's apartment, holding one reference for the caller. */
    ComObject create(ComThread executing, SampleServer server);
}
