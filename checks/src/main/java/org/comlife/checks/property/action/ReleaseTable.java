package org.comlife.checks.property.action;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.shrink.Candidate;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.ComResult;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalStream;
import org.comlife.model.Proxy;

/**
 * CoReleaseMarshalData of a table stream by its owner, once, after every unmarshal of it; then,
 * when {@code probe}, one more unmarshal: the contract refuses it for a released TABLESTRONG
 * packet (CO_E_OBJNOTCONNECTED), and for a TABLEWEAK one answers as its stub's life says (S_OK
 * while something keeps the stub, CO_E_OBJNOTREG once it is gone); then IStream::Release.
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
                "CoReleaseMarshalData(" + stream + ")", source, HResult.S_OK);
        if (probe) {
            context.self().rewindStream(source);
            String call = "CoUnmarshalInterface(" + stream + ") after its marshal data was released";
            if (flags == MarshalFlags.TABLEWEAK) {
                probeWeak(context, source, call);
            } else {
                Answers.expectUnlessGone(context, context.self().coUnmarshalInterface(source,
                        context.handles().iid(stream)).hr(), call, Answers.objectOf(source), HResult.CO_E_OBJNOTCONNECTED);
            }
        }
        context.self().releaseStream(source);
    }

    /**
     * A released TABLEWEAK packet still unmarshals while its stub lives (a proxy or another
     * packet keeps it: CONFORMANCE.md T7) and answers CO_E_OBJNOTREG once the stub is gone (T3,
     * T6). Which applies is read from the stub after the call: a destroyed stub never comes back,
     * so CO_E_OBJNOTREG with the stub alive breaks the contract, and so does a proxy to a stub
     * destroyed while its apartment lives (the proxy's own reference would have kept it). The
     * object itself, in its own apartment, holds nothing on the stub, which another thread may
     * destroy before the check. The pointer an S_OK gives is released at once, so the probe
     * leaves no reference.
     */
    private void probeWeak(ActionContext context, MarshalStream source, String call) {
        ComResult<InterfacePointer> got = context.self().coUnmarshalInterface(source, context.handles().iid(stream));
        boolean apartmentAlive = Answers.objectOf(source).home().isAlive();
        boolean stubGone = Answers.weakStubGone(source) || !apartmentAlive;
        if (!got.succeeded()) {
            Answers.expect(context, got.hr(), call + (stubGone ? "" : " while its stub lives"),
                    stubGone ? HResult.CO_E_OBJNOTREG : HResult.S_OK);
            return;
        }
        if (got.value() instanceof Proxy && apartmentAlive && stubGone) {
            Answers.expect(context, got.hr(), call + " gave a proxy to a destroyed stub", HResult.CO_E_OBJNOTREG);
        }
        Answers.expectPointerKind(context, got, source, call);
        context.self().release(got.value());
    }

    /** Without the probe. */
    @Override
    public List<Candidate> shrinks(ActionChain chain, int index) {
        return probe ? Candidate.replacing(chain, index, List.of(new ReleaseTable(stream, flags, false))) : List.of();
    }
}
