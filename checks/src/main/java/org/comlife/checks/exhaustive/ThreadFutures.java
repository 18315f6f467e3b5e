package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What each thread has been seen to touch, by how far it had got in its code: for a thread and
 * a progress (twice the calls of its own code that have returned, plus one while it waits inside
 * a call; it never goes down), the union of the footprints of every step it was seen to take at
 * that progress, in any state. What a thread may still do from a state is then what it was seen
 * to do at its progress there or later: a guess while the exploration runs, and a fact once it
 * is complete, because every step a thread can take from an explored state shows up, as the
 * same step, somewhere after it in the explored graph (the proof is in {@link StubbornSets}).
 * Shared by the workers of one exploration.
 */
final class ThreadFutures {
    /** Per thread key: the footprint seen at each progress. */
    private final Map<String, TreeMap<Integer, Footprint>> seen = new HashMap<>();
    /** Per thread key: the union from each progress on, worked out when asked; dropped when the thread is seen doing more. */
    private final Map<String, TreeMap<Integer, Footprint>> fromCache = new HashMap<>();
    private final EntityClasses classes;
    private long growth;

    ThreadFutures(EntityClasses classes) {
        this.classes = classes;
    }

    /** Records a step of a thread at a progress; true when the thread was not known to touch all of that there. */
    synchronized boolean record(String thread, int progress, Footprint step) {
        TreeMap<Integer, Footprint> byProgress = seen.computeIfAbsent(thread, unused -> new TreeMap<>());
        Footprint before = byProgress.get(progress);
        Footprint after = before == null ? step : classes.intern(before.union(step));
        if (after.equals(before)) {
            return false;
        }
        byProgress.put(progress, after);
        fromCache.remove(thread);
        growth++;
        return true;
    }

    /** Everything the thread was seen to touch at this progress or later (empty for a thread never seen). */
    synchronized Footprint from(String thread, int progress) {
        TreeMap<Integer, Footprint> byProgress = seen.get(thread);
        if (byProgress == null) {
            return Footprint.EMPTY;
        }
        TreeMap<Integer, Footprint> cache = fromCache.computeIfAbsent(thread, unused -> new TreeMap<>());
        Footprint cached = cache.get(progress);
        if (cached != null) {
            return cached;
        }
        Footprint union = Footprint.EMPTY;
        for (Footprint step : byProgress.tailMap(progress, true).values()) {
            union = union.union(step);
        }
        union = classes.intern(union);
        cache.put(progress, union);
        return union;
    }

    /** What the thread was seen to touch at exactly this progress, or null when it was never seen there. */
    synchronized Footprint at(String thread, int progress) {
        TreeMap<Integer, Footprint> byProgress = seen.get(thread);
        return byProgress == null ? null : byProgress.get(progress);
    }

    /** Every thread key seen taking a step. */
    synchronized List<String> threads() {
        return new ArrayList<>(seen.keySet());
    }

    /** A number that grows whenever a thread is seen touching more. */
    synchronized long growth() {
        return growth;
    }

    /** For tests and measurements: the footprints seen, by thread and progress. */
    synchronized Map<String, NavigableMap<Integer, Footprint>> seen() {
        Map<String, NavigableMap<Integer, Footprint>> copy = new HashMap<>();
        seen.forEach((thread, byProgress) -> copy.put(thread, new TreeMap<>(byProgress)));
        return copy;
    }
}
