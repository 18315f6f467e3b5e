package org.comlife.checks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.comlife.checks.impl.sample.ChattyCount;
import org.comlife.checks.impl.sample.CountThatForgetsToSuspend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line: bad input gives one line on standard error and exit code 2, never a stack
 * trace; a hunt writes its report and replayable counterexamples; a replay says whether the
 * violation recurs.
 */
class ComlifeCommandTest {
    @RegisterExtension
    final Terminal terminal = new Terminal();

    /** Each kind of bad input is refused in one line with exit code 2. */
    @Test
    void badInputIsOneLineAndExitTwo(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        String[][] badCommands = {
            {"hunt", "--engines", "bogus"},
            {"hunt", "--faults", "no-such-fault"},
            {"hunt", "--impl", "com.example.Missing"},
            {"hunt", "--impl", CountThatForgetsToSuspend.class.getName(), "--classpath", "/no/such.jar"},
            {"hunt", "--shard", "3/2"},
            {"hunt", "--budget", "0"},
            {"hunt", "--out", file.resolve("sub").toString(), "--faults", "double-unmarshal", "--engines", "exhaustive"},
            {"explain", "no-such-fault"},
            {"replay", temp.resolve("missing.json").toString()},
            {"replay", file.toString()},
            {"--no-such-flag"},
        };
        for (String[] command : badCommands) {
            terminal.reset();
            int exit = ComlifeCommand.execute(command);
            assertThat(exit).as(String.join(" ", command)).isEqualTo(ComlifeCommand.EXIT_USAGE);
            assertThat(terminal.err()).as(String.join(" ", command)).startsWith("comlife: ").doesNotContain("\tat ");
            assertThat(terminal.err().strip().lines().count()).as(terminal.err()).isEqualTo(1);
        }
    }

    /** A helper whose constructor throws (a GIT, streams, a dispatch, an activation path) is refused at load, before any engine runs, in one line with exit code 2. */
    @ParameterizedTest
    @CsvSource({"org.comlife.checks.impl.sample.GlobalInterfaceTableThatCannotStart, no table storage",
            "org.comlife.checks.impl.sample.StreamsThatCannotStart, no HGLOBAL allocator",
            "org.comlife.checks.impl.sample.DispatchThatCannotStart, no RPC channel",
            "org.comlife.checks.impl.sample.ActivationThatCannotStart, no activation queue"})
    void helperWhoseConstructorThrowsIsRefusedAtLoad(String helper, String reason) {
        int exit = ComlifeCommand.execute("hunt", "--impl", helper, "--engines", "exhaustive");

        assertThat(exit).as(terminal.err()).isEqualTo(ComlifeCommand.EXIT_USAGE);
        assertThat(terminal.err()).startsWith("comlife: ").contains(helper + "'s constructor threw", reason)
                .doesNotContain("\tat ");
        assertThat(terminal.err().strip().lines().count()).as(terminal.err()).isEqualTo(1);
        assertThat(terminal.out()).doesNotContain("exhaustive");
    }

    /** list shows every fault with the engines that claim it. */
    @Test
    void listShowsTheCatalogue() {
        assertThat(ComlifeCommand.execute("list")).isZero();
        assertThat(terminal.out()).contains("double-unmarshal", "split-release", "exhaustive");
    }

    /**
     * A hunt writes report.json, summary.md, report.html and a replay file, which the summary names
     * in the replay command; the replay of a runtime fault's counterexample recurs with the faulty
     * helper and not with the reference.
     */
    @Test
    void huntWritesReportAndReplayRecursOnlyWithTheFault(@TempDir Path temp) {
        Path report = temp.resolve("report");
        int exit = ComlifeCommand.execute("hunt", "--faults", "lockserver-window,double-unmarshal", "--engines",
                "exhaustive", "--budget", "2", "--out", report.toString());

        assertThat(exit).as(terminal.out() + terminal.err()).isZero();
        assertThat(report.resolve("report.json")).exists();
        assertThat(report.resolve("summary.md")).exists();
        assertThat(report.resolve("report.html")).exists();
        Path replay = report.resolve("counterexamples").resolve("lockserver-window-exhaustive.json");
        assertThat(replay).exists();
        assertThat(report.resolve("summary.md")).content().contains("Replay: `java -jar checks/target/comlife.jar replay "
                + report + "/counterexamples/lockserver-window-exhaustive.json`");

        assertThat(ComlifeCommand.execute("replay", replay.toString())).isEqualTo(ComlifeCommand.EXIT_FAILED);
        assertThat(ComlifeCommand.execute("replay", replay.toString(), "--impl", "reference")).isZero();
    }

    /** What the implementation prints while the engines run goes to engines.log, not between the progress lines. */
    @Test
    void whatTheEnginesPrintGoesToTheLog(@TempDir Path temp) {
        Path report = temp.resolve("report");
        int exit = ComlifeCommand.execute("hunt", "--impl", ChattyCount.class.getName(), "--quick", "--faults",
                "lockserver-window", "--engines", "exhaustive", "--budget", "2", "--out", report.toString());

        assertThat(exit).as(terminal.out() + terminal.err()).isZero();
        assertThat(terminal.out()).contains("[1/").doesNotContain(ChattyCount.LINE);
        assertThat(report.resolve(HuntCommand.ENGINE_LOG)).content().contains(ChattyCount.LINE);
        assertThat(terminal.out()).contains(report.resolve(HuntCommand.ENGINE_LOG).toString());
    }
}
