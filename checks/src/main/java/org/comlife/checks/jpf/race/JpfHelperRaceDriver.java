package org.comlife.checks.jpf.race;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.comlife.checks.jpf.program.JpfImplementations;

/**
 * The program JPF runs for a helper race: one fresh helper of the chosen runtime, one Java
 * thread per operation of the race, all started together and joined (untimed); then the
 * observed outcome (each result and the helper's end state) must equal that of some sequential
 * order of the same operations under the sequential specification. If none does, the helper is
 * not linearizable and an AssertionError names the race, the observed outcome and every
 * allowed one; JPF reports it through its NoUncaughtExceptionsProperty.
 *
 * <p>Arguments: the program ({@code race:<id>}, see {@link HelperRace}) and the implementation
 * ({@link JpfImplementations} name).
 */
public final class JpfHelperRaceDriver {
    /** Starts the program argument that names a race: {@code race:server-process-count}. */
    public static final String PROGRAM_PREFIX = "race:";
    /** What the error message says of a helper whose outcome no sequential order explains. */
    public static final String NOT_LINEARIZABLE = "is not linearizable";
    /** What a thread's result is when its operation threw instead of answering. */
    static final String THREW = "threw ";

    private JpfHelperRaceDriver() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2 || !args[0].startsWith(PROGRAM_PREFIX)) {
            throw new IllegalArgumentException("usage: JpfHelperRaceDriver race:<id> <implementation>");
        }
        HelperRace race = HelperRace.byId(args[0].substring(PROGRAM_PREFIX.length()));
        RacedHelper helper = race.underTest(JpfImplementations.byName(args[1]));
        RaceOutcome observed = race(helper, race.operations());
        StringBuilder allowed = new StringBuilder();
        for (List<Integer> order : SequentialOrders.of(race.operations().size())) {
            RaceOutcome expected = inOrder(race, order);
            if (expected.equals(observed)) {
                return;
            }
            allowed.append("\n  in order ").append(names(race.operations(), order)).append(": ").append(expected);
        }
        throw new AssertionError(race.id() + " race with " + args[1] + " " + NOT_LINEARIZABLE + ": "
                + names(race.operations(), null) + " on " + race.helper() + " observed " + observed
                + "\nallowed (the sequential specification in some order):" + allowed);
    }

    /** Runs each operation on a thread of its own, all at once, and collects what they answered. */
    private static RaceOutcome race(RacedHelper helper, List<String> operations) throws InterruptedException {
        String[] results = new String[operations.size()];
        Thread[] threads = new Thread[operations.size()];
        for (int i = 0; i < threads.length; i++) {
            int thread = i;
            Supplier<String> operation = helper.operation(operations.get(i));
            threads[i] = new Thread(() -> results[thread] = answer(operation), threadName(operations, i));
        }
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new RaceOutcome(operations, Arrays.asList(results), helper.state());
    }

    /** The operation's answer; a throw is an answer too, one no specification gives. */
    private static String answer(Supplier<String> operation) {
        try {
            return operation.get();
        } catch (RuntimeException | AssertionError thrown) {
            return THREW + thrown;
        }
    }

    /** The thread's name in error paths: its operation, numbered when two threads run the same one. */
    private static String threadName(List<String> operations, int thread) {
        String operation = operations.get(thread);
        return operations.indexOf(operation) == operations.lastIndexOf(operation) ? operation
                : operation + " #" + (thread + 1);
    }

    /** The specification's outcome when the threads run one at a time in the order; results stay in thread order. */
    private static RaceOutcome inOrder(HelperRace race, List<Integer> order) {
        RacedHelper specification = race.specification();
        String[] results = new String[order.size()];
        for (Integer thread : order) {
            results[thread] = specification.operation(race.operations().get(thread)).get();
        }
        return new RaceOutcome(race.operations(), Arrays.asList(results), specification.state());
    }

    /** "release || lockForActivation" for all threads (order null), else the operations in the order, comma-separated. */
    private static String names(List<String> operations, List<Integer> order) {
        List<String> named = new ArrayList<>();
        if (order == null) {
            named.addAll(operations);
        } else {
            for (Integer thread : order) {
                named.add(operations.get(thread));
            }
        }
        StringBuilder text = new StringBuilder();
        for (String name : named) {
            if (text.length() > 0) {
                text.append(order == null ? " || " : ", ");
            }
            text.append(name);
        }
        return text.toString();
    }
}
