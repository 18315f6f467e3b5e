package org.comlife.checks.matrix;

import org.comlife.checks.faults.Fault;
import org.comlife.checks.property.PropertyResult;
import org.comlife.checks.property.PropertyRunner;
import org.comlife.checks.property.PropertySettings;
import org.comlife.checks.property.action.Misuse;
import org.comlife.checks.property.execute.CaseRun;
import org.comlife.checks.property.execute.FailureKind;
import org.comlife.checks.property.generate.Vocabulary;
import org.comlife.checks.property.inputs.BadInputProperty;
import org.comlife.checks.property.inputs.BadInputResult;
import org.comlife.checks.property.report.Counterexample;
import org.comlife.model.runtime.RuntimeHelpers;
import java.util.List;

/**
 * The property engine in the matrix: random action chains and interleavings from a seed,
 * every invariant after every step. An implementation must pass the bad-input property and
 * correct chains; a runtime
 * fault is hunted with correct chains against its helpers, a client fault with the misuses its
 * entry names enabled in the vocabulary, either way looking for the invariants the fault breaks.
 * A fault out of the engine's reach (its entry says why) is not hunted. A failing case is
 * shrunk, and its replay is given by seed.
 */
public final class PropertyEngine implements Engine {
    /** Fixtures of the bad-input property in the check of an implementation (a few calls each; well under a second). */
    static final int BAD_INPUT_FIXTURES = 200;

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
    public EngineId id() {
        return EngineId.PROPERTY;
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public EngineFinding checkImplementation(RuntimeHelpers implementation) {
        BadInputResult badInputs = BadInputProperty.check(seed, BAD_INPUT_FIXTURES, implementation);
        if (!badInputs.passed()) {
            return new EngineFinding(true, 0, badInputs.calls(), "bad calls", JournalCounterexample.of(List.of(), 0,
                    badInputs.failures().get(0), "the bad-input property (no journal: each call is its own case)",
                    "BadInputProperty.check(" + seed + ", " + BAD_INPUT_FIXTURES + ", implementation) repeats it"),
                    "the bad-input property failed: " + badInputs.failures().get(0), ReplayData.NONE);
        }
        PropertyResult result = PropertyRunner.check(
                PropertySettings.defaults(seed).withTries(tries).withImplementation(implementation));
        EngineFinding chains = finding(result, "reference chains");
        return chains.violationFound() ? chains : EngineFinding.clean(chains.millis(), chains.explored(), "chains",
                chains.remark() + "; bad inputs: " + badInputs.calls() + " bad calls held");
    }

    @Override
    public EngineFinding hunt(Fault fault) {
        return finding(PropertyRunner.check(huntSettings(fault, seed, tries)), fault.id().toString());
    }

    /** Settings that hunt the fault: its helpers, its misuses (for a client fault), and its invariants. */
    public static PropertySettings huntSettings(Fault fault, long seed, int tries) {
        PropertySettings settings = PropertySettings.defaults(seed).withTries(tries)
                .withImplementation(fault.helpers()).hunting(fault.invariants());
        return fault.misuses().isEmpty() ? settings
                : settings.withVocabulary(Vocabulary.withMisuses(fault.misuses().toArray(new Misuse[0])));
    }

    private EngineFinding finding(PropertyResult result, String what) {
        if (result.passed()) {
            return EngineFinding.clean(result.millis(), result.casesRun(), "chains",
                    result.casesRun() + " cases, " + result.schedulerSteps() + " scheduler steps, seed " + seed);
        }
        Counterexample found = result.counterexample();
        CaseRun minimal = found.minimal();
        if (minimal.failure().kind() == FailureKind.STUCK && minimal.failure().breaches().isEmpty()) {
            // A thread that never reaches the next API step is code that loops or blocks outside
            // the model: the engine cannot judge the case, which is not a broken invariant.
            throw new EngineFailure("the property engine's case could not run to its end (" + what + "): "
                    + minimal.failure().detail());
        }
        int last = minimal.journal().isEmpty() ? 0 : minimal.journal().get(minimal.journal().size() - 1).step();
        String caseSeed = "0x" + Long.toHexString(found.caseSeed());
        return new EngineFinding(true, result.millis(), result.casesRun(), "chains",
                JournalCounterexample.of(minimal.journal(), last, minimal.failure().headline(),
                        "shrunk from " + found.original().apiSteps() + " to " + minimal.apiSteps() + " API steps ("
                                + what + "); run seed " + found.runSeed() + ", case " + found.caseIndex() + ", case seed "
                                + caseSeed, null),
                "caught after " + result.casesRun() + " cases",
                new ReplayData.Seed(found.runSeed(), found.caseIndex(), found.caseSeed(), minimal.failure().headline(),
                        minimal.failure().invariant()));
    }
}
