package org.comlife.checks.property.shrink;

import org.comlife.checks.property.execute.CaseRun;

/** The minimal failing run found (replayed exactly from its recorded schedule), and what shrinking did. */
public record ShrinkResult(CaseRun minimal, ShrinkReport report) {
}
