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
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.HResult;
import org.comlife.model.ComResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;

/** CoGetInterfaceAndReleaseStream, once, by the thread the stream is for: a pointer valid in its apartment. */
public record UnmarshalFromStream(Handle stream, Handle made) implements Action {
    /** Also a closing action: a pending stream is one way to end. */
    public static final ActionKind KIND = ActionKind.of(UnmarshalFromStream.class, 5,
            state -> ActionKind.forEach(state,
                    stream -> new UnmarshalFromStream(stream, state.mint(HandleKind.POINTER)), HandleKind.STREAM))
            .withClosingWeight(4);

    @Override
    public String describe() {
        return made + " = CoGetInterfaceAndReleaseStream(" + stream + ")";
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
        state.add(made, thread, info.origin(), HandleStatus.LIVE);
    }

    @Override
    public void perform(ActionContext context) {
        MarshalStream source = context.handles().stream(stream);
        if (source != null) {
            ComResult<InterfacePointer> pointer = context.self().coGetInterfaceAndReleaseStream(source,
                    context.handles().iid(stream));
            // A packet whose apartment was torn down (its marshaling thread left COM) has ended with it.
            Answers.expect(context, pointer.hr(), describe(), HResult.S_OK, HResult.CO_E_OBJNOTCONNECTED);
            context.handles().bind(made, pointer.value(), context.handles().iid(stream));
        }
    }

    /**
     * A relay cut short: thread T marshals a pointer for U, U unmarshals it (this step) only to
     * marshal it on for V and release it. T marshals for V directly; U's three steps go.
     */
    @Override
    public List<Candidate> shrinks(ActionChain chain, int index) {
        int marshal = -1;
        int forward = -1;
        int release = -1;
        for (int i = 0; i < chain.steps().size(); i++) {
            Action action = chain.steps().get(i).action();
            if (i == index) {
                continue;
            }
            if (action.touches().contains(stream)) {
                if (!(action instanceof MarshalToStream) || marshal >= 0) {
                    return List.of();
                }
                marshal = i;
            } else if (action.touches().contains(made)) {
                if (action instanceof MarshalToStream && forward < 0) {
                    forward = i;
                } else if (action.equals(new ReleasePointer(made)) && release < 0) {
                    release = i;
                } else {
                    return List.of();
                }
            }
        }
        if (marshal < 0 || forward < 0 || release < 0) {
            return List.of();
        }
        MarshalToStream first = (MarshalToStream) chain.steps().get(marshal).action();
        MarshalToStream onward = (MarshalToStream) chain.steps().get(forward).action();
        List<ChainStep> steps = new ArrayList<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            ChainStep step = chain.steps().get(i);
            if (i == marshal) {
                steps.add(new ChainStep(step.thread(), new MarshalToStream(first.pointer(), onward.made(),
                        onward.consumer())));
            } else if (i != index && i != forward && i != release) {
                steps.add(step);
            }
        }
        return List.of(new Candidate(chain.withSteps(steps), Set.of(index, forward, release)));
    }
}
