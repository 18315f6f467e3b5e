package org.comlife.checks.property.execute;

/**
 * A user's property over an executed case, checked after the built-in invariants held: throw
 * (an assertion, any exception) to reject the run. The shrinker keeps a candidate only if it is
 * rejected by the same exception class.
 */
@FunctionalInterface
public interface CaseProperty {
    void check(CaseRun run) throws Exception;

    /** Only the invariants of com-contract.md. */
    CaseProperty INVARIANTS_ONLY = run -> {
    };
}
