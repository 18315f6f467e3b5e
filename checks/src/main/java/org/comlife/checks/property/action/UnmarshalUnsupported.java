package org.comlife.checks.property.action;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.HResult;
import org.comlife.model.MarshalStream;

/**
 * An unmarshal for an interface the object does not implement: E_NOINTERFACE. Of a table stream
 * (any thread, CoUnmarshalInterface) nothing changes; of a pending NORMAL stream (its consumer,
 * CoGetInterfaceAndReleaseStream) the packet ends and its references go back, so the object can
 * still die and its server still exit.
 */
public record UnmarshalUnsupported(Handle stream, boolean table) implements Action {
    public static final ActionKind KIND = ActionKind.of(UnmarshalUnsupported.class, 2, state -> {
        List<Action> unmarshals = new ArrayList<>();
        for (Handle stream : state.handles(HandleKind.STREAM)) {
            unmarshals.add(new UnmarshalUnsupported(stream, true));
            unmarshals.add(new UnmarshalUnsupported(stream, false));
        }
        return unmarshals;
    }).onlyInCorrectChains();

    @Override
    public String describe() {
        return (table ? "CoUnmarshalInterface(" : "CoGetInterfaceAndReleaseStream(") + stream + ", "
                + ChainClasses.IUNSUPPORTED.name() + ")";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.initialized(state, thread), table
                ? Requirements.handle(state, stream, HandleKind.STREAM, HandleStatus.TABLE, -1)
                : Requirements.handle(state, stream, HandleKind.STREAM, HandleStatus.PENDING, thread));
    }

    @Override
    public void apply(ChainState state, int thread) {
        if (!table) {
            state.update(state.info(stream).withStatus(HandleStatus.CONSUMED));
        }
    }

    @Override
    public void perform(ActionContext context) {
        MarshalStream source = context.handles().stream(stream);
        if (source == null) {
            return;
        }
        if (table) {
            context.self().rewindStream(source);
            Answers.expectUnlessGone(context, context.self().coUnmarshalInterface(source,
                    ChainClasses.IUNSUPPORTED).hr(), describe(), source, HResult.E_NOINTERFACE);
        } else {
            // A packet whose apartment was torn down has ended already: the contract answers CO_E_OBJNOTCONNECTED.
            Answers.expect(context, context.self().coGetInterfaceAndReleaseStream(source,
                    ChainClasses.IUNSUPPORTED).hr(), describe(), HResult.E_NOINTERFACE, HResult.CO_E_OBJNOTCONNECTED);
        }
    }
}
