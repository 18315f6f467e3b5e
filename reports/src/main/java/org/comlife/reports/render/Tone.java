package org.comlife.reports.render;

/** How a result should strike the reader; renderers map it to a color. */
public enum Tone {
    /** As it should be: a fault caught, the reference passed. */
    GOOD,
    /** A failure of the check: a fault escaped, a false alarm. */
    BAD,
    /** The run itself failed: an engine crashed. */
    WARNING,
    /** No verdict: not claimed, skipped, not run. */
    NEUTRAL
}
