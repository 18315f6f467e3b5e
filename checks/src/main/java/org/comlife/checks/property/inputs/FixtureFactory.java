package org.comlife.checks.property.inputs;

import org.comlife.checks.property.action.LocalSite;
import org.comlife.model.CallResult;
import org.comlife.model.ClassFactory;
import org.comlife.model.ComThread;
import org.comlife.model.Iid;

/** The class factory the bad-input fixture registers (in-process, so the SCM never routes to it). */
final class FixtureFactory extends ClassFactory {

    FixtureFactory(ComThread creator) {
        super(creator, "FixtureFactory");
    }

    @Override
    protected CallResult createInstance(ComThread executing, Iid iid) {
        return CallResult.ok(new LocalSite(executing));
    }

    @Override
    protected void onLastLockReleased(ComThread executing) {
        // The fixture is no server: nothing to shut down.
    }
}
