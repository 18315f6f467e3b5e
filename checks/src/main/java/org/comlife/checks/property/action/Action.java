package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.state.ChainState;

/**
 * One action of a chain: one or a few API calls by one logical thread. An action states its
 * precondition and effect over the chain's abstract state (so generated and shrunk chains stay
 * valid uses of the API) and performs its calls against the model. It never throws: a call that
 * fails leaves its result handle empty.
 */
public sealed interface Action permits CreateInstance, GetClassObject, CreateFromFactory, LockServer,
        CreateLocalObject, CallMethod, QueryInterface, ReleasePointer, MarshalToStream, UnmarshalFromStream,
        DiscardStream, RegisterInGit, GetFromGit, RevokeFromGit, Uninitialize, UnmarshalStreamAgain,
        ReleaseStreamAgain, CallForeignPointer, CallSharedProxy, RevokeGitAgain, WaitWithoutPumping,
        AbandonGitCookie {

    ActionKind kind();

    /** Every handle the action uses or makes: actions of different threads that share one keep their order. */
    List<Handle> touches();

    /** The action as a line of a chain, without its thread. */
    String describe();

    /** Why the thread cannot perform the action in this state, or null when it can. */
    String precondition(ChainState state, int thread);

    /** The action's effect on the abstract state; only called when the precondition holds. */
    void apply(ChainState state, int thread);

    /** Performs the API calls on the given thread. */
    void perform(ActionContext context);

    /** The same action with every use of handle {@code from} replaced by {@code to}, for the shrinker. */
    Action renamed(Handle from, Handle to);

    /** Variants one step simpler (a plainer argument), for the shrinker. */
    default List<Action> simplifications() {
        return List.of();
    }

    /** {@code handle}, or {@code to} when it is {@code from}. */
    static Handle rename(Handle handle, Handle from, Handle to) {
        return handle.equals(from) ? to : handle;
    }

    /** The marker a misuse action's line ends with. */
    static String misuseTag(ActionKind kind) {
        return kind.misuse() == null ? "" : "   [misuse: " + kind.misuse().label() + "]";
    }
}
