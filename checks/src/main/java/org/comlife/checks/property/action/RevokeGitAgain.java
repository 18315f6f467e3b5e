package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;

/** Misuse double-revoke: a thread revokes a GIT cookie that was already revoked. */
public record RevokeGitAgain(Handle cookie) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.REVOKE_GIT_AGAIN;
    }

    @Override
    public List<Handle> touches() {
        return List.of(cookie);
    }

    @Override
    public String describe() {
        return "RevokeInterfaceFromGlobal(" + cookie + ") again" + Action.misuseTag(kind());
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new RevokeGitAgain(Action.rename(cookie, from, to));
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, cookie, HandleKind.COOKIE, HandleStatus.REVOKED, -1));
    }

    @Override
    public void apply(ChainState state, int thread) {
        // The cookie stays revoked.
    }

    @Override
    public void perform(ActionContext context) {
        Integer value = context.handles().cookie(cookie);
        if (value != null) {
            context.self().revokeInterfaceFromGlobal(value);
        }
    }
}
