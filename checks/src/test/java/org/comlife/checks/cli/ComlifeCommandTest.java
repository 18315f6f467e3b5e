package org.comlife.checks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.comlife.checks.impl.sample.CountThatForgetsToSuspend;
import org.comlife.checks.impl.sample.GlobalInterfaceTableThatCannotStart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line: bad input gives one line on standard error and exit code 2, never a stack
 * trace; a hunt writes its report and replayable counterexamples; a replay says whether the
 * violation recurs.
 */
class ComlifeCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void captureTerminal() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreTerminal() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

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
            err.reset();
            int exit = ComlifeCommand.execute(command);
            assertThat(exit).as(String.join(" ", command)).isEqualTo(ComlifeCommand.EXIT_USAGE);
            assertThat(errText()).as(String.join(" ", command)).startsWith("comlife: ").doesNotContain("\tat ");
            assertThat(errText().strip().lines().count()).as(errText()).isEqualTo(1);
        }
    }

    /** A GIT whose constructor throws is refused at load, before any engine runs, in one line with exit code 2. */
    @Test
    void globalInterfaceTableWhoseConstructorThrowsIsRefusedAtLoad() {
        int exit = ComlifeCommand.execute("hunt", "--impl", GlobalInterfaceTableThatCannotStart.class.getName(),
                "--engines", "exhaustive");

        assertThat(exit).as(errText()).isEqualTo(ComlifeCommand.EXIT_USAGE);
        assertThat(errText()).startsWith("comlife: ").contains(GlobalInterfaceTableThatCannotStart.class.getName()
                + "'s constructor threw", "no table storage").doesNotContain("\tat ");
        assertThat(errText().strip().lines().count()).as(errText()).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("exhaustive");
    }

    /** list shows every fault with the engines that claim it. */
    @Test
    void listShowsTheCatalogue() {
        assertThat(ComlifeCommand.execute("list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("double-unmarshal", "split-release", "exhaustive");
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

        assertThat(exit).as(out.toString(StandardCharsets.UTF_8) + errText()).isZero();
        assertThat(report.resolve("report.json")).exists();
        assertThat(report.resolve("summary.md")).exists();
        assertThat(report.resolve("report.html")).exists();
        Path replay = report.resolve("counterexamples").resolve("lockserver-window.json");
        assertThat(replay).exists();
        assertThat(report.resolve("summary.md")).content().contains("Replay: `java -jar checks/target/comlife.jar replay "
                + report + "/counterexamples/lockserver-window.json`");

        assertThat(ComlifeCommand.execute("replay", replay.toString())).isEqualTo(ComlifeCommand.EXIT_FAILED);
        assertThat(ComlifeCommand.execute("replay", replay.toString(), "--impl", "reference")).isZero();
    }
}
