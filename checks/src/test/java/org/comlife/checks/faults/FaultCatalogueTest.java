package org.comlife.checks.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.comlife.checks.faults.scenarios.handoff.SiteHandoff;
import org.comlife.model.Invariant;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.Test;

/** The catalogue as data: the contract's ids, complete entries, known engines, lookup by id. */
class FaultCatalogueTest {
    /** The ids of com-contract.md's table "The bugs these APIs exist to prevent", in its order. */
    private static final List<String> CONTRACT_TABLE_IDS = List.of("double-unmarshal", "missing-detach",
            "foreign-pointer", "shared-proxy", "uninitialized-thread", "sta-not-pumping", "tedious-count",
            "lockserver-window", "not-suspended-registration", "split-release", "late-addref", "unbalanced-unlock",
            "leaked-reference", "revoke-wrong-thread", "double-revoke");
    private static final List<String> LINCHECK_TIER_EXTRAS = List.of("non-atomic-unmarshal-once",
            "git-revoke-races-get");
    /** Runtime faults whose bug lies inside one helper call, where API-step schedulers cannot switch threads. */
    private static final Set<String> INSIDE_ONE_CALL = Set.of("split-release", "non-atomic-unmarshal-once",
            "git-revoke-races-get");

    /** The catalogue lists exactly the contract table's fifteen ids, in the table's order, then the two extras. */
    @Test
    void idsAreTheContractTableThenTheLincheckExtras() {
        List<String> expected = new ArrayList<>(CONTRACT_TABLE_IDS);
        expected.addAll(LINCHECK_TIER_EXTRAS);

        assertThat(FaultCatalogue.ids()).containsExactlyElementsOf(expected);
    }

    /** No two faults share an id. */
    @Test
    void idsAreUnique() {
        assertThat(new HashSet<>(FaultCatalogue.ids())).hasSameSizeAs(FaultCatalogue.ids());
    }

    /** Every fault has a title, a story of several sentences and a fix a student can read. */
    @Test
    void everyEntryIsWrittenOut() {
        for (Fault fault : FaultCatalogue.all()) {
            assertThat(fault.title()).as(fault.id()).isNotBlank();
            assertThat(fault.story()).as(fault.id()).isNotBlank().contains(". ").endsWith(".");
            assertThat(fault.fix()).as(fault.id()).isNotBlank().endsWith(".");
            assertThat(fault.invariants()).as(fault.id()).isNotEmpty();
        }
    }

    /** Every story names each invariant the fault declares, so the reader can tie symptom to rule. */
    @Test
    void everyStoryNamesItsInvariants() {
        for (Fault fault : FaultCatalogue.all()) {
            for (Invariant invariant : fault.invariants()) {
                assertThat(fault.story()).as(fault.id()).contains("invariant " + invariant.number());
            }
        }
    }

    /** Every fault claims at least one engine, and only engines that exist. */
    @Test
    void everyClaimedEngineIsKnown() {
        for (Fault fault : FaultCatalogue.all()) {
            assertThat(fault.claimedEngines()).as(fault.id()).isNotEmpty();
            assertThat(EngineIds.ALL).as(fault.id()).containsAll(fault.claimedEngines());
        }
    }

    /** Client faults run with the reference helpers; runtime faults with a helper of their own. */
    @Test
    void kindMatchesTheHelpersUsed() {
        for (Fault fault : FaultCatalogue.all()) {
            String helpers = fault.helpers().name();
            if (fault.kind() == FaultKind.CLIENT) {
                assertThat(helpers).as(fault.id()).isEqualTo("reference");
            } else {
                assertThat(helpers).as(fault.id()).isNotEqualTo("reference");
            }
            assertThat(fault.twinHelpers().name()).as(fault.id()).isEqualTo("reference");
        }
        assertThat(FaultCatalogue.ofKind(FaultKind.RUNTIME)).extracting(Fault::id).containsExactlyInAnyOrder(
                "lockserver-window", "split-release", "non-atomic-unmarshal-once", "git-revoke-races-get");
    }

    /** A bug inside one helper call is not claimed by the engines that switch threads only between API calls. */
    @Test
    void bugsInsideOneCallAreNotClaimedByApiStepEngines() {
        for (Fault fault : FaultCatalogue.all()) {
            boolean apiStep = fault.isClaimedBy(EngineIds.EXHAUSTIVE) || fault.isClaimedBy(EngineIds.PROPERTY);
            assertThat(apiStep).as(fault.id()).isEqualTo(!INSIDE_ONE_CALL.contains(fault.id()));
            if (INSIDE_ONE_CALL.contains(fault.id())) {
                assertThat(fault.claimedEngines()).as(fault.id()).contains(EngineIds.LINCHECK);
            }
        }
    }

    /** Every fault is found by its id, and the engines' view agrees with the claims. */
    @Test
    void byIdFindsEveryFault() {
        for (Fault fault : FaultCatalogue.all()) {
            assertThat(FaultCatalogue.byId(fault.id())).isSameAs(fault);
        }
        assertThat(FaultCatalogue.claimedBy(EngineIds.LINCHECK)).extracting(Fault::id).contains("split-release",
                "non-atomic-unmarshal-once", "git-revoke-races-get", "lockserver-window");
    }

    /** An unknown id is refused with the list of the ids that exist. */
    @Test
    void byIdRefusesAnUnknownIdListingTheKnownOnes() {
        assertThatThrownBy(() -> FaultCatalogue.byId("double-free"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("double-free")
                .hasMessageContaining("double-unmarshal")
                .hasMessageContaining("git-revoke-races-get");
    }

    /** A fault cannot be built with an engine that does not exist or without a story. */
    @Test
    void aFaultRefusesUnknownEnginesAndMissingText() {
        assertThatThrownBy(() -> fault(Set.of("fuzzer"), "A story."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fuzzer");
        assertThatThrownBy(() -> fault(Set.of(EngineIds.PROPERTY), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("story");
    }

    /** Claimed engines come back in the matrix's order whatever order they were given in. */
    @Test
    void claimedEnginesKeepTheMatrixOrder() {
        Fault fault = fault(Set.of(EngineIds.JPF, EngineIds.LINCHECK, EngineIds.EXHAUSTIVE), "A story.");

        assertThat(fault.claimedEngines()).containsExactly(EngineIds.LINCHECK, EngineIds.EXHAUSTIVE, EngineIds.JPF);
        assertThat(fault.invariantNumbers()).containsExactly(4);
    }

    private static Fault fault(Set<String> engines, String story) {
        return new Fault("example", "An example", FaultKind.CLIENT, List.of(Invariant.STREAM_LIFETIME), story,
                "The fix.", SiteHandoff::start, SiteHandoff::start, RuntimeHelpers.reference(), engines);
    }
}
