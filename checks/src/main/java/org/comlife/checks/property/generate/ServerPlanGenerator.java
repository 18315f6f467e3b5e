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
 * vocabulary enables with a high probability (a hunt wants the misuse in most of its cases).
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
        return new ServerPlan(main, secondClass, worker || workerRevokes, suspended, counting, unbalancedUnlock,
                workerRevokes);
    }

    private static boolean likely(SplittableRandom random) {
        return random.nextInt(4) != 0;
    }
}
