package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comlife.model.EntityRef;

/**
 * The lines of a state left to write, in {@link CanonicalState}, each with the key it is ordered
 * by: its text with unnamed references masked, then what each of its unnamed references is part
 * of (the masked texts of the lines naming it, sorted), which tells apart, say, two packets alike
 * but for their object when one object has a stub and the other none. Both depend only on the
 * state, never on the numbers entities were given.
 *
 * <p>Only new names change keys. A line's masked text changes when one of its own references is
 * named; its key changes then, or when the masked text of a line sharing one of its unnamed
 * references changes. Only those keys are worked out again, so a state's lines are keyed in
 * about as many string operations as it has lines, not their square; the keys are the same as if
 * all were worked out again after every name. A line whose references are all named keeps its key.
 */
final class SortKeys {
    /** One line left to write. */
    private static final class Slot {
        final StateLine line;
        String masked;
        List<EntityRef> unnamed;
        String key;

        Slot(StateLine line) {
            this.line = line;
        }
    }

    /** The lines left, in the order they were given. */
    private final List<Slot> left = new ArrayList<>();
    /** The lines naming each reference; a reference not yet named is named only by lines left to write. */
    private final Map<EntityRef, List<Slot>> naming = new HashMap<>();

    SortKeys(List<StateLine> lines, Map<EntityRef, Integer> renaming) {
        for (StateLine line : lines) {
            Slot slot = new Slot(line);
            slot.masked = line.masked(renaming);
            slot.unnamed = line.unnamedRefs(renaming);
            for (EntityRef ref : slot.unnamed) {
                naming.computeIfAbsent(ref, unused -> new ArrayList<>(2)).add(slot);
            }
            left.add(slot);
        }
        for (Slot slot : left) {
            slot.key = key(slot);
        }
    }

    boolean isEmpty() {
        return left.isEmpty();
    }

    /** The lines left, in order. */
    List<StateLine> lines() {
        List<StateLine> lines = new ArrayList<>(left.size());
        for (Slot slot : left) {
            lines.add(slot.line);
        }
        return lines;
    }

    /** The line is written: it is no longer left. */
    void written(StateLine line) {
        for (int i = 0; i < left.size(); i++) {
            if (left.get(i).line == line) {
                left.remove(i);
                return;
            }
        }
    }

    /** Names were given since the keys were last worked out: the keys they change are worked out again. */
    void namesAdded(Map<EntityRef, Integer> renaming) {
        List<Slot> changed = new ArrayList<>();
        for (Slot slot : left) {
            for (EntityRef ref : slot.unnamed) {
                if (renaming.containsKey(ref)) {
                    changed.add(slot);
                    break;
                }
            }
        }
        for (Slot slot : changed) {
            slot.masked = slot.line.masked(renaming);
            slot.unnamed = slot.line.unnamedRefs(renaming);
        }
        List<Slot> rekeyed = new ArrayList<>(changed);
        for (Slot slot : changed) {
            for (EntityRef ref : slot.unnamed) {
                for (Slot sharing : naming.get(ref)) {
                    if (!rekeyed.contains(sharing)) {
                        rekeyed.add(sharing);
                    }
                }
            }
        }
        for (Slot slot : rekeyed) {
            slot.key = key(slot);
        }
    }

    private String key(Slot slot) {
        if (slot.unnamed.isEmpty()) {
            return slot.masked;
        }
        StringBuilder key = new StringBuilder(slot.masked);
        for (EntityRef ref : slot.unnamed) {
            List<Slot> lines = naming.get(ref);
            List<String> around = new ArrayList<>(lines.size());
            for (Slot other : lines) {
                around.add(other.masked);
            }
            around.sort(Comparator.naturalOrder());
            key.append(" | ").append(around);
        }
        return key.toString();
    }

    /** The lines left with the least key, in their order. */
    List<StateLine> smallest() {
        List<StateLine> smallest = new ArrayList<>();
        String least = null;
        for (Slot slot : left) {
            int order = least == null ? -1 : slot.key.compareTo(least);
            if (order < 0) {
                least = slot.key;
                smallest.clear();
            }
            if (order <= 0) {
                smallest.add(slot.line);
            }
        }
        return smallest;
    }
}
