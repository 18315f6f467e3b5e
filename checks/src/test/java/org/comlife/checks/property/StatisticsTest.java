package org.comlife.checks.property;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.checks.property.action.ActionKind;
import org.comlife.checks.property.action.Actions;
import org.comlife.checks.property.action.Misuse;
import org.comlife.checks.property.generate.Vocabulary;
import org.comlife.checks.property.report.GenerationStatistics;
import org.junit.jupiter.api.Test;

/** The statistics show the search covered the space: every action, thread count, API and misuse is reached. */
class StatisticsTest {

    /** Over a default run every correct action kind is generated, every thread count used, the main APIs reached. */
    @Test
    void defaultRunGeneratesEveryCorrectAction() {
        PropertyResult result = PropertyRunner.check(PropertySettings.defaults(2026).withTries(300));
        GenerationStatistics statistics = result.statistics();
        System.out.println(result.report());

        assertThat(result.passed()).as(result.report()).isTrue();
        for (ActionKind kind : Actions.KINDS) {
            if (kind.misuse() == null) {
                assertThat(statistics.actions(kind)).as(kind.label()).isPositive();
            } else {
                assertThat(statistics.actions(kind)).as(kind.label()).isZero();
            }
        }
        assertThat(statistics.threadsPerCase()).containsOnlyKeys(2, 3, 4);
        assertThat(statistics.casesPerApi()).containsKeys("CoCreateInstance", "CoGetClassObject",
                "CoMarshalInterThreadInterfaceInStream", "CoGetInterfaceAndReleaseStream", "RegisterInterfaceInGlobal",
                "GetInterfaceFromGlobal", "RevokeInterfaceFromGlobal", "CoReleaseMarshalData", "CoUninitialize",
                "CoReleaseServerProcess", "CoResumeClassObjects", "SCM.Launch", "CreateInstance", "LockServer");
        assertThat(statistics.casesRelaunchingServer()).as("a server relaunched after a shutdown").isPositive();
        assertThat(statistics.chainLengths().max()).isGreaterThan(statistics.chainLengths().min());
    }

    /** With every misuse enabled, each misuse of the vocabulary shows up in some case, and cases fail. */
    @Test
    void everyMisuseIsGenerated() {
        GenerationStatistics statistics = PropertyRunner.survey(PropertySettings.defaults(7).withTries(400)
                .withVocabulary(Vocabulary.everything()));
        String report = statistics.render();

        for (ActionKind kind : Actions.KINDS) {
            if (kind.misuse() != null) {
                assertThat(statistics.actions(kind)).as(kind.label() + "\n" + report).isPositive();
            }
        }
        for (Misuse misuse : Misuse.values()) {
            assertThat(statistics.casesPerMisuse()).as(report).containsKey(misuse);
        }
        assertThat(statistics.failingCases()).as(report).isNotEmpty();
    }
}
