package org.comlife.checks.exhaustive;

/**
 * Which reductions an exploration applies. Both keep the verdict and the broken invariants,
 * and the end states up to the renaming of interchangeable threads (the README's
 * "Reductions"; {@code ReductionCrossCheckTest} compares them with the full search on every
 * build):
 * <ul>
 *   <li><b>partial order</b>: of steps that touch different parts of the model, one order is
 *       explored ({@link StubbornSets});</li>
 *   <li><b>symmetry</b>: states that differ only in which of a program's declared
 *       interchangeable threads is where are one state ({@code ThreadStarter.declareInterchangeable}).</li>
 * </ul>
 */
public record Reductions(boolean partialOrder, boolean symmetry) {
    /** No reduction: every interleaving, every state. */
    public static final Reductions NONE = new Reductions(false, false);
    public static final Reductions PARTIAL_ORDER = new Reductions(true, false);
    public static final Reductions SYMMETRY = new Reductions(false, true);
    public static final Reductions BOTH = new Reductions(true, true);

    public boolean any() {
        return partialOrder || symmetry;
    }

    /** A short name for tables: none, POR, symmetry, both. */
    public String label() {
        return partialOrder ? (symmetry ? "both" : "POR") : (symmetry ? "symmetry" : "none");
    }
}
