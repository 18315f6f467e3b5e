package org.comlife.model.conformance;

import org.comlife.model.CallResult;
import org.comlife.model.ComObject;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;

/**
 * The suite's application object: it implements IFoo, and a call answers S_OK with the name of
 * the logical thread it ran on, or, when the call's first argument is an {@link InCall}, the
 * HRESULT of that code, run inside the object's apartment (COM calls made from inside an
 * incoming call). Its references are the model's own count, the analogue of the locks Wine's
 * test objects count.
 */
final class TestObject extends ComObject {
    /** Code an incoming call runs in the object's apartment, on the thread COM dispatched it to. */
    @FunctionalInterface
    interface InCall {
        HResult run(ComThread executing, TestObject self);
    }

    TestObject(ComThread creator) {
        super(creator, "TestObject", ComSetup.IFoo);
    }

    @Override
    protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
        InCall code = argument(arguments, 0, InCall.class);
        if (code != null) {
            return CallResult.of(code.run(executing, this), executing.name());
        }
        return CallResult.ok(executing.name());
    }
}
