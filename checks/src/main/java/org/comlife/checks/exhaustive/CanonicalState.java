package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comlife.checks.schedule.RunState;
import org.comlife.model.snapshot.ApartmentSnapshot;
import org.comlife.model.snapshot.EventSnapshot;
import org.comlife.model.snapshot.ObjectSnapshot;
import org.comlife.model.snapshot.PacketSnapshot;
import org.comlife.model.snapshot.ProcessSnapshot;
import org.comlife.model.snapshot.ProxySnapshot;
import org.comlife.model.snapshot.RegistrationSnapshot;
import org.comlife.model.snapshot.StreamSnapshot;
import org.comlife.model.snapshot.StubSnapshot;
import org.comlife.model.snapshot.ThreadSnapshot;
import org.comlife.model.snapshot.WorldSnapshot;

/**
 * A state written so that two interleavings reaching the same state up to the numbering of
 * objects give the same text. Ids are handed out in allocation order, which differs between
 * interleavings; here every id is renamed by its first appearance: first in the threads' own
 * call results (each thread in name order, its calls in program order), then in the entities,
 * taken one at a time, smallest first, each compared with the ids named so far written as their
 * new names and the others masked.
 *
 * <p>The renaming is one bijection applied to the whole state, so equal texts are states that
 * differ at most in the names of their objects; the program's code never looks at those
 * numbers, so such states have the same futures, and merging them is sound.
 *
 * <p>Two entities can still compare equal and yet name different objects (two stubs alike but
 * for their object). Which goes first then decides the names of what follows, so every choice
 * is tried and the smallest text kept: the text then depends only on the state, not on the
 * order the objects were made in. Entities that tie and share no unnamed object with anything
 * else are interchangeable and need no trial; past {@link #MAX_TRIALS} trials the allocation
 * order decides, which can only miss a merge, never make a wrong one.
 *
 * <p>Besides the entities, the text holds what each thread waits for inside a call (and whether
 * the reply has come), the calls queued in each STA in order, the events, and every live
 * object's own reference count: two moments that differ only there have different futures.
 * Without them, and with ties left in allocation order, one state had several texts and two
 * states could share one, so counts depended on the order of the search: the split-release
 * scenario showed 9,573 texts to a depth-first search that expanded states again and 8,730 to
 * one that did not; it has 7,926 states now, the same to a depth-first and a breadth-first search.
 *
 * <p>The JPF tier matches its states on this text too ({@code JpfGranularity.PROGRAM_STATE}),
 * so that JPF and the explorer count the same states.
 */
public final class CanonicalState {
    /** The status of a thread that ended normally (see the scheduler's run state). */
    private static final String ENDED = "DONE";
    /** How the result of a call that hands out a cookie begins: a class registration or a GIT entry. */
    private static final String[] COOKIE_RESULTS = {"CoRegisterClassObject=S_OK ", "RegisterInterfaceInGlobal=S_OK "};
    /** How many orders of tied entities one state may try before allocation order decides. */
    static final int MAX_TRIALS = 256;

    private CanonicalState() {
    }

    /** The canonical text of the model's state and the threads' places. */
    public static String of(WorldSnapshot snapshot, RunState threads) {
        List<String> threadLines = new ArrayList<>();
        for (RunState.ThreadPosition position : threads.threads()) {
            // A thread that has ended has no future: what its calls answered no longer matters,
            // and forgetting it merges the end states the threads' different histories reach.
            // One that ended by failing keeps its own status, so it never merges with a clean one.
            boolean ended = position.status().equals(ENDED);
            threadLines.add("T " + position.process() + "/" + position.name() + " " + position.status()
                    + (ended ? "" : " " + cookiesMarked(position.results())));
        }
        threadLines.sort(Comparator.naturalOrder());
        return canonical(threadLines, entityLines(snapshot));
    }

    /** The text of a state given as its thread lines (in name order) and its entity lines (in any order). */
    static String canonical(List<String> threadLines, List<String> entityLines) {
        Map<String, Integer> renaming = new HashMap<>();
        StringBuilder text = new StringBuilder();
        for (String line : threadLines) {
            text.append(IdLine.parse(line).renamed(renaming)).append('\n');
        }
        List<IdLine> entities = new ArrayList<>(entityLines.size());
        for (String line : entityLines) {
            entities.add(IdLine.parse(line));
        }
        int[] trialsLeft = {MAX_TRIALS};
        return text.append(ordered(entities, renaming, trialsLeft)).toString();
    }

    /**
     * The entities written smallest first, renaming as they go: the one whose text (named ids as
     * their new names, unnamed ones masked) is smallest goes next; among equals that name objects
     * not yet named and seen elsewhere, each is tried and the smallest whole text kept.
     */
    private static String ordered(List<IdLine> remaining, Map<String, Integer> renaming, int[] trialsLeft) {
        StringBuilder text = new StringBuilder();
        List<IdLine> left = new ArrayList<>(remaining);
        SortKeys keys = new SortKeys(left, renaming);
        while (!left.isEmpty()) {
            List<IdLine> smallest = keys.smallest(left);
            IdLine next = smallest.get(0);
            if (smallest.size() > 1 && trialsLeft[0] > 0 && !interchangeable(smallest, left, renaming)) {
                String best = null;
                for (IdLine candidate : smallest) {
                    trialsLeft[0]--;
                    Map<String, Integer> tried = new HashMap<>(renaming);
                    List<IdLine> rest = new ArrayList<>(left);
                    rest.remove(candidate);
                    String whole = candidate.renamed(tried) + "\n" + ordered(rest, tried, trialsLeft);
                    if (best == null || whole.compareTo(best) < 0) {
                        best = whole;
                    }
                }
                return text.append(best).toString();
            }
            int named = renaming.size();
            text.append(next.renamed(renaming)).append('\n');
            left.remove(next);
            keys.written(next);
            if (renaming.size() != named) {
                keys.namesAdded(renaming);
            }
        }
        return text.toString();
    }

    /**
     * The key each line left to write is ordered by: its text with unnamed ids masked, then what
     * each of its unnamed ids is part of (the masked texts of the lines left naming it, sorted),
     * which tells apart, say, two packets alike but for their object when one object has a stub
     * and the other none. Both depend only on the state, never on the numbers ids were given.
     *
     * <p>A line whose ids are all named keeps its key: only new names change keys, and only
     * those of lines that still have unnamed ids, so only those are worked out again.
     */
    private static final class SortKeys {
        private final Map<IdLine, String> keys = new HashMap<>();
        /** The lines left that still name an unnamed id. */
        private final List<IdLine> unsettled = new ArrayList<>();

        SortKeys(List<IdLine> lines, Map<String, Integer> renaming) {
            unsettled.addAll(lines);
            namesAdded(renaming);
        }

        void written(IdLine line) {
            keys.remove(line);
            unsettled.remove(line);
        }

        void namesAdded(Map<String, Integer> renaming) {
            Map<IdLine, String> masked = new HashMap<>();
            Map<IdLine, Set<String>> unnamed = new HashMap<>();
            Map<String, List<String>> linesNaming = new HashMap<>();
            for (IdLine line : unsettled) {
                String text = line.masked(renaming);
                masked.put(line, text);
                unnamed.put(line, line.unnamedIds(renaming));
                for (String id : unnamed.get(line)) {
                    linesNaming.computeIfAbsent(id, unused -> new ArrayList<>()).add(text);
                }
            }
            List<IdLine> stillUnsettled = new ArrayList<>();
            for (IdLine line : unsettled) {
                StringBuilder refined = new StringBuilder(masked.get(line));
                for (String id : unnamed.get(line)) {
                    List<String> around = new ArrayList<>(linesNaming.get(id));
                    around.sort(Comparator.naturalOrder());
                    refined.append(" | ").append(around);
                }
                keys.put(line, refined.toString());
                if (!unnamed.get(line).isEmpty()) {
                    stillUnsettled.add(line);
                }
            }
            unsettled.clear();
            unsettled.addAll(stillUnsettled);
        }

        /** The lines with the least key, in their order in {@code lines}. */
        List<IdLine> smallest(List<IdLine> lines) {
            List<IdLine> smallest = new ArrayList<>();
            String least = null;
            for (IdLine line : lines) {
                String key = keys.get(line);
                int order = least == null ? -1 : key.compareTo(least);
                if (order < 0) {
                    least = key;
                    smallest.clear();
                }
                if (order <= 0) {
                    smallest.add(line);
                }
            }
            return smallest;
        }
    }

    /**
     * Whether tied lines can go in any order: none names an unnamed object that another line
     * left to write also names, so whichever goes first, the rest of the text is the same.
     */
    private static boolean interchangeable(List<IdLine> tied, List<IdLine> left, Map<String, Integer> renaming) {
        Map<String, Integer> linesNaming = new HashMap<>();
        for (IdLine line : left) {
            for (String id : line.unnamedIds(renaming)) {
                // Not merge(id, 1, Integer::sum): JPF, which runs this text too, mishandles that method reference.
                Integer count = linesNaming.get(id);
                linesNaming.put(id, count == null ? 1 : count + 1);
            }
        }
        for (IdLine line : tied) {
            for (String id : line.unnamedIds(renaming)) {
                if (linesNaming.get(id) > 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A call's results as the thread saw them, with the cookies that registrations answer
     * marked as ids ("S_OK 7" becomes "S_OK c=7"): a cookie is handed out in allocation order
     * like any id, and the same cookie appears as {@code c=} in the registration it names.
     */
    private static List<String> cookiesMarked(List<String> results) {
        List<String> marked = new ArrayList<>(results.size());
        for (String result : results) {
            marked.add(withCookieMarked(result));
        }
        return marked;
    }

    private static String withCookieMarked(String result) {
        for (String prefix : COOKIE_RESULTS) {
            if (result.startsWith(prefix) && result.length() > prefix.length()
                    && allDigits(result, prefix.length())) {
                return prefix + "c=" + result.substring(prefix.length());
            }
        }
        return result;
    }

    private static boolean allDigits(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static List<String> entityLines(WorldSnapshot snapshot) {
        List<String> lines = new ArrayList<>();
        lines.add("D " + snapshot.deadlocked() + " launches=" + snapshot.launches());
        for (ThreadSnapshot thread : snapshot.threads()) {
            // Where a thread waits inside a call, and whether its reply has come, is part of its
            // position: two threads blocked in the same call can wait for different things.
            lines.add("W " + thread.process() + "/" + thread.name() + " in=" + thread.apartment() + " init="
                    + thread.initCount() + " " + thread.waitMode() + " for=" + thread.waitingFor());
        }
        for (EventSnapshot event : snapshot.events()) {
            lines.add("E " + event.name() + " signaled=" + event.signaled());
        }
        for (ObjectSnapshot object : snapshot.objects()) {
            lines.add("O id=" + object.id() + " " + object.name() + " homeId=" + object.homeApartmentId() + " refs="
                    + object.refs());
        }
        for (ProcessSnapshot process : snapshot.processes()) {
            String p = process.name();
            lines.add("P " + p + " " + process.role() + " refs=" + process.serverRefs() + " suspended="
                    + process.classesSuspended() + " committed=" + process.shutdownCommitted() + " exited="
                    + process.exited() + " mta=" + process.mtaMembers() + " published=" + process.everPublished()
                    + " resumed=" + process.resumed());
            for (Integer cookie : process.gitCookies()) {
                lines.add("G " + p + " c=" + cookie);
            }
            for (RegistrationSnapshot registration : process.registrations()) {
                lines.add("R " + p + " c=" + registration.cookie() + " " + registration.clsid() + " flags="
                        + registration.flags() + " published=" + registration.published() + " used="
                        + registration.used());
            }
            for (ApartmentSnapshot apartment : process.apartments()) {
                lines.add("A " + p + " id=" + apartment.id() + " " + apartment.kind() + " owner=" + apartment.owner()
                        + " alive=" + apartment.alive() + " queue=" + apartment.queue() + " quit="
                        + apartment.quitPosted());
                for (StubSnapshot stub : apartment.stubs()) {
                    lines.add("S apartmentId=" + apartment.id() + " id=" + stub.id() + " objectId=" + stub.objectId()
                            + " " + stub.object() + " ext=" + stub.extRefs() + " weak=" + stub.weakRefs()
                            + " disconnected=" + stub.disconnected());
                }
                for (ProxySnapshot proxy : apartment.proxies()) {
                    lines.add("X apartmentId=" + apartment.id() + " id=" + proxy.id() + " objectId="
                            + proxy.objectId() + " of=" + proxy.serverProcess() + " refs=" + proxy.refs() + " remote="
                            + proxy.remoteRefs() + " locks=" + proxy.implicitLocks() + " connected="
                            + proxy.connected());
                }
            }
        }
        for (StreamSnapshot stream : snapshot.streams()) {
            lines.add("M id=" + stream.id() + " refs=" + stream.refCount() + " at=" + stream.position() + " of="
                    + stream.packets());
        }
        for (PacketSnapshot packet : snapshot.packets()) {
            lines.add("K id=" + packet.id() + " " + packet.flags() + " objectId=" + packet.objectId() + " consumed="
                    + packet.consumed() + " released=" + packet.released() + " ended=" + packet.ended());
        }
        return lines;
    }
}
