package org.comlife.checks.exhaustive;

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

    /** How many distinct lines have been numbered. */
    int size() {
        return numbers.size();
    }
}
