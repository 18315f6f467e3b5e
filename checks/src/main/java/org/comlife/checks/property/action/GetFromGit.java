package org.comlife.checks.property.action;

import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.HResult;
import org.comlife.model.ComResult;
import org.comlife.model.InterfacePointer;

/** GetInterfaceFromGlobal by any thread, any number of times: a pointer for the caller's apartment. */
public record GetFromGit(Handle cookie, Handle made) implements Action {
    public static final ActionKind KIND = ActionKind.of(GetFromGit.class, 8,
            state -> ActionKind.forEach(state,
                    cookie -> new GetFromGit(cookie, state.mint(HandleKind.POINTER)), HandleKind.COOKIE));

    @Override
    public String describe() {
        return made + " = GetInterfaceFromGlobal(" + cookie + ")";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, cookie, HandleKind.COOKIE, HandleStatus.REGISTERED, -1),
                Requirements.fresh(state, made, HandleKind.POINTER));
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.add(made, thread, state.info(cookie).origin(), HandleStatus.LIVE);
    }

    @Override
    public void perform(ActionContext context) {
        Integer value = context.handles().cookie(cookie);
        if (value != null) {
            ComResult<InterfacePointer> pointer = context.self().getInterfaceFromGlobal(value,
                    context.handles().iid(cookie));
            Answers.expectUnlessGone(context, pointer.hr(), describe(), context.handles().object(cookie),
                    HResult.S_OK);
            context.handles().bind(made, pointer.value(), context.handles().iid(cookie));
        }
    }
}
