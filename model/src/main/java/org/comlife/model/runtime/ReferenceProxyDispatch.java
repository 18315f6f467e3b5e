package org.comlife.model.runtime;

import org.comlife.model.Apartment;
import org.comlife.model.ApartmentKind;
import org.comlife.model.CallResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.PostedCall;
import org.comlife.model.StubManager;

/**
 * COM's channel as Windows runs it for the contract: an STA's calls go through its queue, the
 * MTA's run at once on an RPC worker. It keeps no state of its own.
 *
 * <p>Each step is a protected method a subclass can replace alone, keeping the rest:
 * <table>
 *   <caption>The steps of proxy dispatch</caption>
 *   <tr><th>step</th><th>used by</th><th>what it does</th></tr>
 *   <tr><td>{@link #postsTo}</td><td>deliver</td><td>whether the apartment takes calls through its queue (an STA)</td></tr>
 *   <tr><td>{@link #runAtOnce}</td><td>deliver</td><td>runs a call into the MTA on the RPC worker</td></tr>
 *   <tr><td>{@link #postAndWait}</td><td>deliver</td><td>posts to the owner's queue and waits for the reply</td></tr>
 *   <tr><td>{@link #run}</td><td>dispatch</td><td>runs a posted call on the owner and answers the caller</td></tr>
 * </table>
 */
public class ReferenceProxyDispatch implements ProxyDispatch {

    @Override
    public CallResult deliver(ComThread caller, StubManager stub, String method, Object[] arguments) {
        Apartment home = stub.apartment();
        return postsTo(home) ? postAndWait(caller, home, stub, method, arguments)
                : runAtOnce(caller, home, stub, method, arguments);
    }

    @Override
    public void dispatch(Apartment sta, PostedCall call) {
        run(sta, call);
    }

    /** An STA runs incoming calls only on its owner thread, so they are posted; the MTA's are not. */
    protected boolean postsTo(Apartment home) {
        return home.kind() == ApartmentKind.STA;
    }

    /** A call into the MTA, run now in the server's RPC-worker context. */
    protected CallResult runAtOnce(ComThread caller, Apartment home, StubManager stub, String method,
                                   Object[] arguments) {
        return home.runOnRpcWorker(caller, stub, method, arguments);
    }

    /** A call into an STA: posted to the owner's queue, then the caller waits for the reply; RPC_E_DISCONNECTED when the STA is gone. */
    protected CallResult postAndWait(ComThread caller, Apartment home, StubManager stub, String method,
                                     Object[] arguments) {
        PostedCall call = home.post(caller, stub, method, arguments);
        return call == null ? CallResult.fail(HResult.RPC_E_DISCONNECTED) : home.awaitReply(caller, call);
    }

    /** Runs a call the owner took from its queue, and answers the caller waiting for it. */
    protected void run(Apartment sta, PostedCall call) {
        sta.runPosted(call);
    }
}
