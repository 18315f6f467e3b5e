package org.comlife.checks.property.action;

import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;

/** Misuse shared-proxy: a thread of another apartment calls a proxy cached by the thread that unmarshaled it. */
public record CallSharedProxy(Handle pointer) implements Action {
    public static final ActionKind KIND = ActionKind.of(CallSharedProxy.class, 8,
            state -> ActionKind.forEach(state, CallSharedProxy::new, HandleKind.POINTER))
            .withMisuse(Misuse.SHARED_PROXY);

    @Override
    public String describe() {
        return pointer + "->Work() through another apartment's proxy";
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
    public void perform(ActionContext context) {
        CallMethod.call(context, pointer, ChainClasses.WORK);
    }
}
