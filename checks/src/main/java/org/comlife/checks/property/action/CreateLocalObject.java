package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.checks.property.state.ObjectOrigin;

/**
 * The thread creates an object of its own in its apartment (application code, not an API call),
 * holding its one reference; other threads may get it only by marshaling.
 */
public record CreateLocalObject(Handle made) implements Action {
    public static final ActionKind KIND = ActionKind.of(CreateLocalObject.class, 4, state -> List.of(
            new CreateLocalObject(state.mint(HandleKind.POINTER))));

    @Override
    public String describe() {
        return made + " = new Site (an object of this thread's apartment)";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        return Requirements.first(Requirements.initialized(state, thread),
                Requirements.fresh(state, made, HandleKind.POINTER));
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.add(made, thread, ObjectOrigin.local(thread, state.apartment(thread)), HandleStatus.LIVE);
    }

    @Override
    public void perform(ActionContext context) {
        if (context.self().apartment() != null) {
            context.handles().bind(made, new LocalSite(context.self()), ChainClasses.ISITE);
        }
    }
}
