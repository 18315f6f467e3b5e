package org.comlife.checks.coverage.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.exhaustive.ExhaustiveExplorer;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.exhaustive.ExplorationResult;
import org.comlife.checks.exhaustive.Verdict;
import org.comlife.checks.faults.scenarios.server.SampleServer;
import org.comlife.checks.property.action.LocalSite;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.model.ApartmentKind;
import org.comlife.model.ComEvent;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.Invariant;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;
import org.comlife.model.MarshalStream;
import org.comlife.model.ProcessRole;
import org.comlife.model.RegCls;
import org.comlife.model.Registration;
import org.comlife.model.journal.JournalEntry;
import org.comlife.model.program.Expect;
import org.comlife.model.program.Program;
import org.comlife.model.program.RealThreads;
import org.comlife.model.program.ThreadStarter;
import org.comlife.model.runtime.Marshaler;
import org.comlife.model.runtime.ReferenceGlobalInterfaceTable;
import org.comlife.model.runtime.ReferenceMarshaler;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.Test;

/**
 * The reference helpers' paths no reference program takes: what they do when the process's
 * marshaler fails, a get from a thread without an apartment, a suspended server asked from its
 * own apartment, and the refusals of arguments the API never passes. Programs run on the
 * exhaustive explorer (every invariant in every interleaving), the rest are direct calls. PIT
 * runs these with the reference row's checks (README, "Mutation testing").
 */
class ReferenceFailurePathsTest {
    private static final ExplorationBudget BUDGET = new ExplorationBudget(100_000, 5_000, 60_000);

    /** A marshaler that fails every marshal for one interface, as CoMarshalInterface may (E_OUTOFMEMORY). */
    static final class RefusingMarshaler extends ReferenceMarshaler {
        private final Iid refused;

        RefusingMarshaler(Iid refused) {
            this.refused = refused;
        }

        @Override
        public ComResult<MarshalPacket> marshal(ComThread caller, InterfacePointer pointer, Iid iid,
                                                MarshalFlags flags) {
            return refused.equals(iid) ? ComResult.fail(HResult.E_OUTOFMEMORY) : super.marshal(caller, pointer, iid, flags);
        }
    }

    /** A stream whose marshal failed answers the marshaler's HRESULT, and no stream outlives the call. */
    @Test
    void aFailedMarshalInStreamLeavesNoStream() {
        Program failedMarshal = (world, threads) -> threads.start(
                world.newProcess("app", ProcessRole.CLIENT).newThread("main"), self -> {
                    Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
                    ComObject site = new LocalSite(self);
                    ComResult<MarshalStream> stream = self.coMarshalInterThreadInterfaceInStream(ChainClasses.ISITE,
                            site);
                    Answer.is(stream.hr(), HResult.E_OUTOFMEMORY, "CoMarshalInterThreadInterfaceInStream");
                    if (stream.value() != null) {
                        throw new IllegalStateException("a failed marshal handed out " + stream.value());
                    }
                    Answer.lastReference(self, site);
                    self.coUninitialize();
                });

        assertPasses(failedMarshal, RuntimeHelpers.reference().withMarshaler("refusing-ISite", () -> new RefusingMarshaler(ChainClasses.ISITE)));
    }

    /**
     * A get on a thread without an apartment answers CO_E_NOTINITIALIZED and frees the stream,
     * so the packet it held leaks its references: the explorer reports invariant 3 on the get,
     * and no thread failed (each answer was the contract's).
     */
    @Test
    void aGetWithoutAnApartmentIsRefusedAndLeaksThePacket() {
        Program bareGet = (world, threads) -> {
            ComProcess process = world.newProcess("app", ProcessRole.CLIENT);
            ComEvent marshaled = world.newEvent("marshaled");
            ComEvent tried = world.newEvent("tried");
            MarshalStream[] stream = new MarshalStream[1];
            threads.start(process.newThread("main"), self -> {
                Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
                ComObject site = new LocalSite(self);
                stream[0] = Expect.succeeded(self.coMarshalInterThreadInterfaceInStream(ChainClasses.ISITE, site),
                        "CoMarshalInterThreadInterfaceInStream");
                self.setEvent(marshaled);
                Expect.succeeded(self.waitForEventPumping(tried), "pump until the get was tried");
                Answer.lastReference(self, site);
                self.coUninitialize();
            });
            threads.start(process.newThread("bare"), self -> {
                Expect.succeeded(self.waitForEvent(marshaled), "wait for the stream");
                Answer.is(self.coGetInterfaceAndReleaseStream(stream[0], ChainClasses.ISITE).hr(),
                        HResult.CO_E_NOTINITIALIZED, "CoGetInterfaceAndReleaseStream without CoInitializeEx");
                self.setEvent(tried);
            });
        };

        ExplorationResult result = ExhaustiveExplorer.explore(bareGet, RuntimeHelpers.reference(), BUDGET);

        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.VIOLATION);
        assertThat(result.counterexample().threadFailures()).isEmpty();
        assertThat(result.counterexample().breaches()).anyMatch(breach -> breach.invariant() == Invariant.PACKET_ENDS_ONCE
                && breach.message().contains("never unmarshaled or released"));
    }

    /**
     * A factory the server's marshaler cannot marshal out fails the activation, and the implicit
     * lock goes back: the server, holding nothing else, shuts down.
     */
    @Test
    void aFailedFactoryMarshalGivesTheImplicitLockBack() {
        assertPasses(ReferenceFailurePathsTest::refusedActivation,
                RuntimeHelpers.reference().withMarshaler("refusing-IClassFactory", () -> new RefusingMarshaler(Iid.IClassFactory)));
    }

    /** The implicit LockServer of an activation shows in the journal, counted or refused. */
    @Test
    void theImplicitLockIsJournaled() throws InterruptedException {
        List<String> served = journal(SingleUseActivations::start, RuntimeHelpers.reference());
        List<String> refused = journal(ReferenceFailurePathsTest::suspendedServerAsked, RuntimeHelpers.reference());

        assertThat(served).anyMatch(line -> line.contains("LockServer") && line.contains("count 1"));
        assertThat(refused).anyMatch(line -> line.contains("LockServer")
                && line.contains("refused: class objects suspended"));
    }

    /** The reference marshaler and GIT refuse a null argument with E_INVALIDARG. */
    @Test
    void nullArgumentsAreRefused() {
        ComThread main = threadsIn(new ComWorld(RuntimeHelpers.reference()), ApartmentKind.STA).get(0);
        ComObject site = new LocalSite(main);
        ReferenceMarshaler marshaler = new ReferenceMarshaler();
        MarshalPacket packet = marshaler.marshal(main, site, ChainClasses.ISITE, MarshalFlags.TABLESTRONG).value();

        assertThat(marshaler.marshal(main, null, ChainClasses.ISITE, MarshalFlags.NORMAL).hr())
                .isEqualTo(HResult.E_INVALIDARG);
        assertThat(marshaler.marshal(main, site, null, MarshalFlags.NORMAL).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(marshaler.marshal(main, site, ChainClasses.ISITE, null).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(marshaler.unmarshal(main, null, ChainClasses.ISITE).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(marshaler.unmarshal(main, packet, null).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(marshaler.releaseMarshalData(main, null)).isEqualTo(HResult.E_INVALIDARG);
        ReferenceGlobalInterfaceTable table = new ReferenceGlobalInterfaceTable(marshaler);
        assertThat(table.register(main, null, ChainClasses.ISITE).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(table.register(main, site, null).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(marshaler.releaseMarshalData(main, packet)).isEqualTo(HResult.S_OK);
    }

    /** The reference marshaler refuses an unmarshal on a thread that never joined an apartment. */
    @Test
    void anUnmarshalWithoutAnApartmentIsRefused() {
        List<ComThread> threads = threadsIn(new ComWorld(RuntimeHelpers.reference()), ApartmentKind.STA, null);
        ComThread main = threads.get(0);
        ComThread bare = threads.get(1);
        ReferenceMarshaler marshaler = new ReferenceMarshaler();
        MarshalPacket packet = marshaler.marshal(main, new LocalSite(main), ChainClasses.ISITE,
                MarshalFlags.NORMAL).value();

        assertThat(marshaler.unmarshal(bare, packet, ChainClasses.ISITE).hr()).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(marshaler.releaseMarshalData(main, packet)).isEqualTo(HResult.S_OK);
    }

    /** A second unmarshal of a NORMAL packet is refused (CO_E_OBJNOTCONNECTED) and recorded under invariant 3. */
    @Test
    void aSecondUnmarshalOfANormalPacketIsRefused() {
        ComWorld world = new ComWorld(RuntimeHelpers.reference());
        List<ComThread> threads = threadsIn(world, ApartmentKind.STA, ApartmentKind.MTA);
        ComThread main = threads.get(0);
        ComThread worker = threads.get(1);
        ReferenceMarshaler marshaler = new ReferenceMarshaler();
        MarshalPacket packet = marshaler.marshal(main, new LocalSite(main), ChainClasses.ISITE,
                MarshalFlags.NORMAL).value();

        assertThat(marshaler.unmarshal(worker, packet, ChainClasses.ISITE).hr()).isEqualTo(HResult.S_OK);
        assertThat(marshaler.unmarshal(worker, packet, ChainClasses.ISITE).hr())
                .isEqualTo(HResult.CO_E_OBJNOTCONNECTED);
        assertThat(world.violations()).anyMatch(violation -> violation.invariant() == Invariant.PACKET_ENDS_ONCE);
    }

    /** A proxy marshaled from an apartment that is not its client's is recorded under invariant 5. */
    @Test
    void aProxyMarshaledFromAnotherApartmentIsRecorded() {
        ComWorld world = new ComWorld(RuntimeHelpers.reference());
        List<ComThread> threads = threadsIn(world, ApartmentKind.STA, ApartmentKind.MTA, ApartmentKind.STA);
        ComThread main = threads.get(0);
        ComThread worker = threads.get(1);
        ComThread other = threads.get(2);
        ReferenceMarshaler marshaler = new ReferenceMarshaler();
        InterfacePointer proxy = marshaler.unmarshal(worker, marshaler.marshal(main, new LocalSite(main),
                ChainClasses.ISITE, MarshalFlags.NORMAL).value(), ChainClasses.ISITE).value();

        marshaler.marshal(other, proxy, ChainClasses.ISITE, MarshalFlags.NORMAL);

        assertThat(world.violations()).anyMatch(violation -> violation.invariant() == Invariant.APARTMENT_AFFINITY);
    }

    /**
     * The reference class table lists its registrations, answers null for a cookie it does not
     * hold, and unpublishes a registration it removes (the snapshot and the ghost checks read it).
     */
    @Test
    void theClassTableListsRemovesAndUnpublishes() throws InterruptedException {
        List<String> problems = new ArrayList<>();
        Program registering = (world, threads) -> SampleServer.start(world, "server", threads, (self, server) -> {
            HelperServer.Registered registered = HelperServer.register(self, server, RegCls.MULTIPLEUSE,
                    SampleServer.CLSID_Sample);
            List<Registration> listed = server.process().classTable().registrations();
            if (listed.size() != 1 || !listed.get(0).isPublished()) {
                problems.add("listed " + listed);
            }
            if (server.process().classTable().remove(registered.cookies().get(0) + 1000) != null) {
                problems.add("removed a cookie it does not hold");
            }
            HelperServer.revoke(self, registered, 0);
            if (listed.get(0).isPublished() || !server.process().classTable().registrations().isEmpty()) {
                problems.add("a revoked registration is still published or listed");
            }
            self.release(registered.factories().get(0));
            self.coUninitialize();
        });

        journal(registering, RuntimeHelpers.reference());

        assertThat(problems).isEmpty();
    }

    /** A table derived from the reference GIT reaches the marshaler it was built with. */
    @Test
    void aDerivedTableReachesItsMarshaler() {
        Marshaler marshaler = new ReferenceMarshaler();

        assertThat(new ReferenceGlobalInterfaceTable(marshaler) {
            Marshaler reached() {
                return marshaler();
            }
        }.reached()).isSameAs(marshaler);
    }

    /** A server's count reached 0 (class objects suspended) while its class is still registered is asked to serve. */
    @Test
    void aSuspendedServerRefusesTheImplicitLock() {
        assertPasses(ReferenceFailurePathsTest::suspendedServerAsked, RuntimeHelpers.reference());
    }

    private static void suspendedServerAsked(ComWorld world, ThreadStarter threads) {
        ComEvent suspended = world.newEvent("suspended");
        ComEvent asked = world.newEvent("asked");
        SampleServer.start(world, "server", threads, (self, server) -> {
            HelperServer.Registered registered = HelperServer.register(self, server,
                    RegCls.MULTIPLEUSE | RegCls.SUSPENDED, SampleServer.CLSID_Sample);
            Answer.is(self.coResumeClassObjects(), HResult.S_OK, "CoResumeClassObjects");
            self.coAddRefServerProcess();
            if (self.coReleaseServerProcess() == 0) {
                server.beginShutdown(self);
            }
            self.setEvent(suspended);
            Expect.succeeded(self.waitForEvent(asked), "wait for the client's activation");
            HelperServer.serveUntilShutdown(self, server, registered);
        });
        threads.start(world.newProcess("client", ProcessRole.CLIENT).newThread("client"), self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(suspended), "wait for the suspension");
            Answer.refused(self.coGetClassObject(SampleServer.CLSID_Sample, Iid.IClassFactory),
                    "an activation of a suspended server");
            self.setEvent(asked);
            self.coUninitialize();
        });
    }

    private static void refusedActivation(ComWorld world, ThreadStarter threads) {
        world.scm().registerLauncher(SampleServer.CLSID_Sample, HelperServer.launchOnce(threads, (self, server) -> {
            HelperServer.Registered registered = HelperServer.register(self, server,
                    RegCls.MULTIPLEUSE | RegCls.SUSPENDED, SampleServer.CLSID_Sample);
            Answer.is(self.coResumeClassObjects(), HResult.S_OK, "CoResumeClassObjects");
            HelperServer.serveUntilShutdown(self, server, registered);
        }));
        threads.start(world.newProcess("client", ProcessRole.CLIENT).newThread("client"), self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            // The SCM then asks the launcher again, which starts no second server: the refusal is its.
            Answer.refused(self.coGetClassObject(SampleServer.CLSID_Sample, Iid.IClassFactory),
                    "an activation whose factory cannot be marshaled out");
            self.coUninitialize();
        });
    }

    /** Threads of one process named and placed as given (null: no apartment), for direct calls of a helper. */
    private static List<ComThread> threadsIn(ComWorld world, ApartmentKind... apartments) {
        ComProcess process = world.newProcess("app", ProcessRole.CLIENT);
        List<ComThread> threads = new ArrayList<>();
        for (ApartmentKind apartment : apartments) {
            ComThread thread = process.newThread("thread-" + (threads.size() + 1));
            if (apartment != null) {
                thread.coInitializeEx(apartment);
            }
            threads.add(thread);
        }
        return threads;
    }

    private static void assertPasses(Program program, RuntimeHelpers helpers) {
        ExplorationResult result = ExhaustiveExplorer.explore(program, helpers, BUDGET);

        assertThat(result.verdict()).as(result + "\n" + result.counterexample()).isEqualTo(Verdict.PASSED);
        assertThat(result.distinctStates()).isPositive();
    }

    private static List<String> journal(Program program, RuntimeHelpers helpers) throws InterruptedException {
        ComWorld world = new ComWorld(helpers);
        RealThreads threads = new RealThreads();
        threads.startTogether(() -> program.start(world, threads));
        threads.joinAll(30_000);
        List<String> lines = new ArrayList<>();
        for (JournalEntry entry : world.journal().entries()) {
            lines.add(entry.toString());
        }
        return lines;
    }
}
