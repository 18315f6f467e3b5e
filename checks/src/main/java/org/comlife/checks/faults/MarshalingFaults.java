package org.comlife.checks.faults;

import java.util.List;
import java.util.Set;
import org.comlife.checks.faults.runtime.NonAtomicUnmarshalOnceMarshaler;
import org.comlife.checks.faults.runtime.RevokeRacesGetGlobalInterfaceTable;
import org.comlife.checks.faults.scenarios.handoff.DoubleRevoke;
import org.comlife.checks.faults.scenarios.handoff.DoubleUnmarshal;
import org.comlife.checks.faults.scenarios.handoff.GitRevokeDuringGet;
import org.comlife.checks.faults.scenarios.handoff.MissingDetach;
import org.comlife.checks.faults.scenarios.handoff.SharedProxy;
import org.comlife.checks.faults.scenarios.handoff.SiteHandoff;
import org.comlife.checks.faults.scenarios.handoff.StaNotPumping;
import org.comlife.checks.faults.scenarios.handoff.UninitializedThread;
import org.comlife.model.Invariant;
import org.comlife.model.examples.VsPackageExample;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The catalogue entries of the first source document: handing an interface pointer from the
 * main STA to a background thread (streams, proxies, apartments, the GIT).
 */
final class MarshalingFaults {
    private static final Set<String> API_STEP = Set.of(EngineIds.EXHAUSTIVE, EngineIds.PROPERTY);

    private MarshalingFaults() {
    }

    static Fault doubleUnmarshal() {
        return new Fault("double-unmarshal", "The background thread unmarshals the stream twice", FaultKind.CLIENT,
                List.of(Invariant.STREAM_LIFETIME),
                "In SetSite the main STA marshals the site into a stream with CoMarshalInterThreadInterfaceInStream "
                        + "and signals the background thread. The background thread joins the MTA and calls "
                        + "CoGetInterfaceAndReleaseStream, which unmarshals a proxy and, as its name says, releases "
                        + "the stream. Then it calls CoGetInterfaceAndReleaseStream on the same stream again, as a "
                        + "second code path wanting the service would. No interleaving is needed: the second call "
                        + "always uses a stream whose reference count is already 0, a use after free in C "
                        + "(invariant 4). Had the stream been kept alive, the read would fail with STG_E_READFAULT, "
                        + "and a second unmarshal of the packet with CO_E_OBJNOTCONNECTED.",
                "Call CoGetInterfaceAndReleaseStream exactly once, cache the proxy it returns and share that within "
                        + "the apartment; never touch the stream again.",
                DoubleUnmarshal::start,
                SiteHandoff::start,
                RuntimeHelpers.reference(), API_STEP);
    }

    static Fault missingDetach() {
        return new Fault("missing-detach", "The smart pointer releases a stream that COM already released",
                FaultKind.CLIENT, List.of(Invariant.STREAM_LIFETIME),
                "The main STA marshals the site into a stream and hands it over in a CComPtr<IStream>. The "
                        + "background thread joins the MTA and calls CoGetInterfaceAndReleaseStream, which releases "
                        + "the stream whether the unmarshal succeeded or not. The smart pointer was not Detach()ed, "
                        + "so when it goes out of scope it calls Release on the stream again: the count would go to "
                        + "-1, a double free (invariant 4). It happens on every run, and it would also happen if the "
                        + "unmarshal had failed.",
                "Detach() the smart pointer before calling CoGetInterfaceAndReleaseStream, which takes over the "
                        + "stream's reference.",
                MissingDetach::start,
                SiteHandoff::start,
                RuntimeHelpers.reference(), API_STEP);
    }

    static Fault foreignPointer() {
        return new Fault("foreign-pointer", "The main thread's pointer is used on the background thread",
                FaultKind.CLIENT, List.of(Invariant.APARTMENT_AFFINITY),
                "The main STA creates the site, an apartment-threaded IServiceProvider, and stores the raw pointer "
                        + "where the background thread can read it. The background thread joins the MTA and calls "
                        + "QueryService through that pointer. The object lives in the main STA and checks the "
                        + "calling thread: the call fails with RPC_E_WRONG_THREAD, the 'services fail on a "
                        + "background thread' of the first source document (invariant 5). The events order the "
                        + "steps, so every run fails. The scenario is the Visual Studio package example's own "
                        + "mistake, and its twin the example written right.",
                "Marshal the pointer for the other thread (CoMarshalInterThreadInterfaceInStream, or the GIT) and "
                        + "call through the proxy that thread unmarshals.",
                VsPackageExample::startForeignPointer,
                VsPackageExample::start,
                RuntimeHelpers.reference(), API_STEP);
    }

    static Fault sharedProxy() {
        return new Fault("shared-proxy", "A proxy cached by one thread is used from another apartment",
                FaultKind.CLIENT, List.of(Invariant.APARTMENT_AFFINITY),
                "The main STA marshals the site once. background-a (MTA) unmarshals it and caches the proxy in a "
                        + "shared field; background-b, which runs in an STA of its own, picks the cached proxy up and "
                        + "calls QueryService through it while background-a still holds it. A proxy belongs to the "
                        + "apartment that unmarshaled it, so the call fails with RPC_E_WRONG_THREAD (invariant 5). "
                        + "The events order the steps, so every run fails.",
                "Give every apartment its own pointer: marshal one stream per consuming thread (or register the "
                        + "site in the GIT); share a cached proxy only among threads of the same apartment.",
                SharedProxy::start,
                SharedProxy::startFixed,
                RuntimeHelpers.reference(), API_STEP);
    }

    static Fault uninitializedThread() {
        return new Fault("uninitialized-thread", "The background thread never called CoInitializeEx",
                FaultKind.CLIENT, List.of(Invariant.PACKET_ENDS_ONCE),
                "The main STA marshals the site into a stream. The background thread forgets CoInitializeEx; its "
                        + "process has no MTA (the main thread is an STA), so it is in no apartment and "
                        + "CoGetInterfaceAndReleaseStream answers CO_E_NOTINITIALIZED. The call still releases the "
                        + "stream, as documented, so the NORMAL packet in it can never be unmarshaled or released: "
                        + "when the run ends it has not ended, and its five references keep the site alive for as "
                        + "long as the main apartment lives (invariant 3; in a server process the same leak keeps "
                        + "the server from exiting, invariant 10). The thread handles the error politely, which is "
                        + "what makes the leak silent.",
                "Call CoInitializeEx on every thread before its first COM call (and CoUninitialize when it is done).",
                UninitializedThread::start,
                SiteHandoff::start,
                RuntimeHelpers.reference(), API_STEP);
    }

    static Fault staNotPumping() {
        return new Fault("sta-not-pumping", "The main STA waits for the background thread without pumping",
                FaultKind.CLIENT, List.of(Invariant.STA_DISPATCH),
                "The main STA marshals the site and then waits for the background thread with "
                        + "WaitForSingleObject, which dispatches no messages. The background thread unmarshals the "
                        + "proxy and calls QueryService through it; the call is posted to the main thread's queue "
                        + "and the background thread waits for the reply. Each now waits for the other: a deadlock, "
                        + "which the model's watchdog reports once every thread waits (invariant 6), failing every "
                        + "wait with E_UNEXPECTED. Every schedule deadlocks: the call can only run when the main "
                        + "thread pumps.",
                "An STA that waits must pump: CoWaitForMultipleHandles (or MsgWaitForMultipleObjects with a "
                        + "message loop), so the calls posted to it run while it waits.",
                StaNotPumping::start,
                StaNotPumping::startFixed,
                RuntimeHelpers.reference(), Set.of(EngineIds.EXHAUSTIVE, EngineIds.PROPERTY, EngineIds.JPF));
    }

    static Fault doubleRevoke() {
        return new Fault("double-revoke", "A GIT cookie revoked twice", FaultKind.CLIENT,
                List.of(Invariant.REVOKE_ONCE),
                "The main STA registers the site in the Global Interface Table and keeps the cookie. The "
                        + "background thread fetches the site with GetInterfaceFromGlobal, releases it, and then "
                        + "'cleans up' by revoking the cookie, which is the owner's job. When the main thread is "
                        + "done it revokes the cookie too: RevokeInterfaceFromGlobal answers E_INVALIDARG and the "
                        + "cookie has been revoked twice (invariant 9). Any thread fetching the cookie after the "
                        + "first revoke would have failed as well. The events order the steps, so every run fails.",
                "Give every cookie one owner, the thread that registered it; other threads only get and release.",
                DoubleRevoke::start,
                DoubleRevoke::startFixed,
                RuntimeHelpers.reference(), API_STEP);
    }

    static Fault nonAtomicUnmarshalOnce() {
        return new Fault("non-atomic-unmarshal-once", "The unmarshal-once test of a NORMAL packet is not atomic",
                FaultKind.RUNTIME, List.of(Invariant.PACKET_ENDS_ONCE),
                "NonAtomicUnmarshalOnceMarshaler claims the one end of a NORMAL packet by reading its 'ended' flag "
                        + "and then setting it, in two steps. When two threads end the same packet at once (two "
                        + "unmarshals, or an unmarshal and a CoReleaseMarshalData), both can read 'not ended' and "
                        + "both succeed: the packet ends twice and its five references are spent twice "
                        + "(invariant 3), leaving a proxy on a disconnected stub. A correct program ends each packet "
                        + "once and never opens that window, while a program that races two ends is already flagged "
                        + "by the reference marshaler; so only a check of the helper itself tells the two "
                        + "implementations apart: Lincheck's linearizability against the sequential unmarshal-once "
                        + "packet, or JPF's race of two unmarshals of one packet against the same specification. "
                        + "The scenario listed, the Visual Studio package example, exercises the marshaler (the "
                        + "site and every service it returns) and must stay clean.",
                "Claim the end with one atomic test-and-set (MarshalPacket.tryConsume), as ReferenceMarshaler does.",
                VsPackageExample::start,
                VsPackageExample::start,
                RuntimeHelpers.reference().withMarshaler("non-atomic-unmarshal-once",
                        NonAtomicUnmarshalOnceMarshaler::new),
                // JPF hunts it on the packet-unmarshal-twice helper race (FaultHelperRaces): no correct
                // program opens the window, so the scenario above cannot show it to any engine.
                Set.of(EngineIds.LINCHECK, EngineIds.JPF));
    }

    static Fault gitRevokeRacesGet() {
        return new Fault("git-revoke-races-get", "GetInterfaceFromGlobal unmarshals after letting go of the table's lock",
                FaultKind.RUNTIME, List.of(Invariant.REVOKE_ONCE),
                "RevokeRacesGetGlobalInterfaceTable looks a cookie up under its lock and unmarshals after letting "
                        + "go of it. The main STA registers the site and then, closing, revokes the cookie while "
                        + "the background thread calls GetInterfaceFromGlobal. If the revoke runs between the get's "
                        + "lookup and its unmarshal, it releases the entry's marshal data, the stub disconnects, "
                        + "and the get answers CO_E_OBJNOTCONNECTED for a cookie that was valid when it was "
                        + "called: neither S_OK (get first) nor E_INVALIDARG (revoke first), so the background "
                        + "thread fails. The revoke was not atomic with the get (invariant 9). The window lies "
                        + "inside one API call: Lincheck (the helper's linearizability, or the scenario on real "
                        + "threads) and JPF (the scenario, or the race of a get and a revoke of one cookie) can "
                        + "open it, schedulers that switch threads only between API calls cannot.",
                "Unmarshal while holding the table's lock (ReferenceGlobalInterfaceTable.get), so a revoke happens "
                        + "wholly before or wholly after a get.",
                GitRevokeDuringGet::start,
                GitRevokeDuringGet::start,
                RuntimeHelpers.reference().withGlobalInterfaceTable("revoke-races-get",
                        RevokeRacesGetGlobalInterfaceTable::new),
                Set.of(EngineIds.LINCHECK, EngineIds.JPF));
    }
}
