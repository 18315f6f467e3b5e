package org.comlife.checks.exhaustive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of interchangeable threads a program declared: threads of one process that run
 * the same code with the same parameters, which nothing tells apart but their names. Each group
 * has a key (its first member's name followed by {@code *}); a member's name stands for the
 * group where the explorer names what threads touch or may still do.
 */
record InterchangeableThreads(Map<String, String> keys) {
    static final InterchangeableThreads NONE = new InterchangeableThreads(Map.of());

    /** The groups, each a list of qualified thread names ({@code process/thread}). */
    static InterchangeableThreads of(List<List<String>> groups) {
        Map<String, String> keys = new HashMap<>();
        for (List<String> group : groups) {
            String key = group.get(0) + "*";
            for (String member : group) {
                keys.put(member, key);
            }
        }
        return new InterchangeableThreads(Map.copyOf(keys));
    }

    /**
     * The name a thread goes by: its group's key, or its own name. A thread's name in a
     * canonical state ({@code key#number}) goes by the key too.
     */
    String keyOf(String qualifiedName) {
        String key = keys.get(qualifiedName);
        if (key != null) {
            return key;
        }
        int renamed = qualifiedName.indexOf("*#");
        return renamed < 0 ? qualifiedName : qualifiedName.substring(0, renamed + 1);
    }

    /** Whether the thread belongs to a group. */
    boolean isMember(String qualifiedName) {
        return keys.containsKey(qualifiedName);
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }
}
