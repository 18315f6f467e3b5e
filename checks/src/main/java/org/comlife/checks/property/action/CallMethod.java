package org.comlife.checks.property.action;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.checks.property.shrink.Candidate;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.OriginKind;
import org.comlife.model.InterfacePointer;

/**
 * A method call through a pointer the thread holds: raw in its own apartment, or through a proxy
 * into the object's apartment (an STA's owner must pump for it to run). Initialize is the
 * instances' second phase of construction.
 */
public record CallMethod(Handle pointer, String method) implements Action {
    public static final ActionKind KIND = ActionKind.of(CallMethod.class, 8, state -> {
        List<Action> calls = new ArrayList<>();
        for (Handle pointer : state.handles(HandleKind.POINTER)) {
            calls.add(new CallMethod(pointer, ChainClasses.WORK));
            calls.add(new CallMethod(pointer, ChainClasses.INITIALIZE));
        }
        return calls;
    });

    @Override
    public String describe() {
        return pointer + "->" + method + "()";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        String held = Requirements.holds(state, thread, pointer, HandleKind.POINTER);
        if (held != null) {
            return held;
        }
        if (ChainClasses.INITIALIZE.equals(method) && state.info(pointer).origin().kind() != OriginKind.INSTANCE) {
            return "only instances have Initialize";
        }
        return ChainClasses.WORK.equals(method) || ChainClasses.INITIALIZE.equals(method) ? null
                : "no method " + method;
    }

    @Override
    public void apply(ChainState state, int thread) {
        HandleInfo info = state.info(pointer);
        if (info.origin().isStaLocal() && info.origin().home() != thread) {
            state.markCalledFromOtherThread(info.origin().home());
        }
    }

    @Override
    public void perform(ActionContext context) {
        call(context, pointer, method);
    }

    /** The call through the pointer's value, when the call that should have made it succeeded. */
    static void call(ActionContext context, Handle pointer, String method) {
        InterfacePointer target = context.handles().pointer(pointer);
        if (target != null) {
            context.self().call(target, method);
        }
    }

    @Override
    public List<Candidate> shrinks(ActionChain chain, int index) {
        return ChainClasses.WORK.equals(method) ? List.of()
                : Candidate.replacing(chain, index, List.of(new CallMethod(pointer, ChainClasses.WORK)));
    }
}
