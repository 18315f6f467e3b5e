package org.comlife.model.runtime;

import org.comlife.model.Apartment;
import org.comlife.model.CallResult;
import org.comlife.model.ComThread;
import org.comlife.model.PostedCall;
import org.comlife.model.StubManager;

/**
 * The channel of one server process: how a call made through a proxy reaches the object's
 * apartment and how its reply comes back. Into an STA the call is posted to the owner's queue
 * and runs only when the owner pumps, while the caller waits (an STA caller pumping its own
 * queue); into the MTA it runs at once in the process's RPC-worker context.
 *
 * <p>What stays in the model, and why: the refusals of a proxy call (no COM on the calling
 * thread CO_E_NOTINITIALIZED, the proxy's apartment gone CO_E_OBJNOTCONNECTED, a call from
 * another apartment RPC_E_WRONG_THREAD with a violation of invariant 5, a call into an exited
 * process or a disconnected stub RPC_E_DISCONNECTED, a client's LockServer on a factory proxy
 * answered locally) are the contract's checks of the caller, and the sanitizer's record of
 * invariants 2 and 5 must not depend on the implementation under test; so {@code Proxy.invoke}
 * makes them and calls {@link #deliver} only for a call that passed. The queue, the waits, the
 * owner's activation and the reply's pointer are the model's entities, reached through
 * {@link Apartment#post}, {@link Apartment#awaitReply}, {@link Apartment#runPosted} and
 * {@link Apartment#runOnRpcWorker}, which report every access to the state; this helper decides
 * which of them carries a call. A call into an STA run off its owner thread is a violation of
 * invariant 5, one posted and never run a deadlock (invariant 6), whatever the helper.
 *
 * <p>An implementation must run every call it is given exactly once, in the object's apartment,
 * and give its caller that call's reply.
 */
public interface ProxyDispatch {

    /** Carries a checked call from the proxy's client apartment into the stub's apartment; the reply. */
    CallResult deliver(ComThread caller, StubManager stub, String method, Object[] arguments);

    /** The owner of {@code sta} took {@code call} from its queue while pumping: runs it and answers its caller. */
    void dispatch(Apartment sta, PostedCall call);
}
