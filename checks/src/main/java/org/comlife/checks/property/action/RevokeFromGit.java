package org.comlife.checks.property.action;

import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.HResult;

/** RevokeInterfaceFromGlobal by the cookie's owner, after every get the chain made of it. */
public record RevokeFromGit(Handle cookie) implements Action {
    public static final ActionKind KIND = ActionKind.of(RevokeFromGit.class, 2,
            state -> ActionKind.forEach(state, RevokeFromGit::new, HandleKind.COOKIE)).withClosingWeight(4);

    @Override
    public String describe() {
        return "RevokeInterfaceFromGlobal(" + cookie + ")";
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
            Answers.expect(context, context.self().revokeInterfaceFromGlobal(value), describe(), HResult.S_OK);
        }
    }

    /** RevokeInterfaceFromGlobal of the cookie's value, when the registration made one. */
    static void revoke(ActionContext context, Handle cookie) {
        Integer value = context.handles().cookie(cookie);
        if (value != null) {
            context.self().revokeInterfaceFromGlobal(value);
        }
    }
}
