package org.comlife.checks.property.action;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.shrink.Candidate;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.HResult;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalStream;

/**
 * CoReleaseMarshalData of a table stream by its owner, once, after every unmarshal of it; then,
 * when {@code probe}, one more unmarshal, which the contract refuses (CO_E_OBJNOTCONNECTED for a
 * released TABLESTRONG packet, CO_E_OBJNOTREG for a TABLEWEAK one); then IStream::Release.
 */
public record ReleaseTable(Handle stream, MarshalFlags flags, boolean probe) implements Action {
    /** Also a closing action: the marshal data must be given back. */
    public static final ActionKind KIND = ActionKind.of(ReleaseTable.class, 1, state -> {
        List<Action> releases = new ArrayList<>();
        for (Handle stream : state.handles(HandleKind.STREAM)) {
            MarshalFlags flags = state.tableFlags(stream);
            if (flags != null) {
                releases.add(new ReleaseTable(stream, flags, true));
                releases.add(new ReleaseTable(stream, flags, false));
            }
        }
        return releases;
    }).withClosingWeight(4).onlyInCorrectChains();

    @Override
    public String describe() {
        return "CoReleaseMarshalData(" + stream + ")" + (probe ? "; CoUnmarshalInterface(" + stream + ")" : "")
                + "; " + stream + "->Release()";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, stream, HandleKind.STREAM, HandleStatus.TABLE, thread),
                flags == state.tableFlags(stream) ? null : stream + " was not marshaled " + flags);
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.update(state.info(stream).withStatus(HandleStatus.TABLE_RELEASED));
    }

    @Override
    public void perform(ActionContext context) {
        MarshalStream source = context.handles().stream(stream);
        if (source == null) {
            return;
        }
        context.self().rewindStream(source);
        Answers.expectUnlessGone(context, context.self().coReleaseMarshalData(source),
                "CoReleaseMarshalData(" + stream + ")", Answers.objectOf(source), HResult.S_OK);
        if (probe) {
            context.self().rewindStream(source);
            Answers.expect(context, context.self().coUnmarshalInterface(source, context.handles().iid(stream)).hr(),
                    "CoUnmarshalInterface(" + stream + ") after its marshal data was released",
                    flags == MarshalFlags.TABLEWEAK ? HResult.CO_E_OBJNOTREG : HResult.CO_E_OBJNOTCONNECTED);
        }
        context.self().releaseStream(source);
    }

    /** Without the probe. */
    @Override
    public List<Candidate> shrinks(ActionChain chain, int index) {
        return probe ? Candidate.replacing(chain, index, List.of(new ReleaseTable(stream, flags, false))) : List.of();
    }
}
