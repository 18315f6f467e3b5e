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
import org.comlife.model.Clsid;
import org.comlife.model.ComResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;

/** CoGetClassObject through the SCM: the class factory, which COM locks the server for while it is out. */
public record GetClassObject(Handle made, Clsid clsid) implements Action {
    public static final ActionKind KIND = ActionKind.of(GetClassObject.class, 3, state -> List.of(
            new GetClassObject(state.mint(HandleKind.FACTORY), ChainClasses.SAMPLE),
            new GetClassObject(state.mint(HandleKind.FACTORY), ChainClasses.SECOND)));

    @Override
    public boolean activates() {
        return true;
    }

    @Override
    public String describe() {
        return made + " = CoGetClassObject(" + clsid.name() + ")";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread), Requirements.fresh(state, made,
                HandleKind.FACTORY), Requirements.served(state, clsid));
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.add(made, thread, ObjectOrigin.factory(), HandleStatus.LIVE);
    }

    @Override
    public void perform(ActionContext context) {
        ComResult<InterfacePointer> factory = context.self().coGetClassObject(clsid, Iid.IClassFactory);
        Answers.expect(context, factory.hr(), describe(), Activation.CONTRACT);
        context.handles().bind(made, factory.value(), Iid.IClassFactory);
    }

    @Override
    public List<Candidate> shrinks(ActionChain chain, int index) {
        return clsid.equals(ChainClasses.SAMPLE) ? List.of()
                : Candidate.replacing(chain, index, List.of(new GetClassObject(made, ChainClasses.SAMPLE)));
    }
}
