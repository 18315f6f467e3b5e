package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.ComResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;

/**
 * CoMarshalInterThreadInterfaceInStream of a held pointer, for one other thread to unmarshal
 * once. (Factories are not handed on: the implicit server lock belongs to the activating proxy.)
 */
public record MarshalToStream(Handle pointer, Handle made, String consumer) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.MARSHAL_TO_STREAM;
    }

    @Override
    public List<Handle> touches() {
        return List.of(pointer, made);
    }

    @Override
    public String describe() {
        return made + " = CoMarshalInterThreadInterfaceInStream(" + pointer + ") for " + consumer;
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new MarshalToStream(Action.rename(pointer, from, to), Action.rename(made, from, to), consumer);
    }

    @Override
    public String precondition(ChainState state, int thread) {
        int target = Requirements.threadNamed(state, consumer);
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, pointer, HandleKind.POINTER, HandleStatus.LIVE, thread),
                Requirements.fresh(state, made, HandleKind.STREAM),
                target < 0 || target == thread ? "the stream must be for another thread" : null,
                target < 0 ? null : Requirements.active(state, target));
    }

    @Override
    public void apply(ChainState state, int thread) {
        HandleInfo info = state.info(pointer);
        state.add(new HandleInfo(made, Requirements.threadNamed(state, consumer), info.origin(), HandleStatus.PENDING,
                0, thread));
    }

    @Override
    public void perform(ActionContext context) {
        InterfacePointer target = context.handles().pointer(pointer);
        if (target == null) {
            return;
        }
        Iid iid = context.handles().iid(pointer);
        ComResult<MarshalStream> stream = context.self().coMarshalInterThreadInterfaceInStream(iid, target);
        context.handles().bind(made, stream.value(), iid);
    }
}
