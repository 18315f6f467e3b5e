package org.comlife.checks.property.shrink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comlife.checks.property.action.Action;
import org.comlife.checks.property.action.GetFromGit;
import org.comlife.checks.property.action.LockServer;
import org.comlife.checks.property.action.MarshalToStream;
import org.comlife.checks.property.action.QueryInterface;
import org.comlife.checks.property.action.RegisterInGit;
import org.comlife.checks.property.action.ReleasePointer;
import org.comlife.checks.property.action.RevokeFromGit;
import org.comlife.checks.property.action.UnmarshalFromStream;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.chain.ChainThread;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.chain.ThreadApartment;
import org.comlife.checks.property.server.ServerPlan;

/**
 * The chains one shrink step away from a chain, biggest cuts first: a whole thread; the whole
 * life of a handle (the step that made it and every step that used what it made, transitively);
 * a LockServer pair; a single step; a QueryInterface copy replaced by its source; a relay of
 * streams cut short; a GIT handoff done with a stream; two threads merged into one; a plainer
 * apartment, server or argument. Every candidate is smaller or plainer, so shrinking cannot
 * cycle; candidates may be invalid, and the shrinker drops those.
 */
final class ShrinkCandidates {
    private ShrinkCandidates() {
    }

    static List<Candidate> of(ActionChain chain) {
        List<Candidate> candidates = new ArrayList<>();
        int threads = chain.threads().size();
        for (int t = 0; t < threads && threads > 1; t++) {
            candidates.add(withoutThread(chain, t));
        }
        for (int i = 0; i < chain.steps().size(); i++) {
            if (!madeBy(chain, i).isEmpty()) {
                candidates.add(withoutSteps(chain, cascade(chain, Set.of(i))));
            }
        }
        for (int i = 0; i < chain.steps().size(); i++) {
            int unlock = matchingUnlock(chain, i);
            if (unlock >= 0) {
                candidates.add(withoutSteps(chain, Set.of(i, unlock)));
            }
        }
        for (int i = 0; i < chain.steps().size(); i++) {
            candidates.add(withoutSteps(chain, Set.of(i)));
        }
        for (int i = 0; i < chain.steps().size(); i++) {
            Candidate original = copyAsOriginal(chain, i);
            if (original != null) {
                candidates.add(original);
            }
        }
        for (int i = 0; i < chain.steps().size(); i++) {
            Candidate direct = relayShortcut(chain, i);
            if (direct != null) {
                candidates.add(direct);
            }
        }
        for (int i = 0; i < chain.steps().size(); i++) {
            Candidate handoff = gitHandoffAsStream(chain, i);
            if (handoff != null) {
                candidates.add(handoff);
            }
        }
        for (int from = 1; from < threads; from++) {
            for (int into = 0; into < from; into++) {
                candidates.add(new Candidate(merged(chain, from, into), Set.of()));
            }
        }
        for (int t = 0; t < threads; t++) {
            ChainThread thread = chain.threads().get(t);
            for (ThreadApartment plainer : plainer(thread.apartment())) {
                candidates.add(new Candidate(chain.withThread(t, thread.withApartment(plainer)), Set.of()));
            }
        }
        for (ServerPlan plainer : chain.server().simplifications()) {
            candidates.add(new Candidate(chain.withServer(plainer), Set.of()));
        }
        for (int i = 0; i < chain.steps().size(); i++) {
            ChainStep step = chain.steps().get(i);
            for (Action plainer : step.action().simplifications()) {
                List<ChainStep> steps = new ArrayList<>(chain.steps());
                steps.set(i, new ChainStep(step.thread(), plainer));
                candidates.add(new Candidate(chain.withSteps(steps), Set.of()));
            }
        }
        return candidates;
    }

    /** The step of the LockServer(FALSE) that undoes the LockServer(TRUE) at step {@code lock}, or -1. */
    private static int matchingUnlock(ActionChain chain, int lock) {
        if (!(chain.steps().get(lock).action() instanceof LockServer locked) || !locked.lock()) {
            return -1;
        }
        for (int i = lock + 1; i < chain.steps().size(); i++) {
            if (chain.steps().get(i).action() instanceof LockServer unlocked && !unlocked.lock()
                    && unlocked.factory().equals(locked.factory())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A QueryInterface copy made at step {@code copy} used in place of the reference it was
     * copied from: the copy and its release go, its other uses use the source. Null when the copy
     * is not released exactly once.
     */
    private static Candidate copyAsOriginal(ActionChain chain, int copy) {
        if (!(chain.steps().get(copy).action() instanceof QueryInterface query)) {
            return null;
        }
        int release = -1;
        for (int i = copy + 1; i < chain.steps().size(); i++) {
            if (chain.steps().get(i).action() instanceof ReleasePointer released
                    && released.pointer().equals(query.made())) {
                if (release >= 0) {
                    return null;
                }
                release = i;
            }
        }
        if (release < 0) {
            return null;
        }
        List<ChainStep> steps = new ArrayList<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            ChainStep step = chain.steps().get(i);
            if (i != copy && i != release) {
                steps.add(new ChainStep(step.thread(), step.action().renamed(query.made(), query.source())));
            }
        }
        return new Candidate(chain.withSteps(steps), Set.of(copy, release));
    }

    /**
     * A relay cut short: thread T marshals a pointer for U, U unmarshals it only to marshal it on
     * for V and release it. T marshals for V directly; U's three steps go. Null when step
     * {@code unmarshal} is not such a relay.
     */
    private static Candidate relayShortcut(ActionChain chain, int unmarshal) {
        if (!(chain.steps().get(unmarshal).action() instanceof UnmarshalFromStream received)) {
            return null;
        }
        int marshal = -1;
        int forward = -1;
        int release = -1;
        for (int i = 0; i < chain.steps().size(); i++) {
            Action action = chain.steps().get(i).action();
            if (i == unmarshal) {
                continue;
            }
            if (action.touches().contains(received.stream())) {
                if (!(action instanceof MarshalToStream) || marshal >= 0) {
                    return null;
                }
                marshal = i;
            } else if (action.touches().contains(received.made())) {
                if (action instanceof MarshalToStream && forward < 0) {
                    forward = i;
                } else if (action instanceof ReleasePointer && release < 0) {
                    release = i;
                } else {
                    return null;
                }
            }
        }
        if (marshal < 0 || forward < 0 || release < 0) {
            return null;
        }
        MarshalToStream first = (MarshalToStream) chain.steps().get(marshal).action();
        MarshalToStream onward = (MarshalToStream) chain.steps().get(forward).action();
        List<ChainStep> steps = new ArrayList<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            ChainStep step = chain.steps().get(i);
            if (i == marshal) {
                steps.add(new ChainStep(step.thread(), new MarshalToStream(first.pointer(), onward.made(),
                        onward.consumer())));
            } else if (i != unmarshal && i != forward && i != release) {
                steps.add(step);
            }
        }
        return new Candidate(chain.withSteps(steps), Set.of(unmarshal, forward, release));
    }

    /**
     * A GIT cookie registered at step {@code register}, fetched once by another thread and
     * revoked, is a handoff a stream does more plainly: the registration becomes
     * CoMarshalInterThreadInterfaceInStream for that thread, the get becomes
     * CoGetInterfaceAndReleaseStream, the revoke goes. Null when the cookie is used otherwise.
     */
    private static Candidate gitHandoffAsStream(ActionChain chain, int register) {
        if (!(chain.steps().get(register).action() instanceof RegisterInGit registration)) {
            return null;
        }
        Handle cookie = registration.made();
        int get = -1;
        Set<Integer> revokes = new HashSet<>();
        for (int i = register + 1; i < chain.steps().size(); i++) {
            Action action = chain.steps().get(i).action();
            if (!action.touches().contains(cookie)) {
                continue;
            }
            if (action instanceof GetFromGit && get < 0) {
                get = i;
            } else if (action instanceof RevokeFromGit) {
                revokes.add(i);
            } else {
                return null;
            }
        }
        if (get < 0 || chain.steps().get(get).thread() == chain.steps().get(register).thread()) {
            return null;
        }
        Handle stream = new Handle(cookie.number(), HandleKind.STREAM);
        String consumer = chain.threads().get(chain.steps().get(get).thread()).name();
        List<ChainStep> steps = new ArrayList<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            ChainStep step = chain.steps().get(i);
            if (i == register) {
                steps.add(new ChainStep(step.thread(), new MarshalToStream(registration.pointer(), stream, consumer)));
            } else if (i == get) {
                steps.add(new ChainStep(step.thread(),
                        new UnmarshalFromStream(stream, ((GetFromGit) step.action()).made())));
            } else if (!revokes.contains(i)) {
                steps.add(step);
            }
        }
        return new Candidate(chain.withSteps(steps), revokes);
    }

    /** STA is the plainest apartment (one thread, one queue); a thread with none gets one. */
    private static List<ThreadApartment> plainer(ThreadApartment apartment) {
        return switch (apartment) {
            case STA -> List.of();
            case MTA -> List.of(ThreadApartment.STA);
            case NONE -> List.of(ThreadApartment.STA, ThreadApartment.MTA);
        };
    }

    /** The handles whose first use in the chain is step {@code index}: what that step made. */
    private static Set<Handle> madeBy(ActionChain chain, int index) {
        Set<Handle> seen = new HashSet<>();
        for (int i = 0; i < index; i++) {
            seen.addAll(chain.steps().get(i).action().touches());
        }
        Set<Handle> made = new HashSet<>();
        for (Handle handle : chain.steps().get(index).action().touches()) {
            if (!seen.contains(handle)) {
                made.add(handle);
            }
        }
        return made;
    }

    /** The given steps and every later step that touches something they made, transitively. */
    private static Set<Integer> cascade(ActionChain chain, Set<Integer> seeds) {
        Map<Handle, Integer> maker = new HashMap<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            for (Handle handle : chain.steps().get(i).action().touches()) {
                maker.putIfAbsent(handle, i);
            }
        }
        Set<Integer> removed = new HashSet<>(seeds);
        Set<Handle> dead = new HashSet<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            List<Handle> touched = chain.steps().get(i).action().touches();
            boolean dies = removed.contains(i);
            for (Handle handle : touched) {
                dies |= dead.contains(handle);
            }
            if (dies) {
                removed.add(i);
                for (Handle handle : touched) {
                    if (maker.get(handle) == i) {
                        dead.add(handle);
                    }
                }
            }
        }
        return removed;
    }

    private static Candidate withoutSteps(ActionChain chain, Set<Integer> removed) {
        List<ChainStep> kept = new ArrayList<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            if (!removed.contains(i)) {
                kept.add(chain.steps().get(i));
            }
        }
        return new Candidate(chain.withSteps(kept), Set.copyOf(removed));
    }

    private static Candidate withoutThread(ActionChain chain, int thread) {
        Set<Integer> seeds = new HashSet<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            if (chain.steps().get(i).thread() == thread) {
                seeds.add(i);
            }
        }
        Candidate without = withoutSteps(chain, cascade(chain, seeds));
        for (ChainStep step : without.chain().steps()) {
            if (step.thread() == thread) {
                return without;
            }
        }
        return new Candidate(without.chain().withoutIdleThread(thread), without.removed());
    }

    /** Thread {@code from}'s steps run by thread {@code into} instead; {@code from} disappears. */
    private static ActionChain merged(ActionChain chain, int from, int into) {
        List<ChainStep> steps = new ArrayList<>();
        for (ChainStep step : chain.steps()) {
            steps.add(step.thread() == from ? new ChainStep(into, step.action()) : step);
        }
        return chain.withSteps(steps).withoutIdleThread(from);
    }
}
