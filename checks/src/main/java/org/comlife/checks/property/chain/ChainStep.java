package org.comlife.checks.property.chain;

import org.comlife.checks.property.action.Action;

/** One action of a chain and the index (in the chain's thread list) of the thread that performs it. */
public record ChainStep(int thread, Action action) {
}
