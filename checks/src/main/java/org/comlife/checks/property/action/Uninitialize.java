package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.state.ChainState;

/**
 * CoUninitialize: the thread leaves COM, its apartment dies with it (its objects' stubs
 * disconnect; other threads' proxies to them then answer RPC_E_DISCONNECTED). It is the thread's
 * last action, and it holds nothing any more. The closing part ends one thread in four with it.
 */
public record Uninitialize() implements Action {
    public static final ActionKind KIND = ActionKind.of(Uninitialize.class, 1, state -> List.of(new Uninitialize()))
            .withEnding((state, thread) -> 1);

    @Override
    public String describe() {
        return "CoUninitialize()";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.initialized(state, thread), Requirements.holdsNothing(state, thread));
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
