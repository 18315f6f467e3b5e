package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.checks.property.shrink.Candidate;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.checks.property.state.ObjectOrigin;
import org.comlife.model.HResult;
import org.comlife.model.CallResult;
import org.comlife.model.ClassFactory;
import org.comlife.model.InterfacePointer;

/** IClassFactory::CreateInstance through a factory this thread holds: server code creates an instance. */
public record CreateFromFactory(Handle factory, Handle made) implements Action {
    public static final ActionKind KIND = ActionKind.of(CreateFromFactory.class, 5,
            state -> ActionKind.forEach(state,
                    factory -> new CreateFromFactory(factory, state.mint(HandleKind.POINTER)), HandleKind.FACTORY));

    @Override
    public String describe() {
        return made + " = " + factory + "->CreateInstance()";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.holds(state, thread, factory, HandleKind.FACTORY),
                Requirements.fresh(state, made, HandleKind.POINTER));
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.add(made, thread, ObjectOrigin.instance(), HandleStatus.LIVE);
    }

    @Override
    public void perform(ActionContext context) {
        InterfacePointer pointer = context.handles().pointer(factory);
        if (pointer != null) {
            CallResult created = context.self().call(pointer, ClassFactory.CREATE_INSTANCE, null,
                    ChainClasses.ISAMPLE);
            Answers.expect(context, created.hr(), describe(), HResult.S_OK);
            context.handles().bind(made, created.pointer(), ChainClasses.ISAMPLE);
        }
    }

    /** A local object instead of the server's instance, when the failure does not need the server. */
    @Override
    public List<Candidate> shrinks(ActionChain chain, int index) {
        return Candidate.replacing(chain, index, List.of(new CreateLocalObject(made)));
    }
}
