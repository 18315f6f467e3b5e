package org.comlife.checks.property.action;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.chain.ThreadApartment;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.ComEvent;

/**
 * Misuse sta-not-pumping: an STA thread, done with its own work, waits for the other threads
 * with WaitForSingleObject, which dispatches nothing; a call they make into its objects now
 * waits for a thread that waits for them. It is the thread's last action. Not drawn by the free
 * part of a chain: the closing part places it where it bites (the wait, then another thread's call
 * into one of the waiting thread's objects), and ends an STA that others call into with it in
 * three cases of four (one in four otherwise).
 */
public record WaitWithoutPumping() implements Action {
    public static final ActionKind KIND = ActionKind.of(WaitWithoutPumping.class, 0,
            state -> List.of(new WaitWithoutPumping())).withMisuse(Misuse.STA_NOT_PUMPING)
            .withPlacement(Misuse.STA_NOT_PUMPING, WaitWithoutPumping::thenCalledInto)
            .withEnding((state, thread) -> state.calledFromOtherThreads(thread) ? 3 : 1);

    @Override
    public String describe() {
        return "WaitForSingleObject until every other thread is done, not pumping";
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
        return Requirements.holdsNothing(state, thread);
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

    /** For each live pointer to an STA's local object held by another thread: the STA waits, the holder calls. */
    private static List<List<ChainStep>> thenCalledInto(ChainState state) {
        List<List<ChainStep>> pairs = new ArrayList<>();
        for (HandleInfo pointer : state.handles(HandleKind.POINTER, HandleStatus.LIVE)) {
            int home = pointer.origin().home();
            if (pointer.origin().isStaLocal() && pointer.holder() != home) {
                pairs.add(List.of(new ChainStep(home, new WaitWithoutPumping()),
                        new ChainStep(pointer.holder(), new CallMethod(pointer.handle(), ChainClasses.WORK))));
            }
        }
        return pairs;
    }
}
