package org.comlife.checks.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.EngineClaim;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.matrix.PropertyEngine;
import org.comlife.checks.property.execute.CaseRun;
import org.comlife.checks.property.generate.ChainValidity;
import org.comlife.checks.property.report.Counterexample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalogue fault an action chain can reach is caught by the engine with the invariant the
 * fault breaks, and shrunk to a counterexample no longer than the fault's hand-written scenario.
 */
class FaultsCaughtTest {
    private static final long SEED = 20_26;
    private static final int TRIES = 3_000;

    static List<Fault> reachable() {
        return FaultCatalogue.all().stream().filter(fault -> !fault.claimOf(EngineId.PROPERTY).isOutOfReach()).toList();
    }

    /** Hunting the fault (its misuse, or its helpers with correct chains) fails with one of its invariants. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("reachable")
    void faultIsCaughtWithItsInvariantAndShrunk(Fault fault) {
        PropertyResult result = PropertyRunner.check(PropertyEngine.huntSettings(fault, SEED, TRIES));

        assertThat(result.passed()).as(fault + " escaped " + result.casesRun() + " cases").isFalse();
        Counterexample counterexample = result.counterexample();
        CaseRun minimal = counterexample.minimal();
        assertThat(fault.invariants()).as(result.report()).contains(counterexample.invariant());
        assertThat(ChainValidity.check(minimal.chain())).as("the shrunk chain is a valid chain").isNull();
        assertThat(minimal.chain().actionCount()).isLessThanOrEqualTo(counterexample.original().chain().actionCount());
        assertThat(minimal.apiSteps()).as(result.report()).isLessThanOrEqualTo(ScenarioLength.apiSteps(fault));
    }

    /** Every fault the catalogue claims for this engine is reachable by chains; every other one is out of reach, with why. */
    @Test
    void everyFaultIsHuntedOrExplained() {
        for (Fault fault : FaultCatalogue.all()) {
            EngineClaim claim = fault.claimOf(EngineId.PROPERTY);
            assertThat(claim.isClaimed() || claim.isOutOfReach()).as(fault.toString()).isTrue();
            if (claim.isOutOfReach()) {
                assertThat(claim.reason()).as(fault + " needs a reason").isNotBlank();
            }
        }
    }
}
