package org.comlife.checks.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The closure rules of {@link StubbornSets}, on a made-up state: an enabled member brings in every
 * thread whose future conflicts with its step, a blocked member every thread that may write what
 * its wait reads, and a state with one choice (or a blocked thread looking again) is explored whole.
 */
class StubbornSetsTest {
    private final EntityClasses classes = new EntityClasses();
    private final ThreadFutures futures = new ThreadFutures(classes);
    private final StubbornSets stubborn = new StubbornSets(classes, futures);
    private final List<String> threads = List.of("p/a", "p/b", "p/c", "p/d");
    private final List<String> enabled = List.of("p/a", "p/b", "p/c");

    /** A: its step writes x. B: writes y. C: will read x. D: blocked, waiting on e, will read z; B may write e. */
    private NodeFacts state(boolean aWritesZ) {
        NodeFacts facts = new NodeFacts(threads, new int[] {0, 0, 0, 1}, new int[0]);
        Footprint[] waits = new Footprint[4];
        waits[3] = reads("e");
        facts.learn(waits, false, enabled.size());
        facts.setStep(0, aWritesZ ? writes("x", "z") : writes("x"));
        facts.setStep(1, writes("y"));
        facts.setStep(2, reads("x"));
        futures.record("p/a", 0, facts.step(0));
        futures.record("p/b", 0, writes("y", "e"));
        futures.record("p/c", 0, reads("x"));
        futures.record("p/d", 1, reads("z"));
        return facts;
    }

    /** A thread whose step touches nothing any other thread may touch is explored alone. */
    @Test
    void anIndependentThreadIsExploredAlone() {
        NodeFacts facts = state(false);

        assertThat(stubborn.required(enabled, facts, 0b010)).isEqualTo(0b010);
        assertThat(stubborn.seed(enabled, facts)).isEqualTo(0b010);
    }

    /** A step that writes what another thread will read brings that thread in. */
    @Test
    void aConflictingFutureBringsItsThreadIn() {
        assertThat(stubborn.required(enabled, state(false), 0b001)).isEqualTo(0b101);
    }

    /** A blocked thread brought in brings in whoever may wake it: here B, which may set its event. */
    @Test
    void aBlockedMemberBringsInWhoeverMayWakeIt() {
        assertThat(stubborn.required(enabled, state(true), 0b001)).isEqualTo(0b111);
    }

    /** With one choice, or a blocked thread looking again because nobody could run, that is the whole state. */
    @Test
    void oneChoiceIsTheWholeState() {
        NodeFacts facts = new NodeFacts(threads, new int[] {0, 0, 0, 1}, new int[0]);
        facts.learn(new Footprint[4], true, 1);

        assertThat(stubborn.seed(List.of("p/d"), facts)).isEqualTo(0b1);
    }

    private Footprint reads(String... names) {
        return Footprint.of(numbers(names), new int[0]);
    }

    private Footprint writes(String... names) {
        return Footprint.of(new int[0], numbers(names));
    }

    private int[] numbers(String... names) {
        int[] numbers = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            numbers[i] = classes.number(names[i]);
        }
        return numbers;
    }
}
