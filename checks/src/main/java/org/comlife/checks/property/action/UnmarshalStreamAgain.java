package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.ComResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;

/** Misuse double-unmarshal: CoGetInterfaceAndReleaseStream on a stream the thread already consumed. */
public record UnmarshalStreamAgain(Handle stream) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.UNMARSHAL_STREAM_AGAIN;
    }

    @Override
    public List<Handle> touches() {
        return List.of(stream);
    }

    @Override
    public String describe() {
        return "CoGetInterfaceAndReleaseStream(" + stream + ") again" + Action.misuseTag(kind());
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new UnmarshalStreamAgain(Action.rename(stream, from, to));
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, stream, HandleKind.STREAM, HandleStatus.CONSUMED, thread));
    }

    @Override
    public void apply(ChainState state, int thread) {
        // Nothing the chain holds changes: the stream was already gone.
    }

    @Override
    public void perform(ActionContext context) {
        MarshalStream source = context.handles().stream(stream);
        if (source == null) {
            return;
        }
        ComResult<InterfacePointer> again = context.self().coGetInterfaceAndReleaseStream(source,
                context.handles().iid(stream));
        if (again.succeeded()) {
            // An implementation that hands out a second pointer: give it back, so only the misuse counts.
            context.self().release(again.value());
        }
    }
}
