package org.comlife.checks.lincheck;

import org.comlife.model.ApartmentKind;
import org.comlife.model.CallResult;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.Iid;
import org.comlife.model.ProcessRole;
import org.comlife.model.StubManager;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The world a GIT or marshal-packet check runs in: one process whose owner thread (an STA)
 * created the objects, and a worker thread in the MTA that the concurrent operations run as.
 * Calls from the worker reach the objects through proxies.
 */
final class GitFixture {
    static final Iid ITarget = new Iid("ITarget");
    /** An interface no object of the fixture implements. */
    static final Iid IUnsupported = new Iid("IUnsupported");

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

    /** The strong references the stub of the object holds (external references of packets and proxies), or 0. */
    int strongReferences(ComObject target) {
        StubManager stub = stubOf(target);
        return stub == null ? 0 : stub.extRefs();
    }

    /** The weak references (TABLEWEAK packets) the stub of the object holds, or 0. */
    int weakReferences(ComObject target) {
        StubManager stub = stubOf(target);
        return stub == null ? 0 : stub.weakRefs();
    }

    private StubManager stubOf(ComObject target) {
        for (StubManager stub : target.home().stubs()) {
            if (stub.object() == target) {
                return stub;
            }
        }
        return null;
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
