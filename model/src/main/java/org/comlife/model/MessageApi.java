package org.comlife.model;

/**
 * The COM API of messages and events, for one {@link ComThread}: pumping the queue of the STA
 * the thread owns, its message loop and WM_QUIT, events, and the two ways to wait for one
 * (without pumping, so the STA's posted calls wait too, or while dispatching them).
 *
 * <p>Each method is the body of the {@link ComThread} method of the same name: it begins the
 * call and journals its end on that thread.
 */
final class MessageApi {
    private final ComThread self;
    private final ComWorld world;

    MessageApi(ComThread self) {
        this.self = self;
        this.world = self.world();
    }

    int pumpMessages() {
        self.calls().begin();
        int dispatched = 0;
        Apartment sta = self.ownedSta();
        while (sta != null) {
            PostedCall next;
            synchronized (world) {
                next = sta.pollLocked();
            }
            if (next == null) {
                break;
            }
            sta.dispatch(next);
            dispatched++;
        }
        return self.calls().journal("PumpMessages", "", dispatched);
    }

    HResult runMessageLoop() {
        self.calls().begin();
        Apartment sta = self.ownedSta();
        HResult hr;
        if (sta == null) {
            hr = HResult.E_UNEXPECTED;
        } else {
            hr = world.block(self, () -> sta.isQuitDueLocked(), "WM_QUIT");
            if (hr.succeeded()) {
                synchronized (world) {
                    sta.takeQuitLocked();
                }
            }
        }
        return self.calls().journal("MessageLoop", "", hr);
    }

    HResult postQuit(ComThread target) {
        self.calls().begin();
        HResult hr;
        Apartment sta = target == null ? null : target.ownedSta();
        if (sta == null) {
            hr = HResult.E_INVALIDARG;
        } else {
            synchronized (world) {
                sta.postQuitLocked();
                world.notifyAll();
            }
            hr = HResult.S_OK;
        }
        return self.calls().journal("PostThreadMessage", target + ", WM_QUIT", hr);
    }

    ComEvent createEvent(String eventName) {
        self.calls().begin();
        return self.calls().journal("CreateEvent", eventName, new ComEvent(world, eventName));
    }

    HResult setEvent(ComEvent event) {
        self.calls().begin();
        if (event == null) {
            return self.calls().journal("SetEvent", "null", HResult.E_INVALIDARG);
        }
        event.set();
        return self.calls().journal("SetEvent", event.name(), HResult.S_OK);
    }

    HResult waitForEvent(ComEvent event) {
        self.calls().begin();
        HResult hr = event == null ? HResult.E_INVALIDARG
                : world.blockWithoutPumping(self, () -> event.isSetLocked(), event.toString());
        return self.calls().journal("WaitForSingleObject", String.valueOf(event), hr);
    }

    HResult waitForEventPumping(ComEvent event) {
        self.calls().begin();
        HResult hr = event == null ? HResult.E_INVALIDARG
                : world.block(self, () -> event.isSetLocked(), event.toString());
        return self.calls().journal("CoWaitForMultipleHandles", String.valueOf(event), hr);
    }
}
