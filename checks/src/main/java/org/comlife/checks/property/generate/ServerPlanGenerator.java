package org.comlife.checks.property.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.comlife.checks.property.action.Misuse;
import org.comlife.checks.property.server.InstanceCounting;
import org.comlife.checks.property.server.ServerPlan;
import org.comlife.model.ApartmentKind;

/**
 * Generates the server's code for a chain: its shape at random, and each server-side misuse the
 * vocabulary enables with a high probability (a hunt wants the misuse in most of its cases). Correct
 * chains also get, now and then, a server that refuses some activations as the contract allows:
 * SINGLEUSE classes, a drain by CoSuspendClassObjects, a class revoked early.
 */
final class ServerPlanGenerator {
    private ServerPlanGenerator() {
    }

    static ServerPlan generate(SplittableRandom random, Vocabulary vocabulary) {
        ApartmentKind main = random.nextBoolean() ? ApartmentKind.STA : ApartmentKind.MTA;
        boolean secondClass = random.nextBoolean();
        boolean worker = random.nextInt(4) == 0;
        boolean suspended = !(vocabulary.allows(Misuse.NOT_SUSPENDED_REGISTRATION) && likely(random));
        List<InstanceCounting> wrongCounts = new ArrayList<>();
        for (InstanceCounting counting : InstanceCounting.values()) {
            if (counting.misuse() != null && vocabulary.allows(counting.misuse())) {
                wrongCounts.add(counting);
            }
        }
        InstanceCounting counting = !wrongCounts.isEmpty() && likely(random)
                ? wrongCounts.get(random.nextInt(wrongCounts.size())) : InstanceCounting.COUNTED;
        boolean unbalancedUnlock = vocabulary.allows(Misuse.UNBALANCED_UNLOCK) && likely(random);
        boolean workerRevokes = vocabulary.allows(Misuse.REVOKE_WRONG_THREAD) && likely(random);
        ServerPlan plan = new ServerPlan(main, secondClass, worker || workerRevokes, suspended, counting,
                unbalancedUnlock, workerRevokes);
        if (!vocabulary.misuses().isEmpty()) {
            // A hunt for a client fault keeps every activation it can get: refusals would only thin its cases.
            return plan;
        }
        return plan.refusing(random.nextInt(8) == 0, random.nextInt(6) == 0, random.nextInt(4) == 0);
    }

    private static boolean likely(SplittableRandom random) {
        return random.nextInt(4) != 0;
    }
}
