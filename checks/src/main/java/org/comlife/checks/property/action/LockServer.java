package org.comlife.checks.property.action;

import java.util.List;
import java.util.Set;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.shrink.Candidate;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.model.ClassFactory;
import org.comlife.model.InterfacePointer;

/**
 * A client's IClassFactory::LockServer(TRUE) on a factory it holds, to be undone by an
 * {@link UnlockServer}. (On a proxy COM answers it locally: the implicit lock taken at activation
 * already keeps the server alive.)
 */
public record LockServer(Handle factory) implements Action {
    public static final ActionKind KIND = ActionKind.of(LockServer.class, 2,
            state -> ActionKind.forEach(state, LockServer::new, HandleKind.FACTORY));

    @Override
    public String describe() {
        return factory + "->LockServer(TRUE)";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.holds(state, thread, factory, HandleKind.FACTORY);
    }

    @Override
    public void apply(ChainState state, int thread) {
        HandleInfo info = state.info(factory);
        state.update(info.withLocks(info.locks() + 1));
    }

    @Override
    public void perform(ActionContext context) {
        lockServer(context, factory, true);
    }

    /** The lock goes together with the unlock that undoes it (neither is valid alone). */
    @Override
    public List<Candidate> shrinks(ActionChain chain, int index) {
        int unlock = chain.indexOf(new UnlockServer(factory), index + 1);
        return unlock < 0 ? List.of() : List.of(Candidate.without(chain, Set.of(index, unlock)));
    }

    /** IClassFactory::LockServer through the factory's value, when the call that should have made it succeeded. */
    static void lockServer(ActionContext context, Handle factory, boolean lock) {
        InterfacePointer pointer = context.handles().pointer(factory);
        if (pointer != null) {
            context.self().call(pointer, ClassFactory.LOCK_SERVER, lock);
        }
    }
}
