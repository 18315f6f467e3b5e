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
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;

/** CoGetClassObject through the SCM: the class factory, which COM locks the server for while it is out. */
public record GetClassObject(Handle made, Clsid clsid) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.GET_CLASS_OBJECT;
    }

    @Override
    public List<Handle> touches() {
        return List.of(made);
    }

    @Override
    public String describe() {
        return made + " = CoGetClassObject(" + clsid.name() + ")";
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new GetClassObject(Action.rename(made, from, to), clsid);
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread), Requirements.fresh(state, made,
                HandleKind.FACTORY), state.serves(clsid) ? null : "the server does not serve " + clsid.name());
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.add(new HandleInfo(made, thread, ObjectOrigin.factory(), HandleStatus.LIVE, 0, thread));
    }

    @Override
    public void perform(ActionContext context) {
        ComResult<InterfacePointer> factory = context.self().coGetClassObject(clsid, Iid.IClassFactory);
        context.handles().bind(made, factory.value(), Iid.IClassFactory);
    }

    @Override
    public List<Action> simplifications() {
        return clsid.equals(ChainClasses.SAMPLE) ? List.of() : List.of(new GetClassObject(made, ChainClasses.SAMPLE));
    }
}
