package org.comlife.model;

/**
 * The COM API of apartments, for one {@link ComThread}: CoInitializeEx and CoUninitialize, and
 * the apartment they leave the thread in. A thread in no apartment of its own belongs to its
 * process's MTA while that exists (the implicit MTA, as on Windows); COM's RPC worker always
 * runs in the MTA.
 *
 * <table>
 *   <caption>The state table: (initCount, apartment joined)</caption>
 *   <tr><th>call</th><th>from (0, none)</th><th>from (n, model m)</th></tr>
 *   <tr><td>CoInitializeEx(m)</td><td>(1, a new STA or the MTA): S_OK</td><td>(n + 1, m): S_FALSE</td></tr>
 *   <tr><td>CoInitializeEx(other)</td><td>as above</td><td>unchanged: RPC_E_CHANGED_MODE</td></tr>
 *   <tr><td>CoUninitialize</td><td>unchanged (ignored)</td>
 *       <td>(n - 1, m); at 0 (0, none): its STA is torn down, or the MTA when its last member leaves</td></tr>
 *   <tr><td>thread exit</td><td>unchanged</td><td>(0, none), torn down as by the last CoUninitialize</td></tr>
 * </table>
 *
 * <p>COM's RPC worker is always in the MTA: CoInitializeEx(MTA) there answers S_FALSE and
 * counts, CoInitializeEx(STA) RPC_E_CHANGED_MODE, and CoUninitialize only counts down.
 *
 * <p>Each call method is the body of the {@link ComThread} method of the same name: it begins
 * the call and journals its end on that thread.
 */
final class ApartmentApi {
    private final ComThread self;
    private final ComProcess process;
    private volatile Apartment joined;
    private volatile int initCount;

    ApartmentApi(ComThread self) {
        this.self = self;
        this.process = self.process();
    }

    int initCount() {
        self.world().read(self, StatePart.THREAD_APARTMENT);
        return initCount;
    }

    /** The apartment calls from the thread run in: the joined one, else the implicit MTA, else null. */
    Apartment apartment() {
        self.world().read(self, StatePart.THREAD_APARTMENT);
        Apartment explicit = joined;
        if (!self.isRuntimeContext() && explicit != null && initCount > 0) {
            return explicit;
        }
        return process.mta();
    }

    /** The STA the thread owns, or null. */
    Apartment ownedSta() {
        self.world().read(self, StatePart.THREAD_APARTMENT);
        Apartment explicit = joined;
        return explicit != null && explicit.kind() == ApartmentKind.STA && explicit.owner() == self
                && initCount > 0 ? explicit : null;
    }

    HResult coInitializeEx(ApartmentKind model) {
        self.calls().begin();
        self.world().write(self, StatePart.THREAD_APARTMENT);
        HResult hr;
        if (model == null) {
            hr = HResult.E_INVALIDARG;
        } else if (self.isRuntimeContext()) {
            // COM's worker is already in the process's MTA (Windows' auto-joined MTA); it never leaves it.
            hr = model == ApartmentKind.MTA ? HResult.S_FALSE : HResult.RPC_E_CHANGED_MODE;
            initCount += model == ApartmentKind.MTA ? 1 : 0;
        } else if (initCount == 0) {
            joined = model == ApartmentKind.STA ? process.newSta(self) : process.joinMta();
            initCount = 1;
            hr = HResult.S_OK;
        } else if (joined.kind() == model) {
            initCount++;
            hr = HResult.S_FALSE;
        } else {
            hr = HResult.RPC_E_CHANGED_MODE;
        }
        return self.calls().journal("CoInitializeEx", String.valueOf(model), hr);
    }

    void coUninitialize() {
        self.calls().begin();
        self.world().write(self, StatePart.THREAD_APARTMENT);
        String where = self.calls().apartmentName();
        Object outcome;
        if (initCount == 0) {
            outcome = "ignored: thread not initialized";
        } else if (self.isRuntimeContext()) {
            initCount--;
            outcome = "initCount " + initCount + " (the worker stays in the MTA)";
        } else if (--initCount > 0) {
            outcome = "initCount " + initCount;
        } else {
            outcome = leave();
        }
        self.calls().journal(where, "CoUninitialize", "", outcome);
    }

    /**
     * The thread's code ended while it was still initialized: Windows tears its apartment down
     * at thread exit as the last CoUninitialize would (its STA, or its share of the MTA). Journaled
     * as one runtime step of the ending thread, with no scheduling point of its own: it belongs
     * to the thread's last step. Nothing happens, and nothing is journaled, for a thread that
     * uninitialized, or whose process has exited.
     */
    void exitThread() {
        self.world().write(self, StatePart.THREAD_APARTMENT);
        if (initCount == 0 || self.isRuntimeContext() || process.isExited()) {
            return;
        }
        self.calls().begin();
        String where = self.calls().apartmentName();
        initCount = 0;
        self.calls().journalThreadExit(where, leave());
    }

    /** The last CoUninitialize: the STA is torn down, or the MTA when this was its last member. */
    private Object leave() {
        self.world().write(self, StatePart.THREAD_APARTMENT);
        Apartment leaving = joined;
        if (leaving.kind() == ApartmentKind.STA) {
            leaving.teardown(self);
        } else {
            process.leaveMta(self);
        }
        joined = null;
        return leaving.leftNote();
    }
}
