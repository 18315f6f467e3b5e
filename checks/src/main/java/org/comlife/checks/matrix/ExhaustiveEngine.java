package org.comlife.checks.matrix;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.exhaustive.ExhaustiveCounterexample;
import org.comlife.checks.exhaustive.ExhaustiveExplorer;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.exhaustive.ExplorationResult;
import org.comlife.checks.exhaustive.Verdict;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.VsPackageExample;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The exhaustive explorer in the matrix. An implementation must pass every interleaving of the
 * Visual Studio package example, of the GIT wrapper example (one call per worker) and of every
 * fault's correct twin; a fault is caught when some interleaving of its program breaks an
 * invariant.
 */
public final class ExhaustiveEngine implements Engine {
    private final ExplorationBudget budget;

    public ExhaustiveEngine(ExplorationBudget budget) {
        this.budget = budget;
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
        List<String> names = new ArrayList<>();
        List<Program> programs = new ArrayList<>();
        names.add("vs-package");
        programs.add(VsPackageExample::start);
        names.add("managed-auto-marshal(1 call)");
        programs.add((world, threads) -> ManagedAutoMarshalExample.start(world, threads, 1));
        for (Fault fault : FaultCatalogue.all()) {
            names.add(fault.id() + " twin");
            programs.add(fault.twin());
        }
        long millis = 0;
        long states = 0;
        List<String> bounded = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            ExplorationResult result = ExhaustiveExplorer.explore(programs.get(i), implementation, budget);
            millis += result.millis();
            states += result.distinctStates();
            if (result.verdict() == Verdict.VIOLATION) {
                return finding(result, names.get(i), "reference program");
            }
            if (result.verdict() == Verdict.ERROR) {
                throw new IllegalStateException(names.get(i) + ": " + result.detail());
            }
            if (result.verdict() == Verdict.BOUND_REACHED) {
                bounded.add(names.get(i));
            }
        }
        String remark = programs.size() + " programs explored" + (bounded.isEmpty() ? " completely"
                : "; bound reached (not fully explored) for " + bounded);
        return EngineFinding.clean(millis, states, "states", remark);
    }

    @Override
    public EngineFinding hunt(Fault fault) {
        ExplorationResult result = ExhaustiveExplorer.explore(fault.program(), fault.helpers(), budget);
        if (result.verdict() == Verdict.ERROR) {
            throw new IllegalStateException(fault.id() + ": " + result.detail());
        }
        if (result.verdict() == Verdict.VIOLATION) {
            return finding(result, fault.id().toString(), "fault");
        }
        return EngineFinding.clean(result.millis(), result.distinctStates(), "states",
                result.verdict() == Verdict.BOUND_REACHED ? "bound reached: " + result.detail()
                        : "every interleaving explored, no violation");
    }

    /** The finding of an exploration that found a violation: its shortest counterexample and its schedule. */
    public static EngineFinding finding(ExplorationResult result, String program, String what) {
        ExhaustiveCounterexample found = result.counterexample();
        int brokenAt = found.journal().isEmpty() ? 0 : found.journal().get(found.journal().size() - 1).step();
        String replay = "schedule " + found.schedule() + " (replay with ReplayChooser; or: comlife replay)";
        return new EngineFinding(true, result.millis(), result.distinctStates(), "states",
                JournalCounterexample.of(found.journal(), brokenAt, found.firstProblem(),
                        "shortest interleaving of " + what + " " + program + " into a broken state ("
                                + found.length() + " scheduling steps)", replay),
                found.breaches().size() + " breach(es), " + found.threadFailures().size() + " thread failure(s)",
                new ReplayData.Schedule(found.schedule(), found.firstProblem()));
    }
}
