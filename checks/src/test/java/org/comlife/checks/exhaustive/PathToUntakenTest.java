package org.comlife.checks.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The search for work ahead of a run, over the choices already resolved. */
class PathToUntakenTest {

    /** Builds root -a-> mid -a-> far, every choice but far's second resolved. */
    private static StateNode[] chain(ExploredGraph graph) {
        StateNode root = graph.add(ExploredState.of("root", graph.lines()), new StateNode(false, null, -1, 0));
        StateNode mid = graph.add(ExploredState.of("mid", graph.lines()), new StateNode(false, root, 0, 1));
        StateNode far = graph.add(ExploredState.of("far", graph.lines()), new StateNode(false, mid, 0, 2));
        graph.learnEnabled(root, List.of("a"));
        graph.learnEnabled(mid, List.of("a"));
        graph.learnEnabled(far, List.of("a", "b"));
        root.claimUntaken();
        graph.resolve(root, 0, mid);
        mid.claimUntaken();
        return new StateNode[] {root, mid, far};
    }

    /** The way to the nearest untaken choice is found through resolved ones, and that choice is claimed. */
    @Test
    void findsAndClaimsTheNearestUntakenChoiceAhead() {
        ExploredGraph graph = new ExploredGraph();
        StateNode[] states = chain(graph);
        graph.resolve(states[1], 0, states[2]);
        states[2].claimUntaken(); // far's first choice is being taken by another run

        assertThat(PathToUntaken.from(states[0])).containsExactly(0, 0, 1);
        assertThat(states[2].successor(1)).isSameAs(StateNode.CLAIMED);
        assertThat(PathToUntaken.from(states[0])).isNull(); // nothing left to claim
    }

    /** A choice another run is still taking is not a way through: nothing is found beyond it. */
    @Test
    void doesNotPassThroughAChoiceBeingTaken() {
        ExploredGraph graph = new ExploredGraph();
        StateNode[] states = chain(graph); // mid's only choice is claimed, not resolved

        assertThat(PathToUntaken.from(states[0])).isNull();
        assertThat(PathToUntaken.from(states[2])).containsExactly(0); // from far itself
    }
}
