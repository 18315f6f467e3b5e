package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.checks.property.state.ObjectOrigin;
import org.comlife.model.Clsid;
import org.comlife.model.ComResult;
import org.comlife.model.InterfacePointer;

/** CoCreateInstance through the SCM (which may launch the server): a new instance for this thread. */
public record CreateInstance(Handle made, Clsid clsid) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.CREATE_INSTANCE;
    }

    @Override
    public List<Handle> touches() {
        return List.of(made);
    }

    @Override
    public String describe() {
        return made + " = CoCreateInstance(" + clsid.name() + ")";
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new CreateInstance(Action.rename(made, from, to), clsid);
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread), Requirements.fresh(state, made,
                HandleKind.POINTER), state.serves(clsid) ? null : "the server does not serve " + clsid.name());
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.add(new HandleInfo(made, thread, ObjectOrigin.instance(), HandleStatus.LIVE, 0, thread));
    }

    @Override
    public void perform(ActionContext context) {
        ComResult<InterfacePointer> created = context.self().coCreateInstance(clsid, ChainClasses.ISAMPLE);
        context.handles().bind(made, created.value(), ChainClasses.ISAMPLE);
    }

    /** The plainer class, or a local object instead of a server's: no launch, no server in the counterexample. */
    @Override
    public List<Action> simplifications() {
        return clsid.equals(ChainClasses.SAMPLE) ? List.of(new CreateLocalObject(made))
                : List.of(new CreateInstance(made, ChainClasses.SAMPLE), new CreateLocalObject(made));
    }
}
