package org.comlife.checks.coverage.programs;

import org.comlife.model.ComObject;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.Proxy;

/**
 * What the coverage programs require of an answer, beyond success: the exact HRESULT the
 * contract gives, a refusal, the raw object or a proxy. A wrong answer ends the thread, and
 * every engine reports the failed thread.
 */
final class Answer {
    private Answer() {
    }

    static void is(HResult answered, HResult contract, String what) {
        if (answered != contract) {
            throw new IllegalStateException(what + " answered " + answered + "; the contract says " + contract);
        }
    }

    /** An activation the contract refuses (the program's launcher starts no second server to take it). */
    static void refused(ComResult<InterfacePointer> answered, String what) {
        if (answered.succeeded()) {
            throw new IllegalStateException(what + " was served by " + processOf(answered.value())
                    + "; the contract refuses it");
        }
    }

    /** An unmarshal in the object's own apartment: the object itself, never a proxy. */
    static InterfacePointer theObject(ComResult<InterfacePointer> answered, InterfacePointer object, String what) {
        is(answered.hr(), HResult.S_OK, what);
        if (answered.value() != object) {
            throw new IllegalStateException(what + " gave " + answered.value() + " in " + object
                    + "'s own apartment; the contract gives the object itself");
        }
        return answered.value();
    }

    /** An unmarshal in another apartment: a proxy. */
    static InterfacePointer aProxy(ComResult<InterfacePointer> answered, String what) {
        is(answered.hr(), HResult.S_OK, what);
        if (!(answered.value() instanceof Proxy)) {
            throw new IllegalStateException(what + " gave " + answered.value() + " in another apartment; the "
                    + "contract gives a proxy");
        }
        return answered.value();
    }

    /** Main's release of its own object must be the last: no packet or GIT entry may still hold it. */
    static void lastReference(ComThread self, ComObject object) {
        if (self.release(object) != 0) {
            throw new IllegalStateException(object + " outlived its last reference: a packet's or an entry's "
                    + "references leaked");
        }
    }

    private static String processOf(InterfacePointer pointer) {
        return pointer.target().home().process().name();
    }
}
