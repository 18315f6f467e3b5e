package org.comlife.checks.property.generate;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.state.ChainState;

/**
 * The shape of generated chains: how many client threads, how many actions before the closing
 * part (which gives back everything), the vocabulary, and the known model issues to steer clear of.
 */
public record GenerationSettings(int minThreads, int maxThreads, int maxActions, Vocabulary vocabulary,
                                 Set<KnownModelIssue> avoided) {

    public GenerationSettings {
        if (minThreads < 1 || maxThreads < minThreads || maxActions < 1 || vocabulary == null) {
            throw new IllegalArgumentException("threads must be 1 <= min <= max and actions at least 1");
        }
        avoided = avoided.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(avoided));
    }

    /** Two to four threads and up to fourteen free actions, correct use only, every known model issue avoided. */
    public static GenerationSettings defaults() {
        return new GenerationSettings(2, 4, 14, Vocabulary.correct(), EnumSet.noneOf(KnownModelIssue.class));
    }

    public GenerationSettings withVocabulary(Vocabulary other) {
        return new GenerationSettings(minThreads, maxThreads, maxActions, other, avoided);
    }

    public GenerationSettings withThreads(int min, int max) {
        return new GenerationSettings(min, max, maxActions, vocabulary, avoided);
    }

    public GenerationSettings withMaxActions(int max) {
        return new GenerationSettings(minThreads, maxThreads, max, vocabulary, avoided);
    }

    public GenerationSettings avoiding(Set<KnownModelIssue> issues) {
        return new GenerationSettings(minThreads, maxThreads, maxActions, vocabulary, issues);
    }

    /** Whether the generator may propose the step (it runs into no avoided model issue). */
    boolean permits(ChainStep step, ChainState state) {
        for (KnownModelIssue issue : avoided) {
            if (issue.hits(step, state)) {
                return false;
            }
        }
        return true;
    }
}
