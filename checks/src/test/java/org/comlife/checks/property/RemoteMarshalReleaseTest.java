package org.comlife.checks.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.model.Invariant;
import org.junit.jupiter.api.Test;

/**
 * Regression test for the model issue the engine found (see the README): correct chains that
 * release a server object's marshal data from a client (CoReleaseMarshalData,
 * RevokeInterfaceFromGlobal) keep every server-process count right.
 */
class RemoteMarshalReleaseTest {

    /** Releasing a server object's marshal data from a client no longer breaks invariant 1, and chains really ran. */
    @Test
    void remoteReleaseRunsInTheServerProcess() {
        PropertySettings settings = PropertySettings.defaults(1).withTries(2_000)
                .hunting(List.of(Invariant.SERVER_COUNT));

        PropertyResult result = PropertyRunner.check(settings);

        assertThat(result.passed()).as(result.report()).isTrue();
        assertThat(result.casesRun()).isEqualTo(2_000);
        assertThat(result.statistics().casesPerApi()).containsKeys("CoReleaseMarshalData",
                "RevokeInterfaceFromGlobal");
    }
}
