package org.comlife.checks.lincheck;

import org.comlife.model.ApartmentKind;
import org.comlife.model.CallResult;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.Iid;
import org.comlife.model.ProcessRole;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The world a GIT or marshal-packet check runs in: one process whose owner thread (an STA)
 * created the objects, and a worker thread in the MTA that the concurrent operations run as.
 * Calls from the worker reach the objects through proxies.
 */
final class GitFixture {
    static final Iid ITarget = new Iid("ITarget");

    final ComWorld world;
    final ComProcess process;
    final ComThread owner;
    final ComThread worker;

    GitFixture(RuntimeHelpers helpers) {
        world = new ComWorld(helpers);
        process = world.newProcess("app", ProcessRole.CLIENT);
        owner = process.newThread("owner");
        worker = process.newThread("worker");
        owner.coInitializeEx(ApartmentKind.STA);
        worker.coInitializeEx(ApartmentKind.MTA);
    }

    /** A new object of the owner's STA, with the one reference its creator holds. */
    ComObject newTarget() {
        return new Target(owner);
    }

    /** An object that answers every call with S_OK. */
    private static final class Target extends ComObject {
        Target(ComThread creator) {
            super(creator, "Target", ITarget);
        }

        @Override
        protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
            return CallResult.ok(null);
        }
    }
}
