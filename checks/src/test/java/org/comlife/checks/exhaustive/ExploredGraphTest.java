package org.comlife.checks.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared graph of an exploration: where runs head, and which states are done. */
class ExploredGraphTest {

    private static StateNode node(ExploredGraph graph, String text, StateNode parent, int choice) {
        StateNode node = new StateNode(false, parent, choice, parent == null ? 0 : parent.depth + 1);
        return graph.add(ExploredState.of(text, graph.lines()), node);
    }

    /** A run heads for the shallowest state with a choice nobody took, by the path that first led there. */
    @Test
    void claimsTheShallowestUntakenChoiceWithItsPath() {
        ExploredGraph graph = new ExploredGraph();
        StateNode root = node(graph, "root", null, -1);
        graph.learnEnabled(root, List.of("a", "b"));
        assertThat(root.claimUntaken()).isZero();
        StateNode deep = node(graph, "deep", root, 0);
        graph.resolve(root, 0, deep);
        graph.learnEnabled(deep, List.of("a", "b"));

        assertThat(graph.claimShallowest()).containsExactly(1); // root's second choice
        assertThat(graph.claimShallowest()).containsExactly(0, 0); // then deep's first, through root's first
        assertThat(graph.claimShallowest()).containsExactly(0, 1);
        assertThat(graph.claimShallowest()).isNull();
    }

    /** A state is done once every choice out of it leads to a done state, and not before. */
    @Test
    void doneSpreadsBackwardsFromTheEnd() {
        ExploredGraph graph = new ExploredGraph();
        StateNode root = node(graph, "root", null, -1);
        graph.learnEnabled(root, List.of("a", "b"));
        StateNode left = node(graph, "left", root, 0);
        StateNode end = node(graph, "end", left, 0);
        root.claimUntaken();
        root.claimUntaken();
        graph.resolve(root, 0, left);
        graph.resolve(root, 1, end);
        graph.learnEnabled(left, List.of("b"));
        left.claimUntaken();
        graph.resolve(left, 0, end);

        assertThat(root.done()).isFalse();
        assertThat(left.done()).isFalse();
        graph.learnEnabled(end, List.of());
        assertThat(end.done()).isTrue();
        assertThat(left.done()).isTrue();
        assertThat(root.done()).isTrue();
    }

    /** A violating state is done from the start: it is never expanded, and leading into it finishes a choice. */
    @Test
    void violatingStateIsDoneAtOnce() {
        ExploredGraph graph = new ExploredGraph();
        StateNode root = node(graph, "root", null, -1);
        graph.learnEnabled(root, List.of("a"));
        StateNode bad = graph.add(ExploredState.of("bad", graph.lines()), new StateNode(true, root, 0, 1));
        root.claimUntaken();
        graph.resolve(root, 0, bad);

        assertThat(bad.done()).isTrue();
        assertThat(root.done()).isTrue();
    }

    /** A state offering other threads than it offered before is reported, not silently re-recorded. */
    @Test
    void differentEnabledThreadsAreNondeterminism() {
        ExploredGraph graph = new ExploredGraph();
        StateNode root = node(graph, "root", null, -1);

        assertThat(graph.learnEnabled(root, List.of("a", "b"))).isTrue();
        assertThat(graph.learnEnabled(root, List.of("a", "b"))).isTrue();
        assertThat(graph.learnEnabled(root, List.of("a"))).isFalse();
        assertThat(root.enabled()).containsExactly("a", "b");
    }

    /** The same text met twice is one state: the second node offered is not kept. */
    @Test
    void oneNodePerState() {
        ExploredGraph graph = new ExploredGraph();
        StateNode first = node(graph, "s", null, -1);
        StateNode second = node(graph, "s", null, -1);

        assertThat(second).isSameAs(first);
        assertThat(graph.size()).isEqualTo(1);
        assertThat(graph.known(ExploredState.of("s", graph.lines()))).isSameAs(first);
    }
}
