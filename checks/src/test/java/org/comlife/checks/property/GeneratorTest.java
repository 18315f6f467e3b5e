package org.comlife.checks.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.chain.GeneratedCase;
import org.comlife.checks.property.chain.ThreadApartment;
import org.comlife.checks.property.generate.ChainGenerator;
import org.comlife.checks.property.generate.ChainValidity;
import org.comlife.checks.property.generate.GenerationSettings;
import org.comlife.checks.property.generate.Vocabulary;
import org.junit.jupiter.api.Test;

/** Generated chains are valid uses of the API, within their settings, and a function of their seed. */
class GeneratorTest {
    private static final int CASES = 1_000;

    /** Every generated chain passes the validity check the shrinker relies on, in every vocabulary. */
    @Test
    void generatedChainsAreValid() {
        SplittableRandom seeds = new SplittableRandom(5);
        for (Vocabulary vocabulary : new Vocabulary[] {Vocabulary.correct(), Vocabulary.everything()}) {
            GenerationSettings settings = GenerationSettings.defaults().withVocabulary(vocabulary);
            for (int i = 0; i < CASES; i++) {
                ActionChain chain = ChainGenerator.generate(seeds.nextLong(), settings).chain();
                assertThat(ChainValidity.check(chain)).as(chain.toString()).isNull();
            }
        }
    }

    /** The default vocabulary has no misuse: no misuse action, no thread without an apartment, a correct server. */
    @Test
    void defaultChainsUseTheApiCorrectly() {
        SplittableRandom seeds = new SplittableRandom(6);
        for (int i = 0; i < CASES; i++) {
            ActionChain chain = ChainGenerator.generate(seeds.nextLong(), GenerationSettings.defaults()).chain();
            for (ChainStep step : chain.steps()) {
                assertThat(step.action().kind().misuse()).as(step.action().describe()).isNull();
            }
            assertThat(chain.threads()).noneMatch(thread -> thread.apartment() == ThreadApartment.NONE);
            assertThat(chain.server().misuses()).isEmpty();
        }
    }

    /** Chains keep to the thread bounds: 2 to 4 by default, exactly 3 when asked. */
    @Test
    void threadCountsKeepToTheSettings() {
        SplittableRandom seeds = new SplittableRandom(7);
        GenerationSettings three = GenerationSettings.defaults().withThreads(3, 3);
        for (int i = 0; i < 200; i++) {
            assertThat(ChainGenerator.generate(seeds.nextLong(), GenerationSettings.defaults()).chain().threads())
                    .hasSizeBetween(2, 4);
            assertThat(ChainGenerator.generate(seeds.nextLong(), three).chain().threads()).hasSize(3);
        }
    }

    /** The same case seed and settings give the same chain and scheduler seed. */
    @Test
    void sameSeedSameCase() {
        GeneratedCase first = ChainGenerator.generate(42, GenerationSettings.defaults());
        GeneratedCase second = ChainGenerator.generate(42, GenerationSettings.defaults());

        assertThat(second).isEqualTo(first);
        assertThat(second.chain().toString()).isEqualTo(first.chain().toString());
    }
}
