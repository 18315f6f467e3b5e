package org.comlife.checks.property.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;

/**
 * How the generator draws one kind of action, declared by the action's class as its {@code KIND}
 * (built with {@link #of} and the {@code with} steps below).
 *
 * @param type          the action class: one kind per class
 * @param weight        how often the free part of a chain picks the kind when it is possible (0: never)
 * @param candidates    every argument choice in a state; the action's precondition then keeps the
 *                      threads that may perform each
 * @param misuse        the misuse it expresses, generated only when a hunt enables it; null for a
 *                      correct use of the API
 * @param closingWeight its weight in the closing part, which gives back what the free part took
 * @param placement     groups of steps the closing part places, once, where a misuse bites; or null
 * @param ending        in how many cases of four it ends a thread that can take it; or null
 * @param inHunts       whether chains that hunt a client fault (misuses enabled) use it too; false for
 *                      kinds that only widen the check of an implementation
 */
public record ActionKind(Class<? extends Action> type, int weight, Function<ChainState, List<Action>> candidates,
                         Misuse misuse, int closingWeight, Placement placement,
                         ToIntBiFunction<ChainState, Integer> ending, boolean inHunts) {

    /** The kind of the action class: a correct use of the API, drawn in the free part with this weight. */
    public static ActionKind of(Class<? extends Action> type, int weight,
                                Function<ChainState, List<Action>> candidates) {
        return new ActionKind(type, weight, candidates, null, 0, null, null, true);
    }

    public ActionKind withMisuse(Misuse expressed) {
        return new ActionKind(type, weight, candidates, expressed, closingWeight, placement, ending, inHunts);
    }

    public ActionKind withClosingWeight(int weightWhileClosing) {
        return new ActionKind(type, weight, candidates, misuse, weightWhileClosing, placement, ending, inHunts);
    }

    /** Placed by the closing part, when the misuse is enabled, as one of these groups of steps. */
    public ActionKind withPlacement(Misuse enabledBy, Function<ChainState, List<List<ChainStep>>> groups) {
        return new ActionKind(type, weight, candidates, misuse, closingWeight, new Placement(enabledBy, groups),
                ending, inHunts);
    }

    public ActionKind withEnding(ToIntBiFunction<ChainState, Integer> oddsInFour) {
        return new ActionKind(type, weight, candidates, misuse, closingWeight, placement, oddsInFour, inHunts);
    }

    /**
     * Left out of the chains that hunt a client fault: the misuse's chains keep the vocabulary it
     * was measured with, and the kind adds only to the check of an implementation.
     */
    public ActionKind onlyInCorrectChains() {
        return new ActionKind(type, weight, candidates, misuse, closingWeight, placement, ending, false);
    }

    /** One candidate per handle of the given kinds, in the order they were made. */
    public static List<Action> forEach(ChainState state, Function<Handle, Action> action, HandleKind... kinds) {
        List<Action> actions = new ArrayList<>();
        for (HandleKind kind : kinds) {
            for (Handle handle : state.handles(kind)) {
                actions.add(action.apply(handle));
            }
        }
        return actions;
    }

    /** The kind's name in statistics: the class name, in words ({@code CreateInstance}: create-instance). */
    public String label() {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** In how many cases of four the kind ends the thread; 0 when it never ends threads. */
    public int endingOdds(ChainState state, int thread) {
        return ending == null ? 0 : ending.applyAsInt(state, thread);
    }

    @Override
    public String toString() {
        return label();
    }

    /** Groups of steps that make a misuse bite, placed when {@code enabledBy} is enabled. */
    public record Placement(Misuse enabledBy, Function<ChainState, List<List<ChainStep>>> groups) {
    }
}
