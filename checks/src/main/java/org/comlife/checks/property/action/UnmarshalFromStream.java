package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.ComResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;

/** CoGetInterfaceAndReleaseStream, once, by the thread the stream is for: a pointer valid in its apartment. */
public record UnmarshalFromStream(Handle stream, Handle made) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.UNMARSHAL_FROM_STREAM;
    }

    @Override
    public List<Handle> touches() {
        return List.of(stream, made);
    }

    @Override
    public String describe() {
        return made + " = CoGetInterfaceAndReleaseStream(" + stream + ")";
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new UnmarshalFromStream(Action.rename(stream, from, to), Action.rename(made, from, to));
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, stream, HandleKind.STREAM, HandleStatus.PENDING, thread),
                Requirements.fresh(state, made, HandleKind.POINTER));
    }

    @Override
    public void apply(ChainState state, int thread) {
        HandleInfo info = state.info(stream);
        state.update(info.withStatus(HandleStatus.CONSUMED));
        state.add(new HandleInfo(made, thread, info.origin(), HandleStatus.LIVE, 0, thread));
    }

    @Override
    public void perform(ActionContext context) {
        MarshalStream source = context.handles().stream(stream);
        if (source == null) {
            return;
        }
        ComResult<InterfacePointer> pointer = context.self().coGetInterfaceAndReleaseStream(source,
                context.handles().iid(stream));
        context.handles().bind(made, pointer.value(), context.handles().iid(stream));
    }
}
