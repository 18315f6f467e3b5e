package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;

/**
 * Misuse leaked-reference (client side): the owner forgets its GIT cookie. No call is made; the
 * entry's TABLESTRONG reference keeps the object, and a server object's server, alive for ever.
 */
public record AbandonGitCookie(Handle cookie) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.ABANDON_GIT_COOKIE;
    }

    @Override
    public List<Handle> touches() {
        return List.of(cookie);
    }

    @Override
    public String describe() {
        return "leaves " + cookie + " registered, never revoked" + Action.misuseTag(kind());
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new AbandonGitCookie(Action.rename(cookie, from, to));
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
