package org.comlife.checks.property.shrink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.chain.ChainThread;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.ThreadApartment;
import org.comlife.checks.property.server.ServerPlan;

/**
 * The chains one shrink step away from a chain, biggest cuts first: a whole thread; the whole
 * life of a handle (the step that made it and every step that used what it made, transitively);
 * a single step; the cuts the actions themselves offer ({@code Action.shrinks}); two threads
 * merged into one; a plainer apartment, server, or action. Every candidate is smaller or plainer,
 * so shrinking cannot cycle; candidates may be invalid, and the shrinker drops those.
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
                candidates.add(Candidate.without(chain, cascade(chain, Set.of(i))));
            }
        }
        for (int i = 0; i < chain.steps().size(); i++) {
            candidates.add(Candidate.without(chain, Set.of(i)));
        }
        List<Candidate> plainerActions = new ArrayList<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            for (Candidate offered : chain.steps().get(i).action().shrinks(chain, i)) {
                if (offered.removed().isEmpty()) {
                    plainerActions.add(offered);
                } else {
                    candidates.add(offered);
                }
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
        candidates.addAll(plainerActions);
        return candidates;
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

    private static Candidate withoutThread(ActionChain chain, int thread) {
        Set<Integer> seeds = new HashSet<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            if (chain.steps().get(i).thread() == thread) {
                seeds.add(i);
            }
        }
        Candidate without = Candidate.without(chain, cascade(chain, seeds));
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
