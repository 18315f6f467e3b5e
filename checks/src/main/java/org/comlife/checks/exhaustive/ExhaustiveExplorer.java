package org.comlife.checks.exhaustive;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Explores every interleaving of a bounded program at API-step granularity: a search of the
 * graph of the deterministic scheduler's choices with visited-state pruning, every choice out
 * of every state taken once, every invariant checked in every new state and the end-of-run
 * invariants in every final state.
 *
 * <p>The model's state cannot be saved and restored, so the search runs the program again and
 * again from the initial state, and what it costs is mostly the runs and their steps. It keeps
 * the graph it has met (each state, and where each choice taken out of it led) and lets a run
 * go on past states already seen: a run heads for the shallowest state with a choice nobody has
 * taken, takes it, and keeps taking untaken choices ahead of it for as long as it finds any
 * ({@link GraphWalker}): far fewer runs than a depth-first search that ends each run at the first
 * state seen before (the README has the measurements). A violating state is not expanded.
 * Deadlock is found by the model itself (every thread waits, none can go on) and shows as a
 * violation of invariant 6. A run in which a thread of the program fails (an API answered what
 * the program did not expect) is a finding too.
 *
 * <p>Several workers can search side by side ({@link #explore(Program, RuntimeHelpers,
 * ExplorationBudget, int)}), sharing the graph: a step spends much of its time waiting for one
 * logical thread to wake up, so more workers than cores keep the cores busy. The states found
 * and the verdict do not depend on the number of workers; the number of runs and, in a failing
 * program, how many states were met before the search stopped do.
 *
 * <p>The first path the search finds into a violation is seldom the shortest. When it has
 * found one, a breadth-first search ({@link ShortestViolationSearch}) looks for a shorter one,
 * level by level up to the length found, so the counterexample returned is a shortest one.
 */
public final class ExhaustiveExplorer {
    private static final String NOT_CONFIRMED_SHORTEST =
            "the time budget ran out before a shorter counterexample was ruled out";

    private ExhaustiveExplorer() {
    }

    /** Explores with one worker. */
    public static ExplorationResult explore(Program program, RuntimeHelpers implementation, ExplorationBudget budget) {
        return explore(program, implementation, budget, 1);
    }

    /** Explores with {@code workers} workers side by side (at least 1). */
    public static ExplorationResult explore(Program program, RuntimeHelpers implementation, ExplorationBudget budget,
                                            int workers) {
        return explore(program, implementation, budget, ExplorationOptions.defaults().withWorkers(workers));
    }

    /**
     * Explores as the options say: with their workers side by side; handing the progress to
     * their listener at their interval while the search runs (a listener that throws ends the
     * exploration with an error); going on from their checkpoint file if it exists, and saving
     * the search to it if it runs out of budget, so that the next exploration goes on from there.
     * A checkpoint that cannot be read is refused with an {@link IllegalArgumentException}
     * before anything runs.
     */
    public static ExplorationResult explore(Program program, RuntimeHelpers implementation, ExplorationBudget budget,
                                            ExplorationOptions options) {
        return explore(program, implementation, budget, options, false, search -> { });
    }

    /**
     * As {@link #explore(Program, RuntimeHelpers, ExplorationBudget, ExplorationOptions)}, showing
     * the search to {@code inspect} at the end; with {@code symmetricTexts}, it keeps every state's
     * text up to the renaming of interchangeable threads too (for the cross-check of the reductions).
     */
    static ExplorationResult explore(Program program, RuntimeHelpers implementation, ExplorationBudget budget,
                                     ExplorationOptions options, boolean symmetricTexts,
                                     Consumer<SharedSearch> inspect) {
        long start = System.nanoTime();
        int workers = options.workers();
        SharedSearch shared = new SharedSearch(workers, start, budget);
        if (symmetricTexts) {
            shared.symmetricTexts = new java.util.concurrent.ConcurrentHashMap<>();
        }
        ExplorationCheckpoint.Earlier earlier = null;
        if (options.checkpoint() != null && Files.exists(options.checkpoint())) {
            earlier = ExplorationCheckpoint.load(options.checkpoint(), shared);
        }
        ProgressReporter reporter = options.progress() == null ? null
                : ProgressReporter.start(shared, start, options.progressEveryMillis(), options.progress());
        Reduction reduction = options.reductions().partialOrder() ? new Reduction() : null;
        List<GraphWalker> searchers = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            searchers.add(new GraphWalker(program, implementation, budget, shared, workers == 1, reduction,
                    options.reductions().symmetry()));
        }
        int rounds = 0;
        while (true) {
            rounds++;
            search(searchers, shared);
            if (reduction == null || !shared.exhausted() || shared.shortest() != null) {
                break;
            }
            ReductionRounds.Outcome outcome = ReductionRounds.check(shared.graph, reduction);
            if (outcome.error() != null) {
                shared.fail(outcome.error());
                break;
            }
            if (!outcome.more()) {
                break;
            }
            shared.graph.reopen();
            if (!shared.nextRound()) {
                break;
            }
        }
        shared.rounds = rounds;
        if (reporter != null) {
            reporter.stop();
        }
        inspect.accept(shared);
        ExplorationResult result = result(program, implementation, budget, shared, start);
        return earlier == null && options.checkpoint() == null ? result
                : withCheckpoint(result, shared, earlier, options.checkpoint());
    }

    /** The result with the earlier parts' time added, and the search saved if it ran out of budget. */
    private static ExplorationResult withCheckpoint(ExplorationResult result, SharedSearch shared,
                                                    ExplorationCheckpoint.Earlier earlier, Path checkpoint) {
        long earlierMillis = earlier == null ? 0 : earlier.millis();
        long millis = earlierMillis + result.millis();
        String detail = result.detail();
        if (earlier != null) {
            detail = join(detail, "went on from " + checkpoint + " (" + earlier.distinctStates() + " states, "
                    + earlierMillis + " ms before)");
        }
        if (result.verdict() == Verdict.BOUND_REACHED) {
            try {
                ExplorationCheckpoint.save(checkpoint, shared, millis);
                detail = join(detail, "saved to " + checkpoint + ": explore again to go on");
            } catch (UncheckedIOException failure) {
                detail = join(detail, failure.getMessage());
            }
        }
        return new ExplorationResult(result.verdict(), result.distinctStates(), result.statesVisited(),
                result.transitions(), result.runs(), millis, result.counterexample(),
                result.counterexampleShortest(), detail);
    }

    private static String join(String detail, String more) {
        return detail.isEmpty() ? more : detail + "; " + more;
    }

    /** Runs the workers until none finds anything left to take, or the search stops. */
    private static void search(List<GraphWalker> searchers, SharedSearch shared) {
        if (searchers.size() == 1) {
            searchers.get(0).run(); // on the caller's thread: nothing to coordinate
            return;
        }
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < searchers.size(); i++) {
            Thread thread = new Thread(searchers.get(i), "exhaustive-worker-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        joinAll(threads, shared);
    }

    private static void joinAll(List<Thread> threads, SharedSearch shared) {
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                shared.fail("interrupted while waiting for the exploration workers");
                return;
            }
        }
    }

    private static ExplorationResult result(Program program, RuntimeHelpers implementation, ExplorationBudget budget,
                                            SharedSearch shared, long start) {
        String error = shared.error();
        ExhaustiveCounterexample shortest = shared.shortest();
        long runs = shared.runs.sum();
        boolean shortestConfirmed = true;
        if (error == null && shortest != null && shortest.length() > 1) {
            ShortestViolationSearch.Outcome shorter = ShortestViolationSearch.search(program, implementation,
                    budget.maxStepsPerRun(), shortest.length(),
                    start + TimeUnit.MILLISECONDS.toNanos(budget.maxMillis()));
            runs += shorter.runs();
            if (shorter.shorter() != null) {
                shortest = shorter.shorter();
            }
            shortestConfirmed = !shorter.outOfTime();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Verdict verdict;
        String detail;
        if (error != null) {
            verdict = Verdict.ERROR;
            detail = error;
        } else if (shortest != null) {
            verdict = Verdict.VIOLATION;
            detail = shared.exhausted() ? "" : "search stopped early: " + shared.bound();
            if (!shortestConfirmed) {
                detail += (detail.isEmpty() ? "" : "; ") + NOT_CONFIRMED_SHORTEST;
            }
        } else if (shared.exhausted()) {
            verdict = Verdict.PASSED;
            detail = "";
        } else {
            verdict = Verdict.BOUND_REACHED;
            detail = shared.bound();
        }
        return new ExplorationResult(verdict, shared.distinctStates(), shared.statesVisited.sum(),
                shared.transitions.sum(), runs, millis, shortest, shortestConfirmed, detail);
    }
}
