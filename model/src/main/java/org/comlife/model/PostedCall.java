package org.comlife.model;

import java.util.Arrays;
import org.comlife.model.journal.Described;
import org.comlife.model.journal.PlainValue;

/**
 * A call waiting in an STA's message queue: posted by a proxy on the caller's thread, run by
 * the apartment's owner when it pumps, answered back to the waiting caller. Its completion
 * state is guarded by the world's monitor.
 *
 * <p>Public only so that an explorer can tell posted calls apart by who made them and when
 * ({@link #caller()}, {@link #callNumber()}); the rest is the model's.
 */
public final class PostedCall {
    private final StubManager stub;
    private final String method;
    @Untracked("fixed when the call is posted")
    private final Object[] arguments;
    private final ComThread caller;
    /** How many calls the caller's own code had completed when it made this one. */
    private final int callNumber;
    private CallResult result;
    private MarshalPacket returnedPointer;
    private boolean done;

    PostedCall(StubManager stub, String method, Object[] arguments, ComThread caller) {
        this.stub = stub;
        this.method = method;
        this.arguments = arguments;
        this.caller = caller;
        this.callNumber = caller.completedCalls();
    }

    StubManager stub() {
        return stub;
    }

    String method() {
        return method;
    }

    Object[] arguments() {
        return arguments;
    }

    /** The thread that made the call. */
    public ComThread caller() {
        return caller;
    }

    /** How many calls of its own code the caller had completed when it made this one. */
    public int callNumber() {
        return callNumber;
    }

    /** Guarded by the world monitor. */
    boolean isDone() {
        caller.world().read(this, StatePart.POSTED_CALL);
        return done;
    }

    /** Guarded by the world monitor. */
    void complete(CallResult result, MarshalPacket returnedPointer) {
        caller.world().write(this, StatePart.POSTED_CALL);
        this.result = result;
        this.returnedPointer = returnedPointer;
        this.done = true;
    }

    CallResult result() {
        caller.world().read(this, StatePart.POSTED_CALL);
        return result;
    }

    MarshalPacket returnedPointer() {
        caller.world().read(this, StatePart.POSTED_CALL);
        return returnedPointer;
    }

    /** The call as values: the method, its arguments, the object it is made on and the calling thread. */
    PlainValue value() {
        return PlainValue.tuple(method, arguments, stub.object(), caller.name());
    }

    /**
     * What the caller waits for while the call is out, read when asked: whether the answer has
     * come, and what it is, are part of the caller's state.
     */
    Described awaitedReply() {
        return new Described() {
            @Override
            @Untracked("read by snapshots, between steps")
            public PlainValue value() {
                synchronized (stub.apartment().process().world()) {
                    if (!done) {
                        return PlainValue.tuple("reply", PostedCall.this.value());
                    }
                    return PlainValue.tuple("reply", PostedCall.this.value(), "answered", result,
                            returnedPointer == null ? null : EntityRef.of(returnedPointer));
                }
            }

            @Override
            @Untracked("text for messages, not state")
            public String toString() {
                return "reply to " + PostedCall.this + (done ? " answered " + result
                        + (returnedPointer == null ? "" : " with packet#" + returnedPointer.id()) : "");
            }
        };
    }

    @Override
    public String toString() {
        return method + Arrays.toString(arguments) + " on " + stub.object() + " from " + caller.name();
    }
}
