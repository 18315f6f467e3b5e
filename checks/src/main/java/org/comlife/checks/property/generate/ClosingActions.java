package org.comlife.checks.property.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.comlife.checks.property.action.Action;
import org.comlife.checks.property.action.ActionKind;
import org.comlife.checks.property.action.CallMethod;
import org.comlife.checks.property.action.MarshalToStream;
import org.comlife.checks.property.action.Misuse;
import org.comlife.checks.property.action.Uninitialize;
import org.comlife.checks.property.action.WaitWithoutPumping;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.chain.ThreadApartment;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;

/**
 * The closing part of a chain: whatever the free part left open is given back in a random
 * order (streams unmarshaled or discarded, locks undone, cookies revoked, pointers released),
 * then some threads leave COM. With misuses enabled, a few misuse actions may slip in, and the
 * closing-only misuses (an abandoned cookie, an STA's final wait without pumping) are placed.
 */
final class ClosingActions {
    /** How many misuse actions the closing part may add: it must still end. */
    private static final int MISUSES_WHILE_CLOSING = 2;

    private ClosingActions() {
    }

    static void append(ChainState state, SplittableRandom random, GenerationSettings settings, List<ChainStep> steps) {
        Vocabulary vocabulary = settings.vocabulary();
        Predicate<ChainStep> permitted = proposal -> settings.permits(proposal, state);
        Map<ActionKind, Integer> closing = new EnumMap<>(ActionKind.class);
        closing.put(ActionKind.UNMARSHAL_FROM_STREAM, 4);
        closing.put(ActionKind.DISCARD_STREAM, 1);
        closing.put(ActionKind.UNLOCK_SERVER, 4);
        closing.put(ActionKind.REVOKE_FROM_GIT, 4);
        closing.put(ActionKind.RELEASE, 4);
        if (vocabulary.allows(ActionKind.ABANDON_GIT_COOKIE)) {
            closing.put(ActionKind.ABANDON_GIT_COOKIE, 4);
        }
        Map<ActionKind, Integer> misuses = new EnumMap<>(ActionKind.class);
        for (ActionKind kind : ActionKind.values()) {
            if (kind.misuse() != null && kind.weight() > 0 && vocabulary.allows(kind)) {
                misuses.put(kind, kind.weight());
            }
        }
        int misusesLeft = misuses.isEmpty() ? 0 : MISUSES_WHILE_CLOSING;
        boolean unpumpedWaitPlaced = !vocabulary.allows(ActionKind.WAIT_WITHOUT_PUMPING);
        if (vocabulary.allows(Misuse.UNINITIALIZED_THREAD) && random.nextBoolean()) {
            handToThreadWithoutApartment(state, random, permitted, steps);
        }
        while (true) {
            if (!unpumpedWaitPlaced && random.nextBoolean()) {
                unpumpedWaitPlaced = placeUnpumpedWait(state, random, steps);
            }
            ChainStep step = null;
            if (misusesLeft > 0 && random.nextInt(3) == 0) {
                step = WeightedPick.step(state, random, misuses, permitted);
                misusesLeft--;
            }
            if (step == null) {
                step = WeightedPick.step(state, random, closing, permitted);
            }
            if (step == null) {
                break;
            }
            add(state, steps, step);
        }
        if (misusesLeft > 0 && random.nextBoolean()) {
            ChainStep late = WeightedPick.step(state, random, misuses, permitted);
            if (late != null) {
                add(state, steps, late);
            }
        }
        endThreads(state, random, vocabulary, steps);
    }

    /**
     * The uninitialized-thread misuse where it bites: a live pointer is marshaled for a thread
     * that never joined an apartment, which the closing part then makes unmarshal it.
     */
    private static void handToThreadWithoutApartment(ChainState state, SplittableRandom random,
                                                     Predicate<ChainStep> permitted, List<ChainStep> steps) {
        List<ChainStep> handoffs = new ArrayList<>();
        for (int consumer = 0; consumer < state.threads().size(); consumer++) {
            if (state.apartment(consumer) != ThreadApartment.NONE) {
                continue;
            }
            for (HandleInfo pointer : state.handles(HandleKind.POINTER, HandleStatus.LIVE)) {
                ChainStep handoff = new ChainStep(pointer.holder(), new MarshalToStream(pointer.handle(),
                        state.mint(HandleKind.STREAM), state.threads().get(consumer).name()));
                if (handoff.action().precondition(state, handoff.thread()) == null && permitted.test(handoff)) {
                    handoffs.add(handoff);
                }
            }
        }
        if (!handoffs.isEmpty()) {
            add(state, steps, handoffs.get(random.nextInt(handoffs.size())));
        }
    }

    /**
     * The sta-not-pumping misuse where it bites: an STA that holds nothing more starts its final
     * unpumped wait, and a thread that still holds a proxy to one of its objects calls it after
     * that (in the chain's order; the scheduler may still run the call first). False when no such
     * pair exists yet.
     */
    private static boolean placeUnpumpedWait(ChainState state, SplittableRandom random, List<ChainStep> steps) {
        List<ChainStep[]> pairs = new ArrayList<>();
        for (HandleInfo pointer : state.handles(HandleKind.POINTER, HandleStatus.LIVE)) {
            int home = pointer.origin().home();
            Action waits = new WaitWithoutPumping();
            Action calls = new CallMethod(pointer.handle(), ChainClasses.WORK);
            if (pointer.origin().isStaLocal() && pointer.holder() != home && waits.precondition(state, home) == null
                    && calls.precondition(state, pointer.holder()) == null) {
                pairs.add(new ChainStep[] {new ChainStep(home, waits), new ChainStep(pointer.holder(), calls)});
            }
        }
        if (pairs.isEmpty()) {
            return false;
        }
        for (ChainStep step : pairs.get(random.nextInt(pairs.size()))) {
            add(state, steps, step);
        }
        return true;
    }

    /** Some threads end with CoUninitialize; with sta-not-pumping, an STA others call into may end waiting unpumped. */
    private static void endThreads(ChainState state, SplittableRandom random, Vocabulary vocabulary,
                                   List<ChainStep> steps) {
        List<Integer> order = new ArrayList<>();
        for (int thread = 0; thread < state.threads().size(); thread++) {
            order.add(random.nextInt(order.size() + 1), thread);
        }
        for (int thread : order) {
            Action waits = new WaitWithoutPumping();
            boolean calledInto = state.apartment(thread) == ThreadApartment.STA && state.calledFromOtherThreads(thread);
            if (vocabulary.allows(ActionKind.WAIT_WITHOUT_PUMPING) && waits.precondition(state, thread) == null
                    && random.nextInt(4) < (calledInto ? 3 : 1)) {
                add(state, steps, new ChainStep(thread, waits));
                continue;
            }
            Action leaves = new Uninitialize();
            if (leaves.precondition(state, thread) == null && random.nextInt(4) == 0) {
                add(state, steps, new ChainStep(thread, leaves));
            }
        }
    }

    private static void add(ChainState state, List<ChainStep> steps, ChainStep step) {
        step.action().apply(state, step.thread());
        steps.add(step);
    }
}
