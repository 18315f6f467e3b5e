package org.comlife.checks.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.comlife.checks.faults.scenarios.handoff.SiteHandoff;
import org.comlife.checks.jpf.race.HelperRace;
import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.property.action.Misuse;
import org.comlife.model.Invariant;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.Test;

/**
 * The catalogue as data: the contract's ids, complete entries, every engine's stance on every
 * fault, and what each engine needs to hunt it, lookup by id.
 */
class FaultCatalogueTest {
    /** The rows of com-contract.md's table "The bugs these APIs exist to prevent" of the first document, in its order. */
    private static final List<String> HANDOFF_ROWS = List.of("double-unmarshal", "missing-detach", "foreign-pointer",
            "shared-proxy", "uninitialized-thread", "sta-not-pumping", "double-revoke");
    /** The first document's faults beyond the table: two of the Lincheck tier, one of the walkthrough, one of the stream helper. */
    private static final List<String> HANDOFF_EXTRAS = List.of("non-atomic-unmarshal-once", "git-revoke-races-get",
            "cancel-races-unmarshal", "stream-kept-on-failed-unmarshal");
    /** The rows of the table of the second document, in its order. */
    private static final List<String> SERVER_ROWS = List.of("tedious-count", "lockserver-window",
            "not-suspended-registration", "split-release", "late-addref", "unbalanced-unlock", "leaked-reference",
            "revoke-wrong-thread");
    /** The second document's faults beyond the table: the activation path's ordering window. */
    private static final List<String> SERVER_EXTRAS = List.of("late-implicit-lock");

    /** The catalogue lists the first document's faults (the table's rows, then the extras), then the second's likewise. */
    @Test
    void idsAreTheContractTablesByDocumentThenTheExtras() {
        List<FaultId> expected = new ArrayList<>();
        for (List<String> group : List.of(HANDOFF_ROWS, HANDOFF_EXTRAS, SERVER_ROWS, SERVER_EXTRAS)) {
            for (String id : group) {
                expected.add(FaultId.of(id));
            }
        }

        assertThat(FaultCatalogue.ids()).containsExactlyElementsOf(expected);
        assertThat(FaultCatalogue.all()).hasSize(20);
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
            assertThat(fault.title()).as(fault.toString()).isNotBlank();
            assertThat(fault.story()).as(fault.toString()).isNotBlank().contains(". ").endsWith(".");
            assertThat(fault.fix()).as(fault.toString()).isNotBlank().endsWith(".");
            assertThat(fault.invariants()).as(fault.toString()).isNotEmpty();
        }
    }

    /** Every story names each invariant the fault declares, so the reader can tie symptom to rule. */
    @Test
    void everyStoryNamesItsInvariants() {
        for (Fault fault : FaultCatalogue.all()) {
            for (Invariant invariant : fault.invariants()) {
                assertThat(fault.story()).as(fault.toString()).contains("invariant " + invariant.number());
            }
        }
    }

    /** Every fault is claimed by an engine, and every engine either claims it or says why not. */
    @Test
    void everyEngineClaimsEveryFaultOrSaysWhyNot() {
        for (Fault fault : FaultCatalogue.all()) {
            assertThat(fault.claimedEngines()).as(fault.toString()).isNotEmpty();
            assertThat(fault.claims()).extracting(EngineClaim::engine).containsExactly(EngineId.values());
            for (EngineClaim claim : fault.claims()) {
                if (!claim.isClaimed()) {
                    assertThat(claim.reason()).as(fault + " x " + claim.engine()).isNotBlank();
                }
            }
        }
    }

    /** Client faults run with the reference helpers; runtime faults with a helper of their own. */
    @Test
    void kindMatchesTheHelpersUsed() {
        for (Fault fault : FaultCatalogue.all()) {
            String helpers = fault.helpers().name();
            if (fault.kind() == FaultKind.CLIENT) {
                assertThat(helpers).as(fault.toString()).isEqualTo("reference");
            } else {
                assertThat(helpers).as(fault.toString()).isNotEqualTo("reference");
            }
            assertThat(fault.twinHelpers().name()).as(fault.toString()).isEqualTo("reference");
        }
        assertThat(FaultCatalogue.ofKind(FaultKind.RUNTIME)).extracting(Fault::id).containsExactlyInAnyOrder(
                FaultId.of("lockserver-window"), FaultId.of("split-release"), FaultId.of("non-atomic-unmarshal-once"),
                FaultId.of("git-revoke-races-get"), FaultId.of("stream-kept-on-failed-unmarshal"),
                FaultId.of("late-implicit-lock"));
    }

    /**
     * A bug inside one helper call is out of reach of the engines that switch threads only between
     * API calls, and is hunted by JPF on a helper race and by Lincheck on a helper check.
     */
    @Test
    void bugsInsideOneCallAreOutOfReachOfApiStepEngines() {
        for (Fault fault : FaultCatalogue.all()) {
            boolean insideOneCall = fault.jpfRace() != null;
            assertThat(fault.claimOf(EngineId.EXHAUSTIVE).isOutOfReach()).as(fault.toString()).isEqualTo(insideOneCall);
            if (insideOneCall) {
                assertThat(fault.claimOf(EngineId.PROPERTY).isOutOfReach()).as(fault.toString()).isTrue();
                assertThat(fault.claimedEngines()).as(fault.toString()).contains(EngineId.LINCHECK, EngineId.JPF);
                assertThat(fault.lincheckCheck()).as(fault.toString()).isNotNull();
            }
        }
    }

    /** Every client fault the property engine claims names the misuse that reproduces it, and no misuse serves two faults. */
    @Test
    void claimedClientFaultsNameTheirMisuse() {
        List<Misuse> named = new ArrayList<>();
        for (Fault fault : FaultCatalogue.all()) {
            if (fault.kind() == FaultKind.CLIENT && fault.isClaimedBy(EngineId.PROPERTY)) {
                assertThat(fault.misuses()).as(fault.toString()).isNotEmpty();
            }
            named.addAll(fault.misuses());
        }
        assertThat(named).doesNotHaveDuplicates().containsExactlyInAnyOrder(Misuse.values());
    }

    /** Every fault is found by its id, and the engines' view agrees with the claims. */
    @Test
    void byIdFindsEveryFault() {
        for (Fault fault : FaultCatalogue.all()) {
            assertThat(FaultCatalogue.byId(fault.id())).isSameAs(fault);
            assertThat(FaultCatalogue.named(fault.id().toString())).isSameAs(fault);
        }
        assertThat(FaultCatalogue.claimedBy(EngineId.LINCHECK)).extracting(Fault::id).contains(
                FaultId.of("split-release"), FaultId.of("non-atomic-unmarshal-once"), FaultId.of("git-revoke-races-get"),
                FaultId.of("lockserver-window"));
    }

    /** An unknown or malformed id is refused with the list of the ids that exist. */
    @Test
    void unknownIdsAreRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> FaultCatalogue.byId(FaultId.of("double-free")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("double-free")
                .hasMessageContaining("double-unmarshal")
                .hasMessageContaining("git-revoke-races-get");
        assertThatThrownBy(() -> FaultCatalogue.named("Double Unmarshal"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("double-unmarshal");
    }

    /** A fault id is lowercase words joined by single hyphens, and compares as an id. */
    @Test
    void faultIdsAreValidatedAndCompareByValue() {
        for (String bad : new String[] {"", "-x", "x-", "a--b", "Double", "a b", "a_b"}) {
            assertThatThrownBy(() -> FaultId.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> FaultId.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(FaultId.of("late-addref")).isEqualTo(FaultId.of("late-addref")).hasToString("late-addref")
                .hasSameHashCodeAs(FaultId.of("late-addref")).isNotEqualTo(FaultId.of("late-addref2"));
    }

    /** An entry without a story, without every engine's stance, or with a stance without its reason is refused. */
    @Test
    void anIncompleteEntryIsRefused() {
        assertThatThrownBy(() -> example().story(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("story");
        assertThatThrownBy(() -> Fault.client(FaultId.of("example"), "An example").breaks(Invariant.STREAM_LIFETIME)
                .story("A story.").fix("The fix.").program(SiteHandoff::start, SiteHandoff::start)
                .claimedBy(EngineId.EXHAUSTIVE).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lincheck");
        assertThatThrownBy(() -> example().notClaimedBy(EngineId.JPF, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> example().claimedBy(EngineId.JPF).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    /** What an engine needs must fit the fault's kind: a misuse for a claimed client fault, a helper check for a runtime one. */
    @Test
    void anEntryMissingWhatAnEngineNeedsIsRefused() {
        assertThatThrownBy(() -> Fault.client(FaultId.of("example"), "An example").breaks(Invariant.STREAM_LIFETIME)
                .story("A story.").fix("The fix.").program(SiteHandoff::start, SiteHandoff::start)
                .claimedBy(EngineId.PROPERTY, EngineId.EXHAUSTIVE).notClaimedBy(EngineId.LINCHECK, "why")
                .notClaimedBy(EngineId.JPF, "why").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("misuse");
        assertThatThrownBy(() -> example().jpfRace(HelperRace.SERVER_PROCESS_COUNT).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("helper race");
        assertThatThrownBy(() -> Fault.runtime(FaultId.of("example"), "An example").breaks(Invariant.SERVER_COUNT)
                .story("A story.").fix("The fix.").program(SiteHandoff::start, SiteHandoff::start)
                .helpers(RuntimeHelpers.reference()).claimedBy(EngineId.LINCHECK)
                .notClaimedBy(EngineId.PROPERTY, "why").notClaimedBy(EngineId.EXHAUSTIVE, "why")
                .notClaimedBy(EngineId.JPF, "why").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("helper check");
        assertThat(Fault.runtime(FaultId.of("example"), "An example").breaks(Invariant.SERVER_COUNT)
                .story("A story.").fix("The fix.").program(SiteHandoff::start, SiteHandoff::start)
                .helpers(RuntimeHelpers.reference()).lincheckCheck(HelperCheck.SERVER_PROCESS_COUNT)
                .claimedBy(EngineId.LINCHECK).notClaimedBy(EngineId.PROPERTY, "why")
                .notClaimedBy(EngineId.EXHAUSTIVE, "why").notClaimedBy(EngineId.JPF, "why").build().lincheckCheck())
                .isEqualTo(HelperCheck.SERVER_PROCESS_COUNT);
    }

    /** Claims come back in the matrix's order whatever order they were given in. */
    @Test
    void claimsKeepTheMatrixOrder() {
        Fault fault = Fault.client(FaultId.of("example"), "An example").breaks(Invariant.STREAM_LIFETIME)
                .story("A story.").fix("The fix.").program(SiteHandoff::start, SiteHandoff::start)
                .notClaimedBy(EngineId.PROPERTY, "why").claimedBy(EngineId.JPF, EngineId.LINCHECK, EngineId.EXHAUSTIVE)
                .build();

        assertThat(fault.claimedEngines()).containsExactly(EngineId.LINCHECK, EngineId.EXHAUSTIVE, EngineId.JPF);
        assertThat(fault.claims()).extracting(EngineClaim::engine).containsExactly(EngineId.values());
        assertThat(fault.invariantNumbers()).containsExactly(4);
    }

    /** A complete client entry that only the exhaustive explorer claims. */
    private static FaultBuilder example() {
        return Fault.client(FaultId.of("example"), "An example").breaks(Invariant.STREAM_LIFETIME)
                .story("A story.").fix("The fix.").program(SiteHandoff::start, SiteHandoff::start)
                .claimedBy(EngineId.EXHAUSTIVE).notClaimedBy(EngineId.LINCHECK, "why")
                .notClaimedBy(EngineId.PROPERTY, "why").notClaimedBy(EngineId.JPF, "why");
    }
}
