package org.comlife.checks.property.chain;

/**
 * A generated case: the chain and the seed of the scheduler that interleaves it. Both come from
 * {@code caseSeed}, so the case seed alone reproduces the case under the same settings.
 */
public record GeneratedCase(long caseSeed, ActionChain chain, long scheduleSeed) {
}
