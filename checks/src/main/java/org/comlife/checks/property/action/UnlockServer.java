package org.comlife.checks.property.action;

import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;

/** IClassFactory::LockServer(FALSE): undoes an earlier {@link LockServer} of the same factory. */
public record UnlockServer(Handle factory) implements Action {
    /** Also a closing action: it gives back a lock the free part took. */
    public static final ActionKind KIND = ActionKind.of(UnlockServer.class, 3,
            state -> ActionKind.forEach(state, UnlockServer::new, HandleKind.FACTORY)).withClosingWeight(4);

    @Override
    public String describe() {
        return factory + "->LockServer(FALSE)";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        String held = Requirements.holds(state, thread, factory, HandleKind.FACTORY);
        if (held != null) {
            return held;
        }
        return state.info(factory).locks() > 0 ? null : factory + " has no lock to give back";
    }

    @Override
    public void apply(ChainState state, int thread) {
        HandleInfo info = state.info(factory);
        state.update(info.withLocks(info.locks() - 1));
    }

    @Override
    public void perform(ActionContext context) {
        LockServer.lockServer(context, factory, false);
    }
}
