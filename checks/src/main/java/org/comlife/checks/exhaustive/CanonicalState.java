package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comlife.checks.schedule.RunState;
import org.comlife.model.EntityKind;
import org.comlife.model.EntityRef;
import org.comlife.model.snapshot.WorldSnapshot;

/**
 * A state written so that two interleavings reaching the same state up to the numbering of
 * entities give the same text. The state is made of typed values ({@link StateLines}), one line
 * per thread and per entity; the entities a world numbers (apartments, objects, stubs, proxies,
 * streams, packets, cookies) appear in it only as {@link EntityRef}s, the references marked
 * <b>ref</b> below and those inside a {@code PlainValue} (a call's result, a wait, a queued call):
 *
 * <table>
 * <caption>What each line holds, in order</caption>
 * <tr><th>line</th><th>one for each</th><th>values</th></tr>
 * <tr><td>T</td><td>logical thread, in name order</td><td>process, name, status; unless it is DONE, each
 *     call whose result its code can still hold: operation, result (with its <b>ref</b>s)</td></tr>
 * <tr><td>D</td><td>world</td><td>deadlocked, launches by the SCM</td></tr>
 * <tr><td>W</td><td>thread, as the model sees it</td><td>process, name, <b>ref</b> apartment, CoInitialize
 *     count, wait mode, what it waits for (a reply: the call, whether it was answered, and with
 *     what; a server's launch; a word)</td></tr>
 * <tr><td>E</td><td>event</td><td>name, signaled</td></tr>
 * <tr><td>O</td><td>live object</td><td><b>ref</b> object, name, <b>ref</b> home apartment, reference count</td></tr>
 * <tr><td>P</td><td>process</td><td>name, role, server-process count, classes suspended, shutdown
 *     committed, exited, MTA members, ever published, resumed</td></tr>
 * <tr><td>G</td><td>GIT entry</td><td>process, <b>ref</b> GIT cookie</td></tr>
 * <tr><td>R</td><td>class registration</td><td>process, <b>ref</b> registration cookie, CLSID, flags,
 *     published, used</td></tr>
 * <tr><td>A</td><td>apartment</td><td>process, <b>ref</b> apartment, kind, owner, alive, queued calls in
 *     order (method, arguments, <b>ref</b> object, object name, caller), WM_QUIT posted</td></tr>
 * <tr><td>S</td><td>stub</td><td><b>ref</b> apartment, <b>ref</b> stub, <b>ref</b> object, object name,
 *     external and weak references, disconnected</td></tr>
 * <tr><td>X</td><td>proxy</td><td><b>ref</b> apartment, <b>ref</b> proxy, <b>ref</b> object, server
 *     process, references, remote references, implicit locks, connected</td></tr>
 * <tr><td>M</td><td>stream</td><td><b>ref</b> stream, reference count, position, packets in it</td></tr>
 * <tr><td>K</td><td>marshal packet</td><td><b>ref</b> packet, flags, <b>ref</b> object, consumed, released,
 *     ended</td></tr>
 * </table>
 *
 * <p>Nothing here reads a {@code toString} of the model: a value's text is written by
 * {@link StateLine} from the value itself, so a change of how the model prints an entity changes
 * no state's identity. The texts in a state are names (processes, threads and events are known
 * by theirs), words the model gives as text (a note such as {@code initCount 1}, a wait for
 * {@code WM_QUIT} or an event), and the text of a value whose type the model does not know (a
 * program's own class answered by a call): none of them holds a reference.
 *
 * <p>Every reference is renamed by its first appearance: first in the threads' lines (in name
 * order, each thread's calls in program order), then in the entities, taken one at a time,
 * smallest first, each compared with the references named so far written as their new names and
 * the others masked. The renaming is one bijection applied to the whole state, so equal texts
 * are states that differ at most in the numbers of their entities; the program's code never
 * looks at those numbers, so such states have the same futures, and merging them is sound.
 *
 * <p>Two entities can still compare equal and yet name different entities (two stubs alike but
 * for their object). Which goes first then decides the names of what follows, so every choice
 * is tried and the smallest text kept: the text then depends only on the state, not on the
 * order the entities were made in. Entities that tie and share no unnamed reference with
 * anything else are interchangeable and need no trial; past {@link #MAX_TRIALS} trials the
 * allocation order decides, which can only miss a merge, never make a wrong one.
 *
 * <p>The JPF tier matches its states on this text too ({@code JpfGranularity.PROGRAM_STATE}),
 * so that JPF and the explorer count the same states; it runs inside JPF there, so it keeps to
 * what JPF can run (no boxing method reference, no {@code java.util.Random}).
 */
public final class CanonicalState {
    /** How many orders of tied entities one state may try before allocation order decides. */
    static final int MAX_TRIALS = 256;

    private CanonicalState() {
    }

    /** The canonical text of the model's state and the threads' places. */
    public static String of(WorldSnapshot snapshot, RunState threads) {
        return canonical(StateLines.threads(threads), StateLines.entities(snapshot));
    }

    /**
     * A state's canonical text up to the renaming of interchangeable threads, and the name each
     * thread goes by in it ({@code process/thread} for a thread of no group).
     */
    record Named(String text, Map<String, String> threadNames) {
    }

    /**
     * The canonical text of a state in which the threads of each group the program declared
     * interchangeable ({@link RunState#interchangeable()}) are renamed like entities: states that
     * differ only in which of them is where have one text. Each such thread's name becomes its
     * group's key and its number in the text ({@link InterchangeableThreads}).
     */
    static Named named(WorldSnapshot snapshot, RunState threads) {
        Map<String, EntityRef> refs = new HashMap<>();
        Map<String, String> qualified = new HashMap<>();
        InterchangeableThreads groups = InterchangeableThreads.of(threads.interchangeable());
        for (int i = 0; i < threads.threads().size(); i++) {
            RunState.ThreadPosition position = threads.threads().get(i);
            String name = position.process() + "/" + position.name();
            if (groups.isMember(name)) {
                refs.put(position.name(), new EntityRef(EntityKind.THREAD, i));
                qualified.put(position.name(), name);
            }
        }
        List<StateLine> threadLines = new ArrayList<>();
        List<StateLine> entityLines = StateLines.entities(snapshot, refs);
        List<StateLine> lines = StateLines.threads(threads, refs);
        List<RunState.ThreadPosition> sorted = StateLines.inNameOrder(threads);
        for (int i = 0; i < lines.size(); i++) {
            (refs.containsKey(sorted.get(i).name()) ? entityLines : threadLines).add(lines.get(i));
        }
        Map<EntityRef, Integer> renaming = new HashMap<>();
        String text = canonical(threadLines, entityLines, renaming);
        Map<String, String> names = new HashMap<>();
        for (RunState.ThreadPosition position : threads.threads()) {
            String name = position.process() + "/" + position.name();
            EntityRef ref = refs.get(position.name());
            names.put(name, ref == null ? name : groups.keyOf(name) + "#" + renaming.get(ref));
        }
        return new Named(text, names);
    }

    /** The text of a state given as its thread lines (in name order) and its entity lines (in any order). */
    static String canonical(List<StateLine> threadLines, List<StateLine> entityLines) {
        return canonical(threadLines, entityLines, new HashMap<>());
    }

    /**
     * As {@link #canonical(List, List)}, renaming with {@code renaming} (empty), which holds the
     * names given when it returns.
     */
    static String canonical(List<StateLine> threadLines, List<StateLine> entityLines, Map<EntityRef, Integer> renaming) {
        StringBuilder text = new StringBuilder();
        for (StateLine line : threadLines) {
            text.append(line.renamed(renaming)).append('\n');
        }
        int[] trialsLeft = {MAX_TRIALS};
        return text.append(ordered(entityLines, renaming, trialsLeft)).toString();
    }

    /**
     * The entities written smallest first, renaming as they go: the one whose text (named
     * references as their new names, unnamed ones masked) is smallest goes next; among equals that
     * name entities not yet named and seen elsewhere, each is tried and the smallest whole text kept.
     */
    private static String ordered(List<StateLine> remaining, Map<EntityRef, Integer> renaming, int[] trialsLeft) {
        StringBuilder text = new StringBuilder();
        SortKeys left = new SortKeys(remaining, renaming);
        while (!left.isEmpty()) {
            List<StateLine> smallest = left.smallest();
            StateLine next = smallest.get(0);
            if (smallest.size() > 1 && trialsLeft[0] > 0 && !interchangeable(smallest, left.lines(), renaming)) {
                String best = null;
                Map<EntityRef, Integer> bestNames = null;
                for (StateLine candidate : smallest) {
                    trialsLeft[0]--;
                    Map<EntityRef, Integer> tried = new HashMap<>(renaming);
                    List<StateLine> rest = left.lines();
                    rest.remove(candidate);
                    String whole = candidate.renamed(tried) + "\n" + ordered(rest, tried, trialsLeft);
                    if (best == null || whole.compareTo(best) < 0) {
                        best = whole;
                        bestNames = tried;
                    }
                }
                renaming.clear();
                renaming.putAll(bestNames);
                return text.append(best).toString();
            }
            int named = renaming.size();
            text.append(next.renamed(renaming)).append('\n');
            left.written(next);
            if (renaming.size() != named) {
                left.namesAdded(renaming);
            }
        }
        return text.toString();
    }

    /**
     * Whether tied lines can go in any order: none has an unnamed reference that another line left
     * to write also has, so whichever goes first, the rest of the text is the same.
     */
    private static boolean interchangeable(List<StateLine> tied, List<StateLine> left,
                                           Map<EntityRef, Integer> renaming) {
        Map<EntityRef, Integer> linesNaming = new HashMap<>();
        for (StateLine line : left) {
            for (EntityRef ref : line.unnamedRefs(renaming)) {
                // Not merge(ref, 1, Integer::sum): JPF, which runs this code too, mishandles that method reference.
                Integer count = linesNaming.get(ref);
                linesNaming.put(ref, count == null ? 1 : count + 1);
            }
        }
        for (StateLine line : tied) {
            for (EntityRef ref : line.unnamedRefs(renaming)) {
                if (linesNaming.get(ref) > 1) {
                    return false;
                }
            }
        }
        return true;
    }
}
