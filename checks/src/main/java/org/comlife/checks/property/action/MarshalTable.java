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
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalStream;

/**
 * CoMarshalInterface of a held pointer with TABLESTRONG or TABLEWEAK into a new stream: a packet
 * any thread may unmarshal any number of times until its owner releases the marshal data. The
 * pointer must outlive the marshal data (a TABLEWEAK packet does not keep the object alive).
 */
public record MarshalTable(Handle pointer, Handle made, MarshalFlags flags) implements Action {
    public static final ActionKind KIND = ActionKind.of(MarshalTable.class, 3, state -> {
        List<Action> marshals = new ArrayList<>();
        for (Handle pointer : state.handles(HandleKind.POINTER)) {
            marshals.add(new MarshalTable(pointer, state.mint(HandleKind.STREAM), MarshalFlags.TABLESTRONG));
            marshals.add(new MarshalTable(pointer, state.mint(HandleKind.STREAM), MarshalFlags.TABLEWEAK));
        }
        return marshals;
    }).onlyInCorrectChains();

    @Override
    public String describe() {
        return made + " = CoMarshalInterface(" + pointer + ", " + flags + ")";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.holds(state, thread, pointer, HandleKind.POINTER),
                Requirements.fresh(state, made, HandleKind.STREAM),
                flags == MarshalFlags.NORMAL ? "NORMAL packets go through MarshalToStream" : null);
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.add(made, thread, state.info(pointer).origin(), HandleStatus.TABLE);
        state.noteTableSource(made, pointer, flags);
    }

    @Override
    public void perform(ActionContext context) {
        InterfacePointer target = context.handles().pointer(pointer);
        if (target == null) {
            return;
        }
        Iid iid = context.handles().iid(pointer);
        MarshalStream stream = context.self().createStream();
        HResult hr = context.self().coMarshalInterface(stream, iid, target, flags);
        Answers.expectUnlessGone(context, hr, describe(), target.target(), HResult.S_OK);
        if (hr.failed()) {
            context.self().releaseStream(stream);
            stream = null;
        }
        context.handles().bind(made, stream, iid);
    }

    /** TABLESTRONG, the plainer flag. */
    @Override
    public List<Candidate> shrinks(ActionChain chain, int index) {
        return flags == MarshalFlags.TABLESTRONG ? List.of()
                : Candidate.replacing(chain, index, List.of(new MarshalTable(pointer, made, MarshalFlags.TABLESTRONG)));
    }
}
