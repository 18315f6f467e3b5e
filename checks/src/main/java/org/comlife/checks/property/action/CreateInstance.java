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
import org.comlife.model.InterfacePointer;

/** CoCreateInstance through the SCM (which may launch the server): a new instance for this thread. */
public record CreateInstance(Handle made, Clsid clsid) implements Action {
    public static final ActionKind KIND = ActionKind.of(CreateInstance.class, 5, state -> List.of(
            new CreateInstance(state.mint(HandleKind.POINTER), ChainClasses.SAMPLE),
            new CreateInstance(state.mint(HandleKind.POINTER), ChainClasses.SECOND)));

    @Override
    public boolean activates() {
        return true;
    }

    @Override
    public String describe() {
        return made + " = CoCreateInstance(" + clsid.name() + ")";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.active(state, thread), Requirements.fresh(state, made,
                HandleKind.POINTER), Requirements.served(state, clsid));
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.add(made, thread, ObjectOrigin.instance(), HandleStatus.LIVE);
    }

    @Override
    public void perform(ActionContext context) {
        ComResult<InterfacePointer> created = context.self().coCreateInstance(clsid, ChainClasses.ISAMPLE);
        Answers.expect(context, created.hr(), describe(), Activation.CONTRACT);
        context.handles().bind(made, created.value(), ChainClasses.ISAMPLE);
    }

    /** The plainer class, or a local object instead of a server's: no launch, no server in the counterexample. */
    @Override
    public List<Candidate> shrinks(ActionChain chain, int index) {
        return Candidate.replacing(chain, index, clsid.equals(ChainClasses.SAMPLE)
                ? List.of(new CreateLocalObject(made))
                : List.of(new CreateInstance(made, ChainClasses.SAMPLE), new CreateLocalObject(made)));
    }
}
