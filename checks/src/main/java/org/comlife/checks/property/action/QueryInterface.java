package org.comlife.checks.property.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.shrink.Candidate;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.ComResult;
import org.comlife.model.InterfacePointer;

/** IUnknown::QueryInterface on a held pointer or factory: a second reference, released on its own. */
public record QueryInterface(Handle source, Handle made) implements Action {
    public static final ActionKind KIND = ActionKind.of(QueryInterface.class, 2,
            state -> ActionKind.forEach(state, source -> new QueryInterface(source, state.mint(source.kind())),
                    HandleKind.POINTER, HandleKind.FACTORY));

    @Override
    public String describe() {
        return made + " = " + source + "->QueryInterface()";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.holdsReference(state, thread, source),
                Requirements.fresh(state, made, source.kind()));
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.add(made, thread, state.info(source).origin(), HandleStatus.LIVE);
    }

    @Override
    public void perform(ActionContext context) {
        InterfacePointer pointer = context.handles().pointer(source);
        if (pointer != null) {
            ComResult<InterfacePointer> copy = context.self().queryInterface(pointer, context.handles().iid(source));
            context.handles().bind(made, copy.value(), context.handles().iid(source));
        }
    }

    /**
     * The copy used in place of the reference it was copied from: the copy and its release go,
     * its other uses use the source. Nothing when the copy is not released exactly once.
     */
    @Override
    public List<Candidate> shrinks(ActionChain chain, int index) {
        ReleasePointer released = new ReleasePointer(made);
        int release = chain.indexOf(released, index + 1);
        if (release < 0 || chain.indexOf(released, release + 1) >= 0) {
            return List.of();
        }
        List<ChainStep> steps = new ArrayList<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            ChainStep step = chain.steps().get(i);
            if (i != index && i != release) {
                steps.add(new ChainStep(step.thread(),
                        step.action().renamed(handle -> handle.equals(made) ? source : handle)));
            }
        }
        return List.of(new Candidate(chain.withSteps(steps), Set.of(index, release)));
    }
}
