package org.comlife.checks.jpf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.comlife.checks.faults.EngineIds;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.faults.FaultKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The helper-race driver on a plain JVM (one schedule, no JPF), and where JPF hunts each fault. */
class JpfHelperRaceDriverTest {

    /** With the reference, every race ends normally: its outcome is some sequential order's. */
    @ParameterizedTest
    @EnumSource(HelperRace.class)
    void referenceRaceEndsNormally(HelperRace race) throws InterruptedException {
        JpfHelperRaceDriver.main(new String[] {JpfTarget.RACE_PREFIX + race.id(), JpfImplementations.REFERENCE});
    }

    /** Two threads have two sequential orders and three have six, each thread once. */
    @Test
    void everyOrderOfTheThreadsIsAllowed() {
        assertThat(SequentialOrders.of(2)).containsExactly(List.of(0, 1), List.of(1, 0));
        assertThat(SequentialOrders.of(3)).hasSize(6).doesNotHaveDuplicates()
                .allSatisfy(order -> assertThat(order).containsExactlyInAnyOrder(0, 1, 2));
    }

    /** The three faults whose window lies inside one helper call are hunted on their race with their own helpers. */
    @Test
    void runtimeFaultsWithAWindowInOneCallAreHuntedOnTheirRace() {
        assertThat(JpfTarget.hunt("split-release")).isEqualTo(
                JpfTarget.helperRace(HelperRace.SERVER_PROCESS_COUNT, JpfImplementations.SPLIT_RELEASE));
        assertThat(JpfTarget.hunt("non-atomic-unmarshal-once")).isEqualTo(
                JpfTarget.helperRace(HelperRace.PACKET_UNMARSHAL_TWICE, JpfImplementations.NON_ATOMIC_UNMARSHAL_ONCE));
        assertThat(JpfTarget.hunt("git-revoke-races-get")).isEqualTo(
                JpfTarget.helperRace(HelperRace.GIT_GET_AND_REVOKE, JpfImplementations.GIT_REVOKE_RACES_GET));
        assertThat(JpfTarget.hunt("split-release").driver()).isEqualTo(JpfHelperRaceDriver.class.getName());
    }

    /** Every fault hunted on a helper race is a runtime fault that both JPF and Lincheck claim. */
    @Test
    void faultsHuntedOnARaceClaimJpfAndLincheck() {
        for (Fault fault : FaultCatalogue.all()) {
            if (FaultHelperRaces.of(fault) != null) {
                assertThat(fault.kind()).as(fault.id()).isEqualTo(FaultKind.RUNTIME);
                assertThat(fault.claimedEngines()).as(fault.id()).contains(EngineIds.JPF, EngineIds.LINCHECK);
            }
        }
        assertThat(FaultCatalogue.all()).filteredOn(fault -> FaultHelperRaces.of(fault) != null).extracting(Fault::id)
                .containsExactlyInAnyOrder("split-release", "non-atomic-unmarshal-once", "git-revoke-races-get");
    }

    /** Client faults, and lockserver-window (a missing lock, not a window inside one call), are hunted on their program. */
    @Test
    void otherFaultsAreHuntedOnTheirProgram() {
        assertThat(JpfTarget.hunt("lockserver-window")).isEqualTo(JpfTarget.fault("lockserver-window"));
        assertThat(JpfTarget.hunt("double-unmarshal")).isEqualTo(JpfTarget.fault("double-unmarshal"));
        assertThat(JpfTarget.hunt("double-unmarshal").driver()).isEqualTo(JpfScenarioDriver.class.getName());
    }

    /** Unknown races and implementations are refused before anything runs. */
    @Test
    void unknownNamesAreRefused() {
        assertThatThrownBy(() -> JpfHelperRaceDriver.main(new String[] {"race:no-such-race", "reference"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("server-process-count");
        assertThatThrownBy(() -> JpfTarget.helperRace(HelperRace.GIT_GET_AND_REVOKE, "mine"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JpfHelperRaceDriver.main(new String[] {"VS_PACKAGE", "reference"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
