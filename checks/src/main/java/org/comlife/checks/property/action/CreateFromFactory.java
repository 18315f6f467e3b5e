package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.checks.property.state.ObjectOrigin;
import org.comlife.model.CallResult;
import org.comlife.model.ClassFactory;
import org.comlife.model.InterfacePointer;

/** IClassFactory::CreateInstance through a factory this thread holds: server code creates an instance. */
public record CreateFromFactory(Handle factory, Handle made) implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.CREATE_FROM_FACTORY;
    }

    @Override
    public List<Handle> touches() {
        return List.of(factory, made);
    }

    @Override
    public String describe() {
        return made + " = " + factory + "->CreateInstance()";
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return new CreateFromFactory(Action.rename(factory, from, to), Action.rename(made, from, to));
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, factory, HandleKind.FACTORY, HandleStatus.LIVE, thread),
                Requirements.fresh(state, made, HandleKind.POINTER));
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.add(new HandleInfo(made, thread, ObjectOrigin.instance(), HandleStatus.LIVE, 0, thread));
    }

    /** A local object instead of the server's instance, when the failure does not need the server. */
    @Override
    public List<Action> simplifications() {
        return List.of(new CreateLocalObject(made));
    }

    @Override
    public void perform(ActionContext context) {
        InterfacePointer pointer = context.handles().pointer(factory);
        if (pointer == null) {
            return;
        }
        CallResult created = context.self().call(pointer, ClassFactory.CREATE_INSTANCE, null, ChainClasses.ISAMPLE);
        context.handles().bind(made, created.pointer(), ChainClasses.ISAMPLE);
    }
}
