package org.comlife.checks.property.action;

import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;

/** Misuse double-revoke: a thread revokes a GIT cookie that was already revoked. */
public record RevokeGitAgain(Handle cookie) implements Action {
    public static final ActionKind KIND = ActionKind.of(RevokeGitAgain.class, 8,
            state -> ActionKind.forEach(state, RevokeGitAgain::new, HandleKind.COOKIE))
            .withMisuse(Misuse.DOUBLE_REVOKE);

    @Override
    public String describe() {
        return "RevokeInterfaceFromGlobal(" + cookie + ") again";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, cookie, HandleKind.COOKIE, HandleStatus.REVOKED, -1));
    }

    @Override
    public void perform(ActionContext context) {
        RevokeFromGit.revoke(context, cookie);
    }
}
