package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.InterfacePointer;

/** Misuse shared-proxy: a thread of another apartment calls a proxy cached by the thread that unmarshaled it. */
public record CallSharedProxy(Handle pointer) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.CALL_SHARED_PROXY;
    }

    @Override
    public List<Handle> touches() {
        return List.of(pointer);
    }

    @Override
    public String describe() {
        return pointer + "->Work() through another apartment's proxy" + Action.misuseTag(kind());
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new CallSharedProxy(Action.rename(pointer, from, to));
    }

    @Override
    public String precondition(ChainState state, int thread) {
        String live = Requirements.first(Requirements.initialized(state, thread),
                Requirements.handle(state, pointer, HandleKind.POINTER, HandleStatus.LIVE, -1));
        if (live != null) {
            return live;
        }
        HandleInfo info = state.info(pointer);
        if (state.isRaw(info) || !state.initialized(info.holder())) {
            return pointer + " is not a proxy of an apartment";
        }
        return state.sameApartment(info.holder(), thread) ? "the proxy is of this thread's apartment" : null;
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
