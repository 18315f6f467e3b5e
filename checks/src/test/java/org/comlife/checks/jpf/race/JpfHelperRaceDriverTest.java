package org.comlife.checks.jpf.race;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.faults.FaultId;
import org.comlife.checks.faults.FaultKind;
import org.comlife.checks.jpf.host.JpfTarget;
import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.checks.jpf.program.JpfScenarioDriver;
import org.comlife.checks.matrix.EngineId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The helper-race driver on a plain JVM (one schedule, no JPF), and where JPF hunts each fault. */
class JpfHelperRaceDriverTest {

    /** With the reference, every race ends normally: its outcome is some sequential order's. */
    @ParameterizedTest
    @EnumSource(HelperRace.class)
    void referenceRaceEndsNormally(HelperRace race) throws InterruptedException {
        JpfHelperRaceDriver.main(new String[] {JpfHelperRaceDriver.PROGRAM_PREFIX + race.id(),
                JpfImplementations.REFERENCE});
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
        assertHuntedOn("split-release", HelperRace.SERVER_PROCESS_COUNT);
        assertHuntedOn("non-atomic-unmarshal-once", HelperRace.PACKET_UNMARSHAL_TWICE);
        assertHuntedOn("git-revoke-races-get", HelperRace.GIT_GET_AND_REVOKE);
        assertThat(JpfTarget.hunt(id("split-release")).driver()).isEqualTo(JpfHelperRaceDriver.class.getName());
    }

    private static void assertHuntedOn(String fault, HelperRace race) {
        assertThat(JpfTarget.hunt(id(fault))).isEqualTo(JpfTarget.helperRace(race, "fault:" + fault));
    }

    /** Every fault hunted on a helper race is a runtime fault that both JPF and Lincheck claim. */
    @Test
    void faultsHuntedOnARaceClaimJpfAndLincheck() {
        for (Fault fault : FaultCatalogue.all()) {
            if (fault.jpfRace() != null) {
                assertThat(fault.kind()).as(fault.toString()).isEqualTo(FaultKind.RUNTIME);
                assertThat(fault.claimedEngines()).as(fault.toString()).contains(EngineId.JPF, EngineId.LINCHECK);
            }
        }
        assertThat(FaultCatalogue.all()).filteredOn(fault -> fault.jpfRace() != null).extracting(Fault::id)
                .containsExactlyInAnyOrder(id("split-release"), id("non-atomic-unmarshal-once"),
                        id("git-revoke-races-get"));
    }

    /** Client faults, and lockserver-window (a missing lock, not a window inside one call), are hunted on their program. */
    @Test
    void otherFaultsAreHuntedOnTheirProgram() {
        assertThat(JpfTarget.hunt(id("lockserver-window"))).isEqualTo(JpfTarget.fault(id("lockserver-window")));
        assertThat(JpfTarget.hunt(id("double-unmarshal"))).isEqualTo(JpfTarget.fault(id("double-unmarshal")));
        assertThat(JpfTarget.hunt(id("double-unmarshal")).driver()).isEqualTo(JpfScenarioDriver.class.getName());
    }

    private static FaultId id(String text) {
        return FaultId.of(text);
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
