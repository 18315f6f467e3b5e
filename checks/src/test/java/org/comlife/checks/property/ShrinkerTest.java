package org.comlife.checks.property;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.property.action.CallMethod;
import org.comlife.checks.property.action.CreateFromFactory;
import org.comlife.checks.property.action.CreateInstance;
import org.comlife.checks.property.action.GetClassObject;
import org.comlife.checks.property.action.MarshalToStream;
import org.comlife.checks.property.action.RegisterInGit;
import org.comlife.checks.property.action.ReleasePointer;
import org.comlife.checks.property.action.UnmarshalFromStream;
import org.comlife.checks.property.action.UnmarshalStreamAgain;
import org.comlife.checks.matrix.PropertyEngine;
import org.comlife.checks.property.action.ActionKind;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.generate.ChainValidity;
import org.comlife.checks.property.report.Counterexample;
import org.comlife.model.Invariant;
import org.junit.jupiter.api.Test;

/** Shrinking keeps the failure, the chain's validity and the invariant, and removes what the failure does not need. */
class ShrinkerTest {

    /**
     * A double unmarshal shrinks to the handoff and the misuse (one stream, one second unmarshal,
     * two threads), no longer than the catalogue's hand-written scenario.
     */
    @Test
    void doubleUnmarshalShrinksToTheHandoff() {
        Counterexample found = hunt("double-unmarshal", 3, 2_000).counterexample();

        assertThat(found.invariant()).isEqualTo(Invariant.STREAM_LIFETIME);
        assertThat(found.minimal().chain().threads()).hasSize(2);
        assertThat(found.minimal().chain().steps()).extracting(step -> step.action().kind())
                .contains(MarshalToStream.KIND, UnmarshalFromStream.KIND, UnmarshalStreamAgain.KIND)
                .doesNotContain(CreateInstance.KIND, RegisterInGit.KIND, CallMethod.KIND);
        assertThat(found.minimal().chain().actionCount()).isLessThan(found.original().chain().actionCount());
        assertThat(found.minimal().apiSteps()).isLessThanOrEqualTo(
                ScenarioLength.apiSteps(FaultCatalogue.named("double-unmarshal")));
    }

    /** The shrunk case is valid, no bigger in actions, threads or preemptions, and breaks the same invariant. */
    @Test
    void shrinkingOnlyTakesAway() {
        Counterexample found = hunt("tedious-count", 11, 3_000).counterexample();

        assertThat(ChainValidity.check(found.minimal().chain())).isNull();
        assertThat(found.minimal().chain().actionCount()).isLessThanOrEqualTo(found.original().chain().actionCount());
        assertThat(found.minimal().chain().threads().size())
                .isLessThanOrEqualTo(found.original().chain().threads().size());
        assertThat(found.shrink().preemptionsAfter()).isLessThanOrEqualTo(found.shrink().preemptionsBefore());
        assertThat(found.minimal().failure().breaks(Invariant.NO_PREMATURE_SHUTDOWN)).isTrue();
    }

    /**
     * A race shrinks to what races: activations and releases, nothing else. One client thread can
     * be enough, racing the server's own main thread between its decision and its revoke.
     */
    @Test
    void tediousCountShrinksToTheRacingActivations() {
        Counterexample found = hunt("tedious-count", 11, 3_000).counterexample();

        assertThat(found.minimal().chain().threads()).hasSizeLessThanOrEqualTo(2);
        for (ChainStep step : found.minimal().chain().steps()) {
            assertThat(step.action().kind()).isIn(CreateInstance.KIND, GetClassObject.KIND, CreateFromFactory.KIND,
                    ReleasePointer.KIND);
        }
    }

    private static PropertyResult hunt(String fault, long seed, int tries) {
        return PropertyRunner.check(PropertyEngine.huntSettings(FaultCatalogue.named(fault), seed, tries));
    }
}
