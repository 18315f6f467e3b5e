package org.comlife.checks.property.generate;

/**
 * The shape of generated chains: how many client threads, how many actions before the closing
 * part (which gives back everything), and the vocabulary.
 */
public record GenerationSettings(int minThreads, int maxThreads, int maxActions, Vocabulary vocabulary) {

    public GenerationSettings {
        if (minThreads < 1 || maxThreads < minThreads || maxActions < 1 || vocabulary == null) {
            throw new IllegalArgumentException(
                    "threads must be 1 <= min <= max, actions at least 1, and a vocabulary given");
        }
    }

    /** Two to four threads and up to fourteen free actions, correct use only. */
    public static GenerationSettings defaults() {
        return new GenerationSettings(2, 4, 14, Vocabulary.correct());
    }

    public GenerationSettings withVocabulary(Vocabulary other) {
        return new GenerationSettings(minThreads, maxThreads, maxActions, other);
    }

    public GenerationSettings withThreads(int min, int max) {
        return new GenerationSettings(min, max, maxActions, vocabulary);
    }

    public GenerationSettings withMaxActions(int max) {
        return new GenerationSettings(minThreads, maxThreads, max, vocabulary);
    }
}
