package org.comlife.checks.property.shrink;

import java.util.Set;
import org.comlife.checks.property.chain.ActionChain;

/** A chain one shrink step away, and which steps of the current chain it removed (empty for a simplification). */
record Candidate(ActionChain chain, Set<Integer> removed) {
}
