package org.comlife.checks.property.action;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.shrink.Candidate;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.HResult;
import org.comlife.model.ComResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;

/** RegisterInterfaceInGlobal of a held pointer: a cookie this thread owns and must revoke once. */
public record RegisterInGit(Handle pointer, Handle made) implements Action {
    public static final ActionKind KIND = ActionKind.of(RegisterInGit.class, 5,
            state -> ActionKind.forEach(state,
                    pointer -> new RegisterInGit(pointer, state.mint(HandleKind.COOKIE)), HandleKind.POINTER));

    @Override
    public String describe() {
        return made + " = RegisterInterfaceInGlobal(" + pointer + ")";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.holds(state, thread, pointer, HandleKind.POINTER),
                Requirements.fresh(state, made, HandleKind.COOKIE));
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.add(made, thread, state.info(pointer).origin(), HandleStatus.REGISTERED);
    }

    @Override
    public void perform(ActionContext context) {
        InterfacePointer target = context.handles().pointer(pointer);
        if (target != null) {
            Iid iid = context.handles().iid(pointer);
            ComResult<Integer> cookie = context.self().registerInterfaceInGlobal(target, iid);
            Answers.expectUnlessGone(context, cookie.hr(), describe(), target.target(), HResult.S_OK);
            context.handles().bind(made, cookie.value(), iid);
            context.handles().noteObject(made, target.target());
        }
    }

    /**
     * A cookie fetched once by another thread and revoked is a handoff a stream does more plainly:
     * this registration becomes CoMarshalInterThreadInterfaceInStream for that thread, the get
     * becomes CoGetInterfaceAndReleaseStream, the revoke goes. Nothing when the cookie is used otherwise.
     */
    @Override
    public List<Candidate> shrinks(ActionChain chain, int index) {
        int get = -1;
        Set<Integer> revokes = new HashSet<>();
        for (int i = index + 1; i < chain.steps().size(); i++) {
            Action action = chain.steps().get(i).action();
            if (!action.touches().contains(made)) {
                continue;
            }
            if (action instanceof GetFromGit && get < 0) {
                get = i;
            } else if (action.equals(new RevokeFromGit(made))) {
                revokes.add(i);
            } else {
                return List.of();
            }
        }
        if (get < 0 || chain.steps().get(get).thread() == chain.steps().get(index).thread()) {
            return List.of();
        }
        Handle stream = new Handle(made.number(), HandleKind.STREAM);
        String consumer = chain.threads().get(chain.steps().get(get).thread()).name();
        List<ChainStep> steps = new ArrayList<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            ChainStep step = chain.steps().get(i);
            if (i == index) {
                steps.add(new ChainStep(step.thread(), new MarshalToStream(pointer, stream, consumer)));
            } else if (i == get) {
                steps.add(new ChainStep(step.thread(),
                        new UnmarshalFromStream(stream, ((GetFromGit) step.action()).made())));
            } else if (!revokes.contains(i)) {
                steps.add(step);
            }
        }
        return List.of(new Candidate(chain.withSteps(steps), revokes));
    }
}
