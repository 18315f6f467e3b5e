package org.comlife.checks.property.action;

import java.util.List;
import java.util.function.UnaryOperator;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.shrink.Candidate;
import org.comlife.checks.property.state.ChainState;

/**
 * One action of a chain: one or a few API calls by one logical thread. An action is a record, and
 * its class is the whole declaration of the action:
 *
 * <table>
 * <caption>what an action declares, and who reads it</caption>
 * <tr><th>declaration</th><th>read by</th></tr>
 * <tr><td>{@code static final ActionKind KIND}: weights, misuse, how its arguments are drawn,
 * registered in {@link Actions#KINDS}</td><td>the generator and the statistics</td></tr>
 * <tr><td>{@link #precondition} and {@link #apply} over {@link ChainState}</td><td>the generator, the
 * validity check, the shrinker (so every chain is a valid use of the API)</td></tr>
 * <tr><td>{@link #perform}: its API calls</td><td>the executor</td></tr>
 * <tr><td>{@link #shrinks}: the simpler chains it offers</td><td>the shrinker</td></tr>
 * <tr><td>its {@link Handle} components: the handles it uses or makes</td><td>the executor's
 * ordering, the shrinker's cascades, renaming</td></tr>
 * </table>
 *
 * <p>Performing never throws: a call that fails leaves its result handle empty, and the actions
 * that would use it are skipped.
 */
public interface Action {

    /** The declaration of the action's class, registered in {@link Actions#KINDS}. */
    default ActionKind kind() {
        return Actions.kindOf(getClass());
    }

    /** The action as a line of a chain, without its thread. */
    String describe();

    /** Why the thread cannot perform the action in this state, or null when it can. */
    String precondition(ChainState state, int thread);

    /** The action's effect on the abstract state; only called when the precondition holds. */
    default void apply(ChainState state, int thread) {
    }

    /** Performs the API calls on the given thread. */
    void perform(ActionContext context);

    /**
     * The chains one shrink step simpler that this action, step {@code index} of {@code chain},
     * offers the shrinker: steps cut together with it, or the action with plainer arguments.
     */
    default List<Candidate> shrinks(ActionChain chain, int index) {
        return List.of();
    }

    /** Whether the action goes through the SCM (and so may launch the chain's server). */
    default boolean activates() {
        return false;
    }

    /** Every handle the action uses or makes: its {@link Handle} components, in order. */
    default List<Handle> touches() {
        return RecordHandles.of(this);
    }

    /** The same action with each handle replaced by what {@code rename} maps it to. */
    default Action renamed(UnaryOperator<Handle> rename) {
        return RecordHandles.renamed(this, rename);
    }
}
