package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.InterfacePointer;

/** IUnknown::Release of a held pointer or factory (a factory's explicit locks are given back first). */
public record ReleasePointer(Handle pointer) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.RELEASE;
    }

    @Override
    public List<Handle> touches() {
        return List.of(pointer);
    }

    @Override
    public String describe() {
        return pointer + "->Release()";
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new ReleasePointer(Action.rename(pointer, from, to));
    }

    @Override
    public String precondition(ChainState state, int thread) {
        String held = Requirements.first(Requirements.active(state, thread),
                Requirements.heldReference(state, pointer, thread));
        if (held != null) {
            return held;
        }
        return state.info(pointer).locks() == 0 ? null : pointer + " still holds a LockServer(TRUE)";
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.update(state.info(pointer).withStatus(HandleStatus.RELEASED));
    }

    @Override
    public void perform(ActionContext context) {
        InterfacePointer target = context.handles().pointer(pointer);
        if (target != null) {
            context.self().release(target);
        }
    }
}
