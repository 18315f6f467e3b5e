package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.ComResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;

/** RegisterInterfaceInGlobal of a held pointer: a cookie this thread owns and must revoke once. */
public record RegisterInGit(Handle pointer, Handle made) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.REGISTER_IN_GIT;
    }

    @Override
    public List<Handle> touches() {
        return List.of(pointer, made);
    }

    @Override
    public String describe() {
        return made + " = RegisterInterfaceInGlobal(" + pointer + ")";
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new RegisterInGit(Action.rename(pointer, from, to), Action.rename(made, from, to));
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, pointer, HandleKind.POINTER, HandleStatus.LIVE, thread),
                Requirements.fresh(state, made, HandleKind.COOKIE));
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.add(new HandleInfo(made, thread, state.info(pointer).origin(), HandleStatus.REGISTERED, 0, thread));
    }

    @Override
    public void perform(ActionContext context) {
        InterfacePointer target = context.handles().pointer(pointer);
        if (target == null) {
            return;
        }
        Iid iid = context.handles().iid(pointer);
        ComResult<Integer> cookie = context.self().registerInterfaceInGlobal(target, iid);
        context.handles().bind(made, cookie.value(), iid);
    }
}
