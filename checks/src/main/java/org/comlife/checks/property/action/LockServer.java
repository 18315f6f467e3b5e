package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.ClassFactory;
import org.comlife.model.InterfacePointer;

/**
 * A client's IClassFactory::LockServer on a factory it holds; an unlock only undoes an earlier
 * lock of the same factory. (On a proxy COM answers it locally: the implicit lock taken at
 * activation already keeps the server alive.)
 */
public record LockServer(Handle factory, boolean lock) implements Action {

    @Override
    public ActionKind kind() {
        return lock ? ActionKind.LOCK_SERVER : ActionKind.UNLOCK_SERVER;
    }

    @Override
    public List<Handle> touches() {
        return List.of(factory);
    }

    @Override
    public String describe() {
        return factory + "->LockServer(" + (lock ? "TRUE" : "FALSE") + ")";
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new LockServer(Action.rename(factory, from, to), lock);
    }

    @Override
    public String precondition(ChainState state, int thread) {
        String held = Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, factory, HandleKind.FACTORY, HandleStatus.LIVE, thread));
        if (held != null || lock) {
            return held;
        }
        return state.info(factory).locks() > 0 ? null : factory + " has no lock to give back";
    }

    @Override
    public void apply(ChainState state, int thread) {
        HandleInfo info = state.info(factory);
        state.update(info.withLocks(info.locks() + (lock ? 1 : -1)));
    }

    @Override
    public void perform(ActionContext context) {
        InterfacePointer pointer = context.handles().pointer(factory);
        if (pointer != null) {
            context.self().call(pointer, ClassFactory.LOCK_SERVER, lock);
        }
    }
}
