package org.comlife.checks.property.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.comlife.model.journal.Violation;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The bad-input properties: in a fresh fixture per try, a random sequence of bad calls, each of
 * which must not throw, must answer the contract's code, must leave the state exactly as it was,
 * and must be recorded by the sanitizer exactly when it is a misuse C leaves undefined (under
 * the right invariant). Since nothing changes, every call of a sequence meets the same fixture.
 */
public final class BadInputProperty {
    /** The longest sequence of bad calls made on one fixture. */
    private static final int MAX_CALLS = 6;

    private BadInputProperty() {
    }

    public static BadInputResult check(long seed, int tries, RuntimeHelpers implementation) {
        SplittableRandom random = new SplittableRandom(seed);
        BadCall[] kinds = BadCall.values();
        Map<String, Integer> perKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (int t = 0; t < tries; t++) {
            long trySeed = random.nextLong();
            SplittableRandom arguments = new SplittableRandom(trySeed);
            BadInputFixture fixture = new BadInputFixture(implementation);
            if (!fixture.world.violations().isEmpty()) {
                failures.add("the fixture itself broke an invariant: " + fixture.world.violations());
                break;
            }
            int count = 1 + arguments.nextInt(MAX_CALLS);
            for (int c = 0; c < count; c++) {
                BadCall kind = kinds[arguments.nextInt(kinds.length)];
                perKind.merge(kind.name(), 1, Integer::sum);
                calls++;
                String failure = checkOne(kind, fixture, arguments);
                if (failure != null) {
                    failures.add("try seed 0x" + Long.toHexString(trySeed) + ", call " + (c + 1) + " " + kind + ": "
                            + failure);
                }
            }
        }
        return new BadInputResult(seed, tries, calls, perKind, failures);
    }

    /** Why the call broke a bad-input property, or null. */
    private static String checkOne(BadCall kind, BadInputFixture fixture, SplittableRandom arguments) {
        StateFingerprint before = StateFingerprint.of(fixture);
        int violationsBefore = fixture.world.violations().size();
        BadAnswer answer;
        try {
            answer = kind.perform(fixture, arguments);
        } catch (RuntimeException | Error thrown) {
            return "threw " + thrown;
        }
        if (!Objects.equals(answer.value(), kind.expected())) {
            return answer.call() + " answered " + answer.value() + ", the contract says " + kind.expected();
        }
        if (!StateFingerprint.of(fixture).equals(before)) {
            return answer.call() + " changed the state";
        }
        List<Violation> recorded = fixture.world.violations().subList(violationsBefore,
                fixture.world.violations().size());
        if (kind.violation() == null && !recorded.isEmpty()) {
            return answer.call() + " is a refusal, yet the sanitizer recorded " + recorded;
        }
        if (kind.violation() != null && (recorded.size() != 1 || recorded.get(0).invariant() != kind.violation())) {
            return answer.call() + " is a misuse of invariant " + kind.violation() + ", yet the sanitizer recorded "
                    + recorded;
        }
        return null;
    }
}
