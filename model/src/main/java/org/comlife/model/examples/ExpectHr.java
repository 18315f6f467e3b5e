package org.comlife.model.examples;

import org.comlife.model.CallResult;
import org.comlife.model.ComResult;
import org.comlife.model.HResult;

/** Checks the examples make of their own calls: a failed HRESULT where success is due ends the thread. */
final class ExpectHr {
    private ExpectHr() {
    }

    static void succeeded(HResult hr, String what) {
        if (hr.failed()) {
            throw new IllegalStateException(what + " failed: " + hr);
        }
    }

    static <T> T succeeded(ComResult<T> result, String what) {
        succeeded(result.hr(), what);
        return result.value();
    }

    static Object succeeded(CallResult result, String what) {
        succeeded(result.hr(), what);
        return result.value();
    }
}
