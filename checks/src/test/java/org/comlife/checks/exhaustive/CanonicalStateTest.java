package org.comlife.checks.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.checks.schedule.RunState;
import org.comlife.model.ComWorld;
import org.comlife.model.snapshot.WorldSnapshot;
import org.junit.jupiter.api.Test;

/** What the exhaustive explorer counts as one state: merges that are sound, and none that are not. */
class CanonicalStateTest {
    private static final WorldSnapshot EMPTY_WORLD = WorldSnapshot.of(new ComWorld());

    /** Two ended threads whose calls answered differently are the same state: an ended thread has no future. */
    @Test
    void endedThreadsHistoriesAreForgotten() {
        assertThat(text("DONE", "IUnknown::Release=0")).isEqualTo(text("DONE", "IUnknown::Release=1"));
    }

    /** A thread that failed never merges with one that ended cleanly, whatever its history. */
    @Test
    void failedThreadStaysApartFromEndedOne() {
        assertThat(text("FAILED", "IUnknown::Release=0")).isNotEqualTo(text("DONE", "IUnknown::Release=0"));
    }

    /** A running thread's history is its position: different answers are different states. */
    @Test
    void runningThreadsHistoryDistinguishesStates() {
        assertThat(text("BETWEEN_CALLS", "IUnknown::Release=0"))
                .isNotEqualTo(text("BETWEEN_CALLS", "IUnknown::Release=1"));
    }

    /** A registration's cookie is handed out in allocation order, so it is renamed like any id. */
    @Test
    void registrationCookiesAreRenamed() {
        assertThat(text("BETWEEN_CALLS", "CoRegisterClassObject=S_OK 7"))
                .isEqualTo(text("BETWEEN_CALLS", "CoRegisterClassObject=S_OK 9"))
                .contains("c=1");
    }

    /** A count is not an id: two different counts answered to a running thread stay two states. */
    @Test
    void countsAreNotRenamed() {
        assertThat(text("BETWEEN_CALLS", "CoAddRefServerProcess=2"))
                .isNotEqualTo(text("BETWEEN_CALLS", "CoAddRefServerProcess=3"));
    }

    private static String text(String status, String result) {
        RunState threads = new RunState(List.of(new RunState.ThreadPosition("server", "server-main", status,
                List.of("CoInitializeEx=S_OK (0x00000000)", result))));
        return CanonicalState.of(EMPTY_WORLD, threads);
    }
}
