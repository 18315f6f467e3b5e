package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.InterfacePointer;

/** Misuse foreign-pointer: a thread calls another thread's raw pointer to an STA object, unmarshaled nowhere. */
public record CallForeignPointer(Handle pointer) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.CALL_FOREIGN_POINTER;
    }

    @Override
    public List<Handle> touches() {
        return List.of(pointer);
    }

    @Override
    public String describe() {
        return pointer + "->Work() through the owner's raw pointer" + Action.misuseTag(kind());
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new CallForeignPointer(Action.rename(pointer, from, to));
    }

    @Override
    public String precondition(ChainState state, int thread) {
        String live = Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, pointer, HandleKind.POINTER, HandleStatus.LIVE, -1));
        if (live != null) {
            return live;
        }
        HandleInfo info = state.info(pointer);
        if (info.holder() == thread) {
            return "the pointer is this thread's own";
        }
        return info.origin().isStaLocal() && state.isRaw(info) ? null : pointer + " is not a raw STA pointer";
    }

    @Override
    public void apply(ChainState state, int thread) {
        // A failed call changes nothing the chain holds.
    }

    @Override
    public void perform(ActionContext context) {
        InterfacePointer target = context.handles().pointer(pointer);
        if (target != null) {
            context.self().call(target, ChainClasses.WORK);
        }
    }
}
