package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.MarshalStream;

/** Misuse missing-detach: the smart pointer releases a stream CoGetInterfaceAndReleaseStream already freed. */
public record ReleaseStreamAgain(Handle stream) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.RELEASE_STREAM_AGAIN;
    }

    @Override
    public List<Handle> touches() {
        return List.of(stream);
    }

    @Override
    public String describe() {
        return stream + "->Release() after CoGetInterfaceAndReleaseStream" + Action.misuseTag(kind());
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new ReleaseStreamAgain(Action.rename(stream, from, to));
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, stream, HandleKind.STREAM, HandleStatus.CONSUMED, thread));
    }

    @Override
    public void apply(ChainState state, int thread) {
        // The chain's view is unchanged: the stream was already gone.
    }

    @Override
    public void perform(ActionContext context) {
        MarshalStream source = context.handles().stream(stream);
        if (source != null) {
            context.self().releaseStream(source);
        }
    }
}
