package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.state.ChainState;

/**
 * CoUninitialize: the thread leaves COM, its apartment dies with it (its objects' stubs
 * disconnect; other threads' proxies to them then answer RPC_E_DISCONNECTED). It is the thread's
 * last action, and it holds nothing any more.
 */
public record Uninitialize() implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.UNINITIALIZE;
    }

    @Override
    public List<Handle> touches() {
        return List.of();
    }

    @Override
    public String describe() {
        return "CoUninitialize()";
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return this;
    }

    @Override
    public String precondition(ChainState state, int thread) {
        String initialized = Requirements.initialized(state, thread);
        if (initialized != null) {
            return initialized;
        }
        return state.holdsAnything(thread) ? "the thread still holds handles" : null;
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.markUninitialized(thread);
    }

    @Override
    public void perform(ActionContext context) {
        context.self().coUninitialize();
    }
}
