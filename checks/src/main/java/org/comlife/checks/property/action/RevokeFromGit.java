package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;

/** RevokeInterfaceFromGlobal by the cookie's owner, after every get the chain made of it. */
public record RevokeFromGit(Handle cookie) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.REVOKE_FROM_GIT;
    }

    @Override
    public List<Handle> touches() {
        return List.of(cookie);
    }

    @Override
    public String describe() {
        return "RevokeInterfaceFromGlobal(" + cookie + ")";
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new RevokeFromGit(Action.rename(cookie, from, to));
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, cookie, HandleKind.COOKIE, HandleStatus.REGISTERED, thread));
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.update(state.info(cookie).withStatus(HandleStatus.REVOKED));
    }

    @Override
    public void perform(ActionContext context) {
        Integer value = context.handles().cookie(cookie);
        if (value != null) {
            context.self().revokeInterfaceFromGlobal(value);
        }
    }
}
