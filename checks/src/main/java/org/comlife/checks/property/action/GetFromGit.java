package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.ComResult;
import org.comlife.model.InterfacePointer;

/** GetInterfaceFromGlobal by any thread, any number of times: a pointer for the caller's apartment. */
public record GetFromGit(Handle cookie, Handle made) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.GET_FROM_GIT;
    }

    @Override
    public List<Handle> touches() {
        return List.of(cookie, made);
    }

    @Override
    public String describe() {
        return made + " = GetInterfaceFromGlobal(" + cookie + ")";
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new GetFromGit(Action.rename(cookie, from, to), Action.rename(made, from, to));
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, cookie, HandleKind.COOKIE, HandleStatus.REGISTERED, -1),
                Requirements.fresh(state, made, HandleKind.POINTER));
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.add(new HandleInfo(made, thread, state.info(cookie).origin(), HandleStatus.LIVE, 0, thread));
    }

    @Override
    public void perform(ActionContext context) {
        Integer value = context.handles().cookie(cookie);
        if (value == null) {
            return;
        }
        ComResult<InterfacePointer> pointer = context.self().getInterfaceFromGlobal(value,
                context.handles().iid(cookie));
        context.handles().bind(made, pointer.value(), context.handles().iid(cookie));
    }
}
