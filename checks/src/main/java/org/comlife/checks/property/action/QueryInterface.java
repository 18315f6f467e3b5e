package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.ComResult;
import org.comlife.model.InterfacePointer;

/** IUnknown::QueryInterface on a held pointer or factory: a second reference, released on its own. */
public record QueryInterface(Handle source, Handle made) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.QUERY_INTERFACE;
    }

    @Override
    public List<Handle> touches() {
        return List.of(source, made);
    }

    @Override
    public String describe() {
        return made + " = " + source + "->QueryInterface()";
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new QueryInterface(Action.rename(source, from, to), Action.rename(made, from, to));
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.heldReference(state, source, thread), Requirements.fresh(state, made, source.kind()));
    }

    @Override
    public void apply(ChainState state, int thread) {
        HandleInfo info = state.info(source);
        state.add(new HandleInfo(made, thread, info.origin(), HandleStatus.LIVE, 0, thread));
    }

    @Override
    public void perform(ActionContext context) {
        InterfacePointer pointer = context.handles().pointer(source);
        if (pointer == null) {
            return;
        }
        ComResult<InterfacePointer> copy = context.self().queryInterface(pointer, context.handles().iid(source));
        context.handles().bind(made, copy.value(), context.handles().iid(source));
    }
}
