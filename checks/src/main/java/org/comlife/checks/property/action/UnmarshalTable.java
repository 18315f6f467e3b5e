package org.comlife.checks.property.action;

import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.ComResult;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;

/**
 * CoUnmarshalInterface of a table stream by any thread in an apartment, any number of times: the
 * object itself in its own apartment, a proxy in any other.
 */
public record UnmarshalTable(Handle stream, Handle made) implements Action {
    public static final ActionKind KIND = ActionKind.of(UnmarshalTable.class, 6,
            state -> ActionKind.forEach(state,
                    stream -> new UnmarshalTable(stream, state.mint(HandleKind.POINTER)), HandleKind.STREAM))
            .onlyInCorrectChains();

    @Override
    public String describe() {
        return made + " = CoUnmarshalInterface(" + stream + ")";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.initialized(state, thread),
                Requirements.handle(state, stream, HandleKind.STREAM, HandleStatus.TABLE, -1),
                Requirements.fresh(state, made, HandleKind.POINTER));
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.add(made, thread, state.info(stream).origin(), HandleStatus.LIVE);
    }

    @Override
    public void perform(ActionContext context) {
        MarshalStream source = context.handles().stream(stream);
        if (source == null) {
            return;
        }
        context.self().rewindStream(source);
        ComResult<InterfacePointer> pointer = context.self().coUnmarshalInterface(source,
                context.handles().iid(stream));
        Answers.expectUnlessGone(context, pointer.hr(), describe(), source, HResult.S_OK);
        Answers.expectPointerKind(context, pointer, source, describe());
        context.handles().bind(made, pointer.value(), context.handles().iid(stream));
    }
}
