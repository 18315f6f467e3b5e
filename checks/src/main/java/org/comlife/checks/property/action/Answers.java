package org.comlife.checks.property.action;

import java.util.Arrays;
import org.comlife.model.ComObject;
import org.comlife.model.ComResult;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalStream;
import org.comlife.model.Proxy;

/**
 * The check of an action's answers against the contract, in a chain that uses the API correctly
 * ({@link ActionContext#checksAnswers()}): an answer the contract does not allow in that state
 * ends the thread with the call, the answer and the contract's, and the case fails. A failure
 * the contract allows leaves the action's handle empty, as before.
 */
final class Answers {
    /** What a call on an object whose apartment is gone answers: its stub is disconnected. */
    private static final HResult[] DISCONNECTED = {HResult.CO_E_OBJNOTCONNECTED, HResult.RPC_E_INVALID_OBJREF,
            HResult.RPC_E_DISCONNECTED};

    private Answers() {
    }

    /** The answer must be one of those the contract gives in this state. */
    static void expect(ActionContext context, HResult answered, String call, HResult... contract) {
        if (!context.checksAnswers()) {
            return;
        }
        for (HResult allowed : contract) {
            if (answered == allowed) {
                return;
            }
        }
        throw new IllegalStateException(call + " answered " + answered + "; the contract says "
                + (contract.length == 1 ? contract[0] : "one of " + Arrays.toString(contract)));
    }

    /**
     * Like {@link #expect}, for a call on an object another thread may have torn down with its
     * apartment (a client's own object, whose thread may leave COM while others hold proxies: the
     * chain orders only the steps that share a handle). Once that apartment is gone, the
     * disconnection answers are the contract's too.
     */
    static void expectUnlessGone(ActionContext context, HResult answered, String call, ComObject object,
                                 HResult... contract) {
        if (object == null || object.home().isAlive()) {
            expect(context, answered, call, contract);
            return;
        }
        HResult[] widened = Arrays.copyOf(contract, contract.length + DISCONNECTED.length);
        System.arraycopy(DISCONNECTED, 0, widened, contract.length, DISCONNECTED.length);
        expect(context, answered, call, widened);
    }

    /**
     * Like {@link #expectUnlessGone}, for a call on a table stream's packet, whose stub may also be
     * gone while its apartment lives: a TABLEWEAK packet's stub goes with the object's last strong
     * reference, after which its unmarshal answers CO_E_OBJNOTREG and its CoReleaseMarshalData
     * RPC_E_INVALID_OBJREF (CONFORMANCE.md T5, T6, T8). A destroyed stub never comes back, so
     * looking after the call tells whether it was gone when the call needed it.
     */
    static void expectUnlessGone(ActionContext context, HResult answered, String call, MarshalStream stream,
                                 HResult... contract) {
        if (weakStubGone(stream)) {
            HResult[] widened = Arrays.copyOf(contract, contract.length + 2);
            widened[contract.length] = HResult.CO_E_OBJNOTREG;
            widened[contract.length + 1] = HResult.RPC_E_INVALID_OBJREF;
            expect(context, answered, call, widened);
            return;
        }
        expectUnlessGone(context, answered, call, objectOf(stream), contract);
    }

    /** Whether the stream holds a TABLEWEAK packet whose stub has been destroyed. */
    static boolean weakStubGone(MarshalStream stream) {
        return !stream.packets().isEmpty() && stream.packets().get(0).flags() == MarshalFlags.TABLEWEAK
                && stream.packets().get(0).stub().isDisconnected();
    }

    /** The object a stream's packet refers to, or null for a stream without one. */
    static ComObject objectOf(MarshalStream stream) {
        return stream.packets().isEmpty() ? null : stream.packets().get(0).stub().object();
    }

    /**
     * An unmarshal that succeeded gives the object itself in the object's own apartment and a
     * proxy in any other (the packet read is the stream's first).
     */
    static void expectPointerKind(ActionContext context, ComResult<InterfacePointer> answered, MarshalStream stream,
                                  String call) {
        if (!context.checksAnswers() || !answered.succeeded() || stream.packets().isEmpty()) {
            return;
        }
        ComObject object = objectOf(stream);
        boolean ownApartment = object.home() == context.self().apartment();
        InterfacePointer pointer = answered.value();
        if (ownApartment && pointer != object) {
            throw new IllegalStateException(call + " gave " + pointer + " in " + object
                    + "'s own apartment; the contract gives the object itself");
        }
        if (!ownApartment && !(pointer instanceof Proxy)) {
            throw new IllegalStateException(call + " gave " + pointer + " in another apartment than " + object
                    + "'s; the contract gives a proxy");
        }
    }
}
