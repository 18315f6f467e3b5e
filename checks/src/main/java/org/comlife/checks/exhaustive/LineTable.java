package org.comlife.checks.exhaustive;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers the distinct lines of the state texts met in one exploration, so that a state is kept
 * as the numbers of its lines: states share most of their lines (the same event signaled, the
 * same ended thread), and a state text of a few thousand characters becomes a few dozen numbers.
 * The numbering is one-to-one, so two states have the same numbers exactly when they have the
 * same text: nothing is lost or merged.
 */
final class LineTable {
    private final ConcurrentHashMap<String, Integer> numbers = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    /** The numbers of the text's lines, in order. */
    int[] encode(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] lines = new int[count];
        int from = 0;
        for (int i = 0; i < count; i++) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            lines[i] = numbers.computeIfAbsent(text.substring(from, end), unused -> next.getAndIncrement());
            from = end + 1;
        }
        return lines;
    }

    /** The lines numbered so far, in the order of their numbers (for a checkpoint). */
    List<String> inOrder() {
        String[] ordered = new String[numbers.size()];
        numbers.forEach((line, number) -> ordered[number] = line);
        return Arrays.asList(ordered);
    }

    /** Gives the lines of a checkpoint their numbers again, in order; only into an empty table. */
    void restore(List<String> ordered) {
        if (numbers.size() > 0) {
            throw new IllegalStateException("lines are restored only into an empty table");
        }
        for (String line : ordered) {
            if (numbers.putIfAbsent(line, next.getAndIncrement()) != null) {
                throw new IllegalArgumentException("a line appears twice in the checkpoint: " + line);
            }
        }
    }
}
