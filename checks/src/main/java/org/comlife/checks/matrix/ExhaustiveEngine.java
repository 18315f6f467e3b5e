package org.comlife.checks.matrix;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.coverage.programs.HelperPrograms;
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
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.VsPackageExample;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The exhaustive explorer in the matrix. An implementation must pass every interleaving of the
 * Visual Studio package example, of the GIT wrapper example (one call per worker), of the
 * programs that drive every operation of the helpers ({@link HelperPrograms}) and of every
 * fault's correct twin; a fault is caught when some interleaving of its program breaks an
 * invariant. The explorer applies partial-order and symmetry reduction unless told otherwise:
 * {@code ReductionCrossCheckTest} shows on every build that they keep every verdict here.
 */
public final class ExhaustiveEngine implements Engine {
    private final ExplorationBudget budget;
    private final ExplorationOptions options;

    /** With both reductions. */
    public ExhaustiveEngine(ExplorationBudget budget) {
        this(budget, Reductions.BOTH);
    }

    /** With the reductions given ({@link Reductions#NONE}: every interleaving, every state). */
    public ExhaustiveEngine(ExplorationBudget budget, Reductions reductions) {
        this.budget = budget;
        this.options = ExplorationOptions.defaults().withReductions(reductions);
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
        List<NamedProgram> programs = referencePrograms();
        long millis = 0;
        long states = 0;
        List<String> bounded = new ArrayList<>();
        for (NamedProgram program : programs) {
            ExplorationResult result = ExhaustiveExplorer.explore(program.program(), implementation, budget, options);
            millis += result.millis();
            states += result.distinctStates();
            if (result.verdict() == Verdict.VIOLATION) {
                return finding(result, program.name(), "reference program");
            }
            if (result.verdict() == Verdict.ERROR) {
                throw new IllegalStateException(program.name() + ": " + result.detail());
            }
            if (result.verdict() == Verdict.BOUND_REACHED) {
                bounded.add(program.name());
            }
        }
        String remark = programs.size() + " programs explored" + (bounded.isEmpty() ? " completely"
                : "; bound reached (not fully explored) for " + bounded);
        return EngineFinding.clean(millis, states, "states", remark);
    }

    /** What an implementation must pass: the examples, the helper programs and every fault's twin. */
    public static List<NamedProgram> referencePrograms() {
        List<NamedProgram> programs = new ArrayList<>();
        programs.add(new NamedProgram("vs-package", VsPackageExample::start));
        programs.add(new NamedProgram("managed-auto-marshal(1 call)",
                (world, threads) -> ManagedAutoMarshalExample.start(world, threads, 1)));
        programs.addAll(HelperPrograms.all());
        for (Fault fault : FaultCatalogue.all()) {
            programs.add(new NamedProgram(fault.id() + " twin", fault.twin()));
        }
        return programs;
    }

    @Override
    public EngineFinding hunt(Fault fault) {
        ExplorationResult result = ExhaustiveExplorer.explore(fault.program(), fault.helpers(), budget, options);
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

    private static EngineFinding finding(ExplorationResult result, String program, String what) {
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
