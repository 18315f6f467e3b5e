package org.comlife.checks.property.action;

import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;

/**
 * Misuse leaked-reference (client side): the owner forgets its GIT cookie. No call is made; the
 * entry's TABLESTRONG reference keeps the object, and a server object's server, alive for ever.
 * Only the closing part draws it, in place of the revoke.
 */
public record AbandonGitCookie(Handle cookie) implements Action {
    public static final ActionKind KIND = ActionKind.of(AbandonGitCookie.class, 0,
            state -> ActionKind.forEach(state, AbandonGitCookie::new, HandleKind.COOKIE))
            .withMisuse(Misuse.LEAKED_REFERENCE).withClosingWeight(4);

    @Override
    public String describe() {
        return "leaves " + cookie + " registered, never revoked";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, cookie, HandleKind.COOKIE, HandleStatus.REGISTERED, thread));
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.update(state.info(cookie).withStatus(HandleStatus.ABANDONED));
    }

    @Override
    public void perform(ActionContext context) {
        // The misuse is the missing RevokeInterfaceFromGlobal.
    }
}
