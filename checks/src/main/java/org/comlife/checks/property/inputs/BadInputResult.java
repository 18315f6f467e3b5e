package org.comlife.checks.property.inputs;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a bad-input run: how many fixtures and calls, how often each bad call was made,
 * and every failure (a throw, a wrong answer, a changed state, a misuse not recorded or a refusal
 * recorded as misuse), each with the seed of its try.
 */
public record BadInputResult(long seed, int tries, int calls, Map<String, Integer> callsPerKind,
                             List<String> failures) {

    public boolean passed() {
        return failures.isEmpty();
    }

    public String report() {
        StringBuilder text = new StringBuilder();
        text.append(passed() ? "Bad inputs held" : "Bad inputs FAILED").append(": seed 0x")
                .append(Long.toHexString(seed)).append(", ").append(tries).append(" fixtures, ").append(calls)
                .append(" calls over ").append(callsPerKind.size()).append(" kinds of bad call\n");
        for (String failure : failures) {
            text.append("  ").append(failure).append('\n');
        }
        return text.toString();
    }
}
