package org.comlife.checks.property.action;

import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.HResult;
import org.comlife.model.MarshalStream;

/**
 * The thread a stream is for decides not to unmarshal it: CoReleaseMarshalData gives back the
 * packet's references, then IStream::Release frees the stream (the other correct end of a packet).
 */
public record DiscardStream(Handle stream) implements Action {
    public static final ActionKind KIND = ActionKind.of(DiscardStream.class, 1,
            state -> ActionKind.forEach(state, DiscardStream::new, HandleKind.STREAM)).withClosingWeight(1);

    @Override
    public String describe() {
        return "CoReleaseMarshalData(" + stream + "); " + stream + "->Release()";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, stream, HandleKind.STREAM, HandleStatus.PENDING, thread));
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.update(state.info(stream).withStatus(HandleStatus.DISCARDED));
    }

    @Override
    public void perform(ActionContext context) {
        MarshalStream source = context.handles().stream(stream);
        if (source != null) {
            Answers.expectUnlessGone(context, context.self().coReleaseMarshalData(source), describe(),
                    Answers.objectOf(source), HResult.S_OK);
            context.self().releaseStream(source);
        }
    }
}
