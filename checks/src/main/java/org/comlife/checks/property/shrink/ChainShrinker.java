package org.comlife.checks.property.shrink;

import java.util.Set;
import java.util.SplittableRandom;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.execute.CaseFailure;
import org.comlife.checks.property.execute.CaseRun;
import org.comlife.checks.property.execute.CaseRunner;
import org.comlife.checks.property.execute.LenientReplayChooser;
import org.comlife.checks.property.execute.PreemptionBoundedChooser;
import org.comlife.checks.property.generate.ChainValidity;
import org.comlife.checks.property.server.ServerPlan;
import org.comlife.checks.schedule.Chooser;
import org.comlife.checks.schedule.RandomChooser;
import org.comlife.checks.schedule.ReplayChooser;

/**
 * Integrated shrinking of a failing case: greedily takes the first smaller or plainer valid chain
 * that still breaks the same invariant, until no candidate does (candidates only ever remove or
 * simplify, so this ends), then shrinks the schedule to the fewest API steps, then replays the
 * result exactly from its recorded schedule. A candidate is run first
 * along the current schedule (leniently, as the chain changed), then on a few other schedules:
 * the failure may need a different interleaving once steps are gone. Those schedules come from
 * the case seed, so shrinking is as reproducible as generation.
 */
public final class ChainShrinker {
    private final CaseRunner runner;
    private final ShrinkBudget budget;
    private final SplittableRandom seeds;
    private int runs;
    private int candidatesRun;
    private int accepted;

    private ChainShrinker(CaseRunner runner, ShrinkBudget budget, long seed) {
        this.runner = runner;
        this.budget = budget;
        this.seeds = new SplittableRandom(seed);
    }

    public static ShrinkResult shrink(CaseRun failing, CaseRunner runner, ShrinkBudget budget, long seed) {
        if (!failing.failed()) {
            throw new IllegalArgumentException("only a failing run can be shrunk");
        }
        return new ChainShrinker(runner, budget, seed).run(failing);
    }

    private ShrinkResult run(CaseRun failing) {
        long start = System.nanoTime();
        CaseFailure target = failing.failure();
        CaseRun current = failing;
        boolean shrinking = true;
        while (shrinking && runs < budget.maxRuns()) {
            shrinking = false;
            for (Candidate candidate : ShrinkCandidates.of(withPlainestUnusedServer(current.chain()))) {
                if (runs >= budget.maxRuns()) {
                    break;
                }
                if (ChainValidity.check(candidate.chain()) != null) {
                    continue;
                }
                CaseRun attempt = attempt(candidate, current, target);
                if (attempt != null) {
                    current = attempt;
                    accepted++;
                    shrinking = true;
                    break;
                }
            }
        }
        CaseRun chainMinimal = current;
        ScheduleShrinker schedules = new ScheduleShrinker(runner, budget, seeds);
        CaseRun scheduleMinimal = schedules.shrink(chainMinimal, target);
        runs += schedules.runs();
        CaseRun replayed = runner.run(scheduleMinimal.chain().renumbered(),
                new ReplayChooser(scheduleMinimal.schedule()));
        runs++;
        CaseRun minimal = replayed.failed() && replayed.failure().sameAs(target) ? replayed : scheduleMinimal;
        if (target.invariant() != null) {
            minimal = minimal.withFailure(minimal.failure().focusedOn(Set.of(target.invariant())));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new ShrinkResult(minimal, new ShrinkReport(candidatesRun, runs, accepted, failing.preemptions(),
                minimal.preemptions(), millis));
    }

    /**
     * The candidate's failing run, or null when no schedule tried makes it fail alike. First along
     * the current schedule without the turns of the removed steps (the same interleaving of what
     * is left, so a race survives), then on a few schedules with 0 to 2 preemptions (a race
     * usually needs few) and a few uniformly random ones. A run in no more API steps than the
     * current case is taken at once; otherwise the first failing run, once all were tried (a
     * smaller chain is worth a longer run; the schedule is shrunk at the end).
     */
    private CaseRun attempt(Candidate candidate, CaseRun current, CaseFailure target) {
        candidatesRun++;
        CaseRun longer = null;
        for (int k = 0; k <= budget.randomSchedulesPerCandidate(); k++) {
            Chooser chooser = k == 0 ? new LenientReplayChooser(current.scheduleWithout(candidate.removed()))
                    : k % 2 == 1 ? new PreemptionBoundedChooser(seeds.nextLong(), (k / 2) % 3)
                    : new RandomChooser(seeds.nextLong());
            runs++;
            CaseRun run = runner.run(candidate.chain(), chooser);
            if (run.failed() && run.failure().sameAs(target)) {
                if (run.apiSteps() <= current.apiSteps()) {
                    return run;
                }
                if (longer == null) {
                    longer = run;
                }
            }
        }
        return longer;
    }

    /** A chain that launches no server shows the plainest server plan (it is never run anyway). */
    private static ActionChain withPlainestUnusedServer(ActionChain chain) {
        return chain.usesServer() ? chain : chain.withServer(ServerPlan.simplest());
    }
}
