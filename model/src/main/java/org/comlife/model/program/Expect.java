package org.comlife.model.program;

import org.comlife.model.CallResult;
import org.comlife.model.ComResult;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;

/**
 * What a scenario's thread requires of a call it cannot go on without: a failed HRESULT ends
 * the thread, and the scheduler reports the failure. A correct twin never fails one; in a
 * faulty scenario a failure here is one of the fault's symptoms.
 */
public final class Expect {
    private Expect() {
    }

    public static void succeeded(HResult hr, String what) {
        if (hr.failed()) {
            throw new IllegalStateException(what + " failed: " + hr);
        }
    }

    public static <T> T succeeded(ComResult<T> result, String what) {
        succeeded(result.hr(), what);
        return result.value();
    }

    /** A method call that must succeed; its out-value when that is an interface pointer, else null. */
    public static InterfacePointer succeeded(CallResult result, String what) {
        succeeded(result.hr(), what);
        return result.pointer();
    }
}
