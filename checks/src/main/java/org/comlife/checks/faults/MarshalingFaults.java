package org.comlife.checks.faults;

import java.util.List;
import org.comlife.checks.faults.runtime.NonAtomicUnmarshalOnceMarshaler;
import org.comlife.checks.faults.runtime.RevokeRacesGetGlobalInterfaceTable;
import org.comlife.checks.faults.runtime.StreamKeptOnFailedUnmarshalStreams;
import org.comlife.checks.faults.scenarios.handoff.AsyncServiceFallback;
import org.comlife.checks.faults.scenarios.handoff.CancelRacesUnmarshal;
import org.comlife.checks.faults.scenarios.handoff.DoubleRevoke;
import org.comlife.checks.faults.scenarios.handoff.DoubleUnmarshal;
import org.comlife.checks.faults.scenarios.handoff.GitRevokeDuringGet;
import org.comlife.checks.faults.scenarios.handoff.MissingDetach;
import org.comlife.checks.faults.scenarios.handoff.SharedProxy;
import org.comlife.checks.faults.scenarios.handoff.SiteHandoff;
import org.comlife.checks.faults.scenarios.handoff.StaNotPumping;
import org.comlife.checks.faults.scenarios.handoff.UninitializedThread;
import org.comlife.checks.jpf.race.HelperRace;
import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.property.action.Misuse;
import org.comlife.model.Invariant;
import org.comlife.model.examples.VsPackageExample;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The catalogue entries of the first source document: handing an interface pointer from the
 * main STA to a background thread (streams, proxies, apartments, the GIT). The contract table's
 * rows come first, in the table's order, then the runtime faults of the Lincheck tier, then the
 * fault README.md's walkthrough "Adding a fault" adds.
 */
final class MarshalingFaults {
    private MarshalingFaults() {
    }

    /** Every entry of this file, in the catalogue's order. */
    static List<Fault> entries() {
        return List.of(doubleUnmarshal(), missingDetach(), foreignPointer(), sharedProxy(), uninitializedThread(),
                staNotPumping(), doubleRevoke(), nonAtomicUnmarshalOnce(), gitRevokeRacesGet(), cancelRacesUnmarshal(),
                streamKeptOnFailedUnmarshal());
    }

    static Fault doubleUnmarshal() {
        return Fault.client(FaultId.of("double-unmarshal"), "The background thread unmarshals the stream twice")
                .breaks(Invariant.STREAM_LIFETIME)
                .story("In SetSite the main STA marshals the site into a stream with "
                        + "CoMarshalInterThreadInterfaceInStream and signals the background thread. The background "
                        + "thread joins the MTA and calls CoGetInterfaceAndReleaseStream, which unmarshals a proxy "
                        + "and, as its name says, releases the stream. Then it calls CoGetInterfaceAndReleaseStream "
                        + "on the same stream again, as a second code path wanting the service would. No interleaving "
                        + "is needed: the second call always uses a stream whose reference count is already 0, a use "
                        + "after free in C (invariant 4). Had the stream been kept alive, the read would fail with "
                        + "STG_E_READFAULT, and a second unmarshal of the packet with CO_E_OBJNOTCONNECTED.")
                .fix("Call CoGetInterfaceAndReleaseStream exactly once, cache the proxy it returns and share that "
                        + "within the apartment; never touch the stream again.")
                .program(DoubleUnmarshal::start, SiteHandoff::start)
                .misuse(Misuse.DOUBLE_UNMARSHAL)
                .claimedBy(EngineId.PROPERTY, EngineId.EXHAUSTIVE)
                .notClaimedBy(EngineId.LINCHECK, UnclaimedBecause.EVERY_RUN_FAILS)
                .notClaimedBy(EngineId.JPF, UnclaimedBecause.EVERY_RUN_FAILS)
                .build();
    }

    static Fault missingDetach() {
        return Fault.client(FaultId.of("missing-detach"),
                "The smart pointer releases a stream that COM already released")
                .breaks(Invariant.STREAM_LIFETIME)
                .story("The main STA marshals the site into a stream and hands it over in a CComPtr<IStream>. The "
                        + "background thread joins the MTA and calls CoGetInterfaceAndReleaseStream, which releases "
                        + "the stream whether the unmarshal succeeded or not. The smart pointer was not Detach()ed, "
                        + "so when it goes out of scope it calls Release on the stream again: the count would go to "
                        + "-1, a double free (invariant 4). It happens on every run, and it would also happen if the "
                        + "unmarshal had failed.")
                .fix("Detach() the smart pointer before calling CoGetInterfaceAndReleaseStream, which takes over the "
                        + "stream's reference.")
                .program(MissingDetach::start, SiteHandoff::start)
                .misuse(Misuse.MISSING_DETACH)
                .claimedBy(EngineId.PROPERTY, EngineId.EXHAUSTIVE)
                .notClaimedBy(EngineId.LINCHECK, UnclaimedBecause.EVERY_RUN_FAILS)
                .notClaimedBy(EngineId.JPF, UnclaimedBecause.EVERY_RUN_FAILS)
                .build();
    }

    static Fault foreignPointer() {
        return Fault.client(FaultId.of("foreign-pointer"), "The main thread's pointer is used on the background thread")
                .breaks(Invariant.APARTMENT_AFFINITY)
                .story("The main STA creates the site, an apartment-threaded IServiceProvider, and stores the raw "
                        + "pointer where the background thread can read it. The background thread joins the MTA and "
                        + "calls QueryService through that pointer. The object lives in the main STA and checks the "
                        + "calling thread: the call fails with RPC_E_WRONG_THREAD, the 'services fail on a background "
                        + "thread' of the first source document (invariant 5). The events order the steps, so every "
                        + "run fails. The scenario is the Visual Studio package example's own mistake, and its twin "
                        + "the example written right.")
                .fix("Marshal the pointer for the other thread (CoMarshalInterThreadInterfaceInStream, or the GIT) "
                        + "and call through the proxy that thread unmarshals.")
                .program(VsPackageExample::startForeignPointer, VsPackageExample::start)
                .misuse(Misuse.FOREIGN_POINTER)
                .claimedBy(EngineId.PROPERTY, EngineId.EXHAUSTIVE)
                .notClaimedBy(EngineId.LINCHECK, UnclaimedBecause.EVERY_RUN_FAILS)
                .notClaimedBy(EngineId.JPF, UnclaimedBecause.EVERY_RUN_FAILS)
                .build();
    }

    static Fault sharedProxy() {
        return Fault.client(FaultId.of("shared-proxy"), "A proxy cached by one thread is used from another apartment")
                .breaks(Invariant.APARTMENT_AFFINITY)
                .story("The main STA marshals the site once. background-a (MTA) unmarshals it and caches the proxy in "
                        + "a shared field; background-b, which runs in an STA of its own, picks the cached proxy up "
                        + "and calls QueryService through it while background-a still holds it. A proxy belongs to "
                        + "the apartment that unmarshaled it, so the call fails with RPC_E_WRONG_THREAD (invariant "
                        + "5). The events order the steps, so every run fails.")
                .fix("Give every apartment its own pointer: marshal one stream per consuming thread (or register the "
                        + "site in the GIT); share a cached proxy only among threads of the same apartment.")
                .program(SharedProxy::start, SharedProxy::startFixed)
                .misuse(Misuse.SHARED_PROXY)
                .claimedBy(EngineId.PROPERTY, EngineId.EXHAUSTIVE)
                .notClaimedBy(EngineId.LINCHECK, UnclaimedBecause.EVERY_RUN_FAILS)
                .notClaimedBy(EngineId.JPF, UnclaimedBecause.EVERY_RUN_FAILS)
                .build();
    }

    static Fault uninitializedThread() {
        return Fault.client(FaultId.of("uninitialized-thread"), "The background thread never called CoInitializeEx")
                .breaks(Invariant.PACKET_ENDS_ONCE)
                .story("The main STA marshals the site into a stream. The background thread forgets CoInitializeEx; "
                        + "its process has no MTA (the main thread is an STA), so it is in no apartment and "
                        + "CoGetInterfaceAndReleaseStream answers CO_E_NOTINITIALIZED. The call still releases the "
                        + "stream, as documented, so the NORMAL packet in it can never be unmarshaled or released: "
                        + "the stream is freed with the packet pending, and its five references keep the site alive for "
                        + "as long as the main apartment lives (invariant 3; in a server process the same leak keeps the "
                        + "server from exiting, invariant 10). The thread handles the error politely, which is what "
                        + "makes the leak silent.")
                .fix("Call CoInitializeEx on every thread before its first COM call (and CoUninitialize when it is "
                        + "done).")
                .program(UninitializedThread::start, SiteHandoff::start)
                .misuse(Misuse.UNINITIALIZED_THREAD)
                .claimedBy(EngineId.PROPERTY, EngineId.EXHAUSTIVE)
                .notClaimedBy(EngineId.LINCHECK, UnclaimedBecause.EVERY_RUN_FAILS)
                .notClaimedBy(EngineId.JPF, UnclaimedBecause.EVERY_RUN_FAILS)
                .build();
    }

    static Fault staNotPumping() {
        return Fault.client(FaultId.of("sta-not-pumping"),
                "The main STA waits for the background thread without pumping")
                .breaks(Invariant.STA_DISPATCH)
                .story("The main STA marshals the site and then waits for the background thread with "
                        + "WaitForSingleObject, which dispatches no messages. The background thread unmarshals the "
                        + "proxy and calls QueryService through it; the call is posted to the main thread's queue and "
                        + "the background thread waits for the reply. Each now waits for the other: a deadlock, which "
                        + "the model's watchdog reports once every thread waits (invariant 6), failing every wait "
                        + "with E_UNEXPECTED. Every schedule deadlocks: the call can only run when the main thread "
                        + "pumps.")
                .fix("An STA that waits must pump: CoWaitForMultipleHandles (or MsgWaitForMultipleObjects with a "
                        + "message loop), so the calls posted to it run while it waits.")
                .program(StaNotPumping::start, StaNotPumping::startFixed)
                .misuse(Misuse.STA_NOT_PUMPING)
                .claimedBy(EngineId.PROPERTY, EngineId.EXHAUSTIVE, EngineId.JPF)
                .notClaimedBy(EngineId.LINCHECK, UnclaimedBecause.EVERY_RUN_FAILS)
                .build();
    }

    static Fault doubleRevoke() {
        return Fault.client(FaultId.of("double-revoke"), "A GIT cookie revoked twice")
                .breaks(Invariant.REVOKE_ONCE)
                .story("The main STA registers the site in the Global Interface Table and keeps the cookie. The "
                        + "background thread fetches the site with GetInterfaceFromGlobal, releases it, and then "
                        + "'cleans up' by revoking the cookie, which is the owner's job. When the main thread is done "
                        + "it revokes the cookie too: RevokeInterfaceFromGlobal answers E_INVALIDARG and the cookie "
                        + "has been revoked twice (invariant 9). Any thread fetching the cookie after the first "
                        + "revoke would have failed as well. The events order the steps, so every run fails.")
                .fix("Give every cookie one owner, the thread that registered it; other threads only get and release.")
                .program(DoubleRevoke::start, DoubleRevoke::startFixed)
                .misuse(Misuse.DOUBLE_REVOKE)
                .claimedBy(EngineId.PROPERTY, EngineId.EXHAUSTIVE)
                .notClaimedBy(EngineId.LINCHECK, UnclaimedBecause.EVERY_RUN_FAILS)
                .notClaimedBy(EngineId.JPF, UnclaimedBecause.EVERY_RUN_FAILS)
                .build();
    }

    static Fault nonAtomicUnmarshalOnce() {
        return Fault.runtime(FaultId.of("non-atomic-unmarshal-once"),
                "The unmarshal-once test of a NORMAL packet is not atomic")
                .breaks(Invariant.PACKET_ENDS_ONCE)
                .story("NonAtomicUnmarshalOnceMarshaler claims the one end of a NORMAL packet by reading its 'ended' "
                        + "flag and then setting it, in two steps. When two threads end the same packet at once (two "
                        + "unmarshals, or an unmarshal and a CoReleaseMarshalData; Thread 1 and Thread 2 in Lincheck's "
                        + "interleaving, each releasing the packet's marshal data), both can read 'not ended' and "
                        + "both succeed: the packet ends twice and its five references are spent twice (invariant 3), "
                        + "leaving a proxy on a disconnected stub. A correct program ends each packet once and never "
                        + "opens that window, while a program that races two ends is already flagged by the reference "
                        + "marshaler; so only a check of the helper itself tells the two implementations apart: "
                        + "Lincheck's linearizability against the sequential unmarshal-once packet, or JPF's race of "
                        + "two unmarshals of one packet against the same specification. The scenario listed, the "
                        + "Visual Studio package example, exercises the marshaler (the site and every service it "
                        + "returns) and must stay clean.")
                .fix("Claim the end with one atomic test-and-set (MarshalPacket.tryConsume), as ReferenceMarshaler "
                        + "does.")
                .program(VsPackageExample::start, VsPackageExample::start)
                .helpers(RuntimeHelpers.reference().withMarshaler("non-atomic-unmarshal-once",
                        NonAtomicUnmarshalOnceMarshaler::new))
                .lincheckCheck(HelperCheck.UNMARSHAL_ONCE_PACKET)
                .jpfRace(HelperRace.PACKET_UNMARSHAL_TWICE)
                .claimedBy(EngineId.LINCHECK, EngineId.JPF)
                .outOfReachOf(EngineId.PROPERTY, "its window lies between the check and the mark inside one "
                        + "unmarshal; a chain that ends a packet twice is already a misuse the reference flags")
                .outOfReachOf(EngineId.EXHAUSTIVE, "no correct program ends one packet from two threads at once, and "
                        + "the window lies inside one unmarshal, where the explorer does not switch threads")
                .build();
    }

    static Fault gitRevokeRacesGet() {
        return Fault.runtime(FaultId.of("git-revoke-races-get"),
                "GetInterfaceFromGlobal unmarshals after letting go of the table's lock")
                .breaks(Invariant.REVOKE_ONCE)
                .story("RevokeRacesGetGlobalInterfaceTable looks a cookie up under its lock and unmarshals after "
                        + "letting go of it. The main STA registers the site and then, closing, revokes the cookie "
                        + "while the background thread calls GetInterfaceFromGlobal (in Lincheck's interleaving, "
                        + "Thread 1 gets and Thread 2 revokes). If the revoke runs between the "
                        + "get's lookup and its unmarshal, it releases the entry's marshal data, the stub "
                        + "disconnects, and the get answers CO_E_OBJNOTCONNECTED for a cookie that was valid when it "
                        + "was called: neither S_OK (get first) nor E_INVALIDARG (revoke first), so the background "
                        + "thread fails. The revoke was not atomic with the get (invariant 9). The window lies inside "
                        + "one API call: Lincheck (the helper's linearizability, or the scenario on real threads) and "
                        + "JPF (the scenario, or the race of a get and a revoke of one cookie) can open it, "
                        + "schedulers that switch threads only between API calls cannot.")
                .fix("Unmarshal while holding the table's lock (ReferenceGlobalInterfaceTable.get), so a revoke "
                        + "happens wholly before or wholly after a get.")
                .program(GitRevokeDuringGet::start, GitRevokeDuringGet::start)
                .helpers(RuntimeHelpers.reference().withGlobalInterfaceTable("revoke-races-get",
                        RevokeRacesGetGlobalInterfaceTable::new))
                .lincheckCheck(HelperCheck.GLOBAL_INTERFACE_TABLE)
                .jpfRace(HelperRace.GIT_GET_AND_REVOKE)
                .claimedBy(EngineId.LINCHECK, EngineId.JPF)
                .outOfReachOf(EngineId.PROPERTY, UnclaimedBecause.INSIDE_ONE_CALL)
                .outOfReachOf(EngineId.EXHAUSTIVE, UnclaimedBecause.INSIDE_ONE_CALL)
                .build();
    }

    static Fault cancelRacesUnmarshal() {
        return Fault.client(FaultId.of("cancel-races-unmarshal"),
                        "Closing takes back a packet the background thread is unmarshaling")
                .breaks(Invariant.PACKET_ENDS_ONCE)
                .story("The main STA marshals the site into a stream for the background thread and keeps a reference "
                        + "to the stream of its own. When the tool window closes, it takes the packet back, so that "
                        + "its five references do not keep the site alive if the background thread never runs: "
                        + "unless the background thread has signalled that it took the site, main rewinds the "
                        + "stream and calls CoReleaseMarshalData. The background thread signals only after its "
                        + "CoGetInterfaceAndReleaseStream returned. If the unmarshal comes before main's release but "
                        + "the signal after main's check, the packet is unmarshaled and then released: it ends twice "
                        + "(invariant 3), and Windows would give its references back a second time, under the proxy "
                        + "that holds them. On other schedules the background thread takes the site first and main "
                        + "leaves the packet alone, or main takes it back first and the unmarshal finds nothing to "
                        + "read.")
                .fix("Give the packet one owner: the thread it was marshaled for either unmarshals it or, told that "
                        + "the window closed, releases it with CoReleaseMarshalData; the main thread never touches the "
                        + "stream once it has handed it over.")
                .program(CancelRacesUnmarshal::start, CancelRacesUnmarshal::startFixed)
                .claimedBy(EngineId.EXHAUSTIVE, EngineId.JPF)
                .notClaimedBy(EngineId.LINCHECK, UnclaimedBecause.FEW_SCHEDULES_FAIL)
                .outOfReachOf(EngineId.PROPERTY, "no action of its vocabulary ends a packet that another thread "
                        + "may be unmarshaling: every chain gives each packet one end")
                .build();
    }

    static Fault streamKeptOnFailedUnmarshal() {
        return Fault.runtime(FaultId.of("stream-kept-on-failed-unmarshal"),
                "CoGetInterfaceAndReleaseStream keeps the stream when its unmarshal fails")
                .breaks(Invariant.STREAM_LIFETIME)
                .story("StreamKeptOnFailedUnmarshalStreams releases the stream in CoGetInterfaceAndReleaseStream only "
                        + "when the unmarshal succeeded. The main STA marshals the site into a stream and signals; "
                        + "the background thread asks the stream for IAsyncServiceProvider, which this site predates. "
                        + "The unmarshal answers E_NOINTERFACE and the helper returns early: the stream keeps its one "
                        + "reference. The background thread does what the documentation tells it (the stream is "
                        + "released whatever the call answered) and never touches the stream again, so the stream "
                        + "leaks; code that released it to be safe would free it twice on Windows. Either way the "
                        + "caller can no longer know who owns the stream (invariant 4): the model checks after every "
                        + "CoGetInterfaceAndReleaseStream that it released the stream exactly once.")
                .fix("Release the stream on every path, after a failed unmarshal too "
                        + "(ReferenceInterThreadStreams.releaseStream runs whatever the unmarshal answered).")
                .program(AsyncServiceFallback::start, AsyncServiceFallback::start)
                .helpers(RuntimeHelpers.reference().withInterThreadStreams("stream-kept-on-failed-unmarshal",
                        StreamKeptOnFailedUnmarshalStreams::new))
                .lincheckCheck(HelperCheck.INTER_THREAD_STREAMS)
                .claimedBy(EngineId.LINCHECK, EngineId.PROPERTY, EngineId.EXHAUSTIVE, EngineId.JPF)
                .build();
    }
}
