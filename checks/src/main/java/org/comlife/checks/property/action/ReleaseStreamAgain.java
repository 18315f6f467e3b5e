package org.comlife.checks.property.action;

import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.MarshalStream;

/** Misuse missing-detach: the smart pointer releases a stream CoGetInterfaceAndReleaseStream already freed. */
public record ReleaseStreamAgain(Handle stream) implements Action {
    public static final ActionKind KIND = ActionKind.of(ReleaseStreamAgain.class, 8,
            state -> ActionKind.forEach(state, ReleaseStreamAgain::new, HandleKind.STREAM))
            .withMisuse(Misuse.MISSING_DETACH);

    @Override
    public String describe() {
        return stream + "->Release() after CoGetInterfaceAndReleaseStream";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, stream, HandleKind.STREAM, HandleStatus.CONSUMED, thread));
    }

    @Override
    public void perform(ActionContext context) {
        MarshalStream source = context.handles().stream(stream);
        if (source != null) {
            context.self().releaseStream(source);
        }
    }
}
