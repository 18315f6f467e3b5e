package org.comlife.checks.matrix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.coverage.programs.NamedProgram;
import org.comlife.checks.exhaustive.ExhaustiveCounterexample;
import org.comlife.checks.exhaustive.ExhaustiveExplorer;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.exhaustive.ExplorationOptions;
import org.comlife.checks.exhaustive.ExplorationResult;
import org.comlife.checks.exhaustive.Reductions;
import org.comlife.checks.exhaustive.Verdict;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The exhaustive explorer in the matrix. An implementation must pass every interleaving of the
 * Visual Studio package example, of the GIT wrapper example (one call per worker), of the
 * programs that drive every operation of the helpers and of every fault's correct twin (in a
 * quick hunt, of the hunted faults' twins); a fault is caught when some interleaving of its
 * program breaks an invariant. The explorer applies partial-order and symmetry reduction unless
 * told otherwise: {@code ReductionCrossCheckTest} shows on every build that they keep every
 * verdict here. A program that does not behave the same way given the same state (the
 * explorer's {@code ERROR}: user code that loops, blocks outside the model or is not
 * deterministic) is the engine failing, an error cell, never a verdict. The programs of one cell
 * share the cell's budget: each gets the exploration budget or what is left of the cell's,
 * whichever is less.
 */
public final class ExhaustiveEngine implements Engine {
    /** Time kept back from the cell's budget (at most), so the explorer ends on its own before the matrix stops it. */
    private static final long MARGIN_MILLIS = 5_000;
    private final ExplorationBudget budget;
    private final Duration cellBudget;
    private final List<Fault> twinsOf;
    private final ExplorationOptions options;

    /** With both reductions. */
    public ExhaustiveEngine(ExplorationBudget budget) {
        this(budget, MatrixPlan.DEFAULT_CELL_BUDGET);
    }

    /** With the reductions given ({@link Reductions#NONE}: every interleaving, every state). */
    public ExhaustiveEngine(ExplorationBudget budget, Reductions reductions) {
        this(budget, MatrixPlan.DEFAULT_CELL_BUDGET, FaultCatalogue.all(), reductions);
    }

    public ExhaustiveEngine(ExplorationBudget budget, Duration cellBudget) {
        this(budget, cellBudget, FaultCatalogue.all());
    }

    /** An explorer that checks an implementation on the examples and the twins of {@code twinsOf}, with both reductions. */
    public ExhaustiveEngine(ExplorationBudget budget, Duration cellBudget, List<Fault> twinsOf) {
        this(budget, cellBudget, twinsOf, Reductions.BOTH);
    }

    public ExhaustiveEngine(ExplorationBudget budget, Duration cellBudget, List<Fault> twinsOf, Reductions reductions) {
        this.budget = budget;
        this.cellBudget = cellBudget;
        this.twinsOf = List.copyOf(twinsOf);
        this.options = ExplorationOptions.defaults().withReductions(reductions);
    }

    /** What an implementation must pass, named as reports name them: the examples, the helper programs, every twin. */
    public static List<NamedProgram> referencePrograms() {
        List<NamedProgram> programs = new ArrayList<>();
        for (ProgramRef program : ProgramRef.referencePrograms(FaultCatalogue.all())) {
            programs.add(new NamedProgram(program.toString(), program.program()));
        }
        return programs;
    }

    @Override
    public EngineId id() {
        return EngineId.EXHAUSTIVE;
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public EngineFinding checkImplementation(RuntimeHelpers implementation) {
        long deadline = System.currentTimeMillis() + exploringMillis();
        long millis = 0;
        long states = 0;
        List<ProgramRef> programs = ProgramRef.referencePrograms(twinsOf);
        List<String> bounded = new ArrayList<>();
        int explored = 0;
        for (ProgramRef program : programs) {
            long left = deadline - System.currentTimeMillis();
            if (left < 1) {
                // Programs never started are not a pass: the cell says so, as an error.
                throw new EngineFailure("the cell's budget of " + cellBudget.toSeconds() + " s ran out after "
                        + explored + " of the " + programs.size() + " programs (" + states + " states, no violation);"
                        + " give a larger --cell-budget");
            }
            ExplorationResult result = explore(program, implementation, left);
            explored++;
            millis += result.millis();
            states += result.distinctStates();
            if (result.verdict() == Verdict.VIOLATION) {
                return finding(result, program);
            }
            if (result.verdict() == Verdict.BOUND_REACHED) {
                bounded.add(program.toString());
            }
        }
        String remark = explored + " programs explored" + (bounded.isEmpty() ? " completely"
                : "; bound reached (not fully explored) for " + bounded);
        return EngineFinding.clean(millis, states, "states", remark);
    }

    @Override
    public EngineFinding hunt(Fault fault) {
        ProgramRef program = ProgramRef.fault(fault);
        ExplorationResult result = explore(program, fault.helpers(), exploringMillis());
        if (result.verdict() == Verdict.VIOLATION) {
            return finding(result, program);
        }
        return EngineFinding.clean(result.millis(), result.distinctStates(), "states",
                result.verdict() == Verdict.BOUND_REACHED ? "bound reached: " + result.detail()
                        : "every interleaving explored, no violation");
    }

    /** The cell's budget less a margin (a quarter of the budget when that is less than the margin). */
    private long exploringMillis() {
        long budget = cellBudget.toMillis();
        return Math.max(1, budget - Math.min(MARGIN_MILLIS, budget / 4));
    }

    private ExplorationResult explore(ProgramRef program, RuntimeHelpers implementation, long millisLeft) {
        ExplorationBudget bound = new ExplorationBudget(budget.maxDistinctStates(), budget.maxStepsPerRun(),
                Math.min(budget.maxMillis(), millisLeft));
        ExplorationResult result = ExhaustiveExplorer.explore(program.program(), implementation, bound, options);
        if (result.verdict() == Verdict.ERROR) {
            throw new EngineFailure("the explorer could not explore " + program.describe() + " with "
                    + implementation.name() + ": " + result.detail());
        }
        return result;
    }

    /** The finding of an exploration of the program that found a violation: its shortest counterexample and schedule. */
    public static EngineFinding finding(ExplorationResult result, ProgramRef program) {
        ExhaustiveCounterexample found = result.counterexample();
        int brokenAt = found.journal().isEmpty() ? 0 : found.journal().get(found.journal().size() - 1).step();
        ReplayData.Schedule replay = new ReplayData.Schedule(program, found.schedule(), found.firstProblem(),
                found.breaches().isEmpty() ? null : found.breaches().get(0).invariant());
        return new EngineFinding(true, result.millis(), result.distinctStates(), "states",
                JournalCounterexample.of(found.journal(), brokenAt, found.firstProblem(),
                        "shortest interleaving of " + program.describe() + " into a broken state ("
                                + found.length() + " scheduling steps)", null),
                found.breaches().size() + " breach(es), " + found.threadFailures().size() + " thread failure(s)",
                replay);
    }
}
