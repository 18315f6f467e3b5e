package org.comlife.checks.property.action;

import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.ComResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;

/** Misuse double-unmarshal: CoGetInterfaceAndReleaseStream on a stream the thread already consumed. */
public record UnmarshalStreamAgain(Handle stream) implements Action {
    public static final ActionKind KIND = ActionKind.of(UnmarshalStreamAgain.class, 8,
            state -> ActionKind.forEach(state, UnmarshalStreamAgain::new, HandleKind.STREAM))
            .withMisuse(Misuse.DOUBLE_UNMARSHAL);

    @Override
    public String describe() {
        return "CoGetInterfaceAndReleaseStream(" + stream + ") again";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, stream, HandleKind.STREAM, HandleStatus.CONSUMED, thread));
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
