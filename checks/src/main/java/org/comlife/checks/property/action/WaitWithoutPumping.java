package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.ThreadApartment;
import org.comlife.checks.property.state.ChainState;
import org.comlife.model.ComEvent;

/**
 * Misuse sta-not-pumping: an STA thread, done with its own work, waits for the other threads
 * with WaitForSingleObject, which dispatches nothing; a call they make into its objects now
 * waits for a thread that waits for them. It is the thread's last action.
 */
public record WaitWithoutPumping() implements Action {

    @Override
    public ActionKind kind() {
        return ActionKind.WAIT_WITHOUT_PUMPING;
    }

    @Override
    public List<Handle> touches() {
        return List.of();
    }

    @Override
    public String describe() {
        return "WaitForSingleObject until every other thread is done, not pumping" + Action.misuseTag(kind());
    }

    @Override
    public Action renamed(Handle from, Handle to) {
        return this;
    }

    @Override
    public String precondition(ChainState state, int thread) {
        String initialized = Requirements.initialized(state, thread);
        if (initialized != null) {
            return initialized;
        }
        if (state.apartment(thread) != ThreadApartment.STA) {
            return "only an STA has messages to pump";
        }
        return state.holdsAnything(thread) ? "the thread still holds handles" : null;
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.markWaitsForever(thread);
    }

    @Override
    public void perform(ActionContext context) {
        if (context.ownDone() != null) {
            context.self().setEvent(context.ownDone());
        }
        for (ComEvent other : context.othersDone()) {
            if (!other.isSet()) {
                context.self().waitForEvent(other);
            }
        }
    }
}
