package org.comlife.checks.coverage.bugs;

import org.comlife.model.ClassFactory;
import org.comlife.model.ComProcess;
import org.comlife.model.InterfacePointer;
import org.comlife.model.runtime.ReferenceClassObjectActivation;

/** An activation path that gives the implicit lock back as soon as the client has unmarshaled the factory. */
public class UnlockAtUnmarshalActivation extends ReferenceClassObjectActivation {
    @Override
    protected void holdLock(ComProcess server, InterfacePointer handedOut, ClassFactory factory) {
        super.holdLock(server, handedOut, factory);
        // The bug: the factory's marshal is taken to end with its unmarshal, so the lock goes back now too.
        releaseImplicitLock(server, server.rpcWorker(), factory);
    }
}
