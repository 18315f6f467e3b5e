package org.comlife.checks.property;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.comlife.checks.property.generate.GenerationSettings;
import org.comlife.checks.property.generate.Vocabulary;
import org.comlife.checks.property.shrink.ShrinkBudget;
import org.comlife.model.Invariant;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Everything a property run depends on: the run's seed, how many cases, the shape and vocabulary
 * of the chains, the implementation under test (reference, a seeded fault, or a user's helpers),
 * the shrinking budget, and the invariants hunted. The same settings and seed give the same
 * cases, schedules, counterexample and journal.
 *
 * <p>With no hunted invariant every failure ends the run. A hunt for a fault names the invariants
 * the fault breaks: a case that fails otherwise (a misuse has more than one consequence) is
 * counted and the search goes on, and the shrunk case must keep breaking a hunted invariant.
 */
public record PropertySettings(long seed, int tries, GenerationSettings generation, RuntimeHelpers implementation,
                               ShrinkBudget shrink, Set<Invariant> hunted) {

    public PropertySettings {
        if (tries < 1 || generation == null || implementation == null || shrink == null || hunted == null) {
            throw new IllegalArgumentException("a property run needs at least one try, generation settings, "
                    + "an implementation, a shrink budget and a (possibly empty) set of hunted invariants");
        }
        hunted = hunted.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(hunted));
    }

    /** 100 cases of correct chains against the reference implementation; every failure counts. */
    public static PropertySettings defaults(long seed) {
        return new PropertySettings(seed, 100, GenerationSettings.defaults(), RuntimeHelpers.reference(),
                ShrinkBudget.defaults(), Set.of());
    }

    /** Hunts only failures that break one of these invariants. */
    public PropertySettings hunting(Collection<Invariant> invariants) {
        return new PropertySettings(seed, tries, generation, implementation, shrink,
                invariants.isEmpty() ? Set.of() : EnumSet.copyOf(invariants));
    }

    public PropertySettings withSeed(long other) {
        return new PropertySettings(other, tries, generation, implementation, shrink, hunted);
    }

    public PropertySettings withTries(int other) {
        return new PropertySettings(seed, other, generation, implementation, shrink, hunted);
    }

    public PropertySettings withGeneration(GenerationSettings other) {
        return new PropertySettings(seed, tries, other, implementation, shrink, hunted);
    }

    public PropertySettings withVocabulary(Vocabulary other) {
        return withGeneration(generation.withVocabulary(other));
    }

    public PropertySettings withImplementation(RuntimeHelpers other) {
        return new PropertySettings(seed, tries, generation, other, shrink, hunted);
    }

    public PropertySettings withShrink(ShrinkBudget other) {
        return new PropertySettings(seed, tries, generation, implementation, other, hunted);
    }
}
