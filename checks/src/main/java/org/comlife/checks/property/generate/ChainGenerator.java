package org.comlife.checks.property.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.comlife.checks.property.action.ActionKind;
import org.comlife.checks.property.action.Misuse;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.chain.ChainThread;
import org.comlife.checks.property.chain.GeneratedCase;
import org.comlife.checks.property.chain.ThreadApartment;
import org.comlife.checks.property.server.ServerPlan;
import org.comlife.checks.property.state.ChainState;

/**
 * Generates a case from one seed: 2–4 client threads with their apartments, the server's code,
 * a free part of random valid actions (as a model-based tester walks a state machine), the
 * closing part, and the scheduler's seed. The same seed and settings give the same case.
 */
public final class ChainGenerator {
    private ChainGenerator() {
    }

    public static GeneratedCase generate(long caseSeed, GenerationSettings settings) {
        SplittableRandom random = new SplittableRandom(caseSeed);
        long scheduleSeed = random.nextLong();
        Vocabulary vocabulary = settings.vocabulary();
        List<ChainThread> threads = threads(random, settings);
        ServerPlan server = ServerPlanGenerator.generate(random, vocabulary);
        ChainState state = new ChainState(threads, server);
        List<ChainStep> steps = new ArrayList<>();
        int free = size(random, settings.maxActions());
        for (int i = 0; i < free; i++) {
            ChainStep step = WeightedPick.step(state, random, vocabulary.kinds(), ActionKind::weight);
            if (step == null) {
                break;
            }
            step.action().apply(state, step.thread());
            steps.add(step);
        }
        ClosingActions.append(state, random, vocabulary, steps);
        return new GeneratedCase(caseSeed, new ActionChain(threads, steps, server), scheduleSeed);
    }

    /** Half the cases uniform up to the maximum, half skewed small: small cases shrink fast, large ones reach far. */
    private static int size(SplittableRandom random, int maxActions) {
        return random.nextBoolean() ? 1 + random.nextInt(maxActions)
                : 1 + random.nextInt(1 + random.nextInt(maxActions));
    }

    /**
     * The threads and their apartments. With the uninitialized-thread misuse, half the cases get
     * threads that never join an apartment, and then the others are mostly STAs: the misuse only
     * bites in a process without an MTA, where a thread in no apartment cannot borrow one.
     */
    private static List<ChainThread> threads(SplittableRandom random, GenerationSettings settings) {
        int count = settings.minThreads() + random.nextInt(settings.maxThreads() - settings.minThreads() + 1);
        boolean uninitialized = settings.vocabulary().allows(Misuse.UNINITIALIZED_THREAD) && random.nextBoolean();
        List<ChainThread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ThreadApartment apartment = random.nextInt(4) < (uninitialized ? 3 : 2) ? ThreadApartment.STA
                    : ThreadApartment.MTA;
            // The first thread always joins an apartment: someone must own what the others misuse.
            if (uninitialized && i > 0 && random.nextInt(2) == 0) {
                apartment = ThreadApartment.NONE;
            }
            threads.add(new ChainThread("t" + (i + 1), apartment));
        }
        return threads;
    }
}
