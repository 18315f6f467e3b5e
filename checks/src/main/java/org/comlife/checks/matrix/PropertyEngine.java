package org.comlife.checks.matrix;

import org.comlife.checks.faults.EngineIds;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.property.FaultHunt;
import org.comlife.checks.property.PropertyResult;
import org.comlife.checks.property.PropertyRunner;
import org.comlife.checks.property.PropertySettings;
import org.comlife.checks.property.execute.CaseRun;
import org.comlife.checks.property.report.Counterexample;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The property engine in the matrix: random action chains and interleavings from a seed,
 * every invariant after every step. An implementation must pass correct chains; a runtime
 * fault is hunted with correct chains against its helpers, a client fault with its misuse
 * enabled in the vocabulary. A failing case is shrunk, and its replay is given by seed.
 */
public final class PropertyEngine implements Engine {
    private final long seed;
    private final int tries;

    public PropertyEngine(long seed, int tries) {
        if (tries < 1) {
            throw new IllegalArgumentException("the property engine needs at least one try, got " + tries);
        }
        this.seed = seed;
        this.tries = tries;
    }

    @Override
    public String id() {
        return EngineIds.PROPERTY;
    }

    @Override
    public String name() {
        return "Property engine";
    }

    @Override
    public String description() {
        return "random action chains and interleavings from a seed, checked after every step, shrunk";
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public EngineFinding checkImplementation(RuntimeHelpers implementation) {
        PropertyResult result = PropertyRunner.check(
                PropertySettings.defaults(seed).withTries(tries).withImplementation(implementation));
        return finding(result, "reference chains");
    }

    @Override
    public EngineFinding hunt(Fault fault) {
        String outOfReach = FaultHunt.outOfReach(fault);
        if (outOfReach != null) {
            return EngineFinding.clean(0, 0, "chains", "out of reach of action chains: " + outOfReach);
        }
        return finding(FaultHunt.hunt(fault, seed, tries), fault.id());
    }

    private EngineFinding finding(PropertyResult result, String what) {
        if (result.passed()) {
            return EngineFinding.clean(result.millis(), result.casesRun(), "chains",
                    result.casesRun() + " cases, " + result.schedulerSteps() + " scheduler steps, seed " + seed);
        }
        Counterexample found = result.counterexample();
        CaseRun minimal = found.minimal();
        int last = minimal.journal().isEmpty() ? 0 : minimal.journal().get(minimal.journal().size() - 1).step();
        String caseSeed = "0x" + Long.toHexString(found.caseSeed());
        String replay = "run seed " + found.runSeed() + ", case " + found.caseIndex() + ": replay the case with -Dcomlife.seed="
                + caseSeed + " (Replay.generatedCase(" + caseSeed + "L, ...))";
        return new EngineFinding(true, result.millis(), result.casesRun(), "chains",
                JournalCounterexample.of(minimal.journal(), last, minimal.failure().headline(),
                        "shrunk from " + found.original().apiSteps() + " to " + minimal.apiSteps() + " API steps ("
                                + what + ")", replay),
                "caught after " + result.casesRun() + " cases");
    }
}
