package org.comlife.checks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.comlife.checks.usercheck.BadPrograms;
import org.comlife.checks.worked.git.GitSharedSettings;
import org.comlife.checks.worked.tally.TallyCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code comlife check} on a user's program: exit code 1 with the shortest counterexample as a
 * swimlane, the invariant and a replay file that replays; 0 when nothing breaks; 2 in one line
 * for bad input and programs comlife cannot check; 3 when an engine could not finish.
 */
class CheckCommandTest {
    @RegisterExtension
    final Terminal terminal = new Terminal();


    /**
     * A program with a race exits 1, prints the counterexample in the program's own thread and
     * object names with the invariant it breaks, writes the report and a replay file per engine,
     * and the replay recurs.
     */
    @Test
    void aViolationExitsOneWithItsSwimlaneAndReplays(@TempDir Path temp) {
        Path report = temp.resolve("report");
        int exit = ComlifeCommand.execute("check", TallyCheck.class.getName(), "--engines", "exhaustive,property",
                "--out", report.toString());

        assertThat(exit).as(terminal.out() + terminal.err()).isEqualTo(ComlifeCommand.EXIT_FAILED);
        assertThat(terminal.out()).contains("VIOLATION: " + TallyCheck.class.getName() + " (clients=2, adds=1)")
                .contains("Violation found by Exhaustive explorer (exhaustive)")
                .contains("app/client-1").contains("tally-server-1/main").contains(">>")
                .contains("Breaks invariant 2 (no-premature-shutdown): A process never commits shutdown")
                .contains("Objects: obj#").contains(" is Tally in STA")
                .contains("Replay: java -jar checks/target/comlife.jar replay " + report + "/counterexamples/"
                        + TallyCheck.class.getName() + "-exhaustive.json");
        assertThat(report.resolve("report.json")).exists();
        assertThat(report.resolve("report.html")).content().contains("<svg");
        assertThat(report.resolve("summary.md")).content().contains(TallyCheck.class.getName());
        Path replay = report.resolve("counterexamples").resolve(TallyCheck.class.getName() + "-exhaustive.json");
        assertThat(replay).exists();
        Path shrunk = report.resolve("counterexamples").resolve(TallyCheck.class.getName() + "-property.json");
        assertThat(shrunk).exists();

        for (Path file : new Path[] {replay, shrunk}) {
            terminal.reset();
            assertThat(ComlifeCommand.execute("replay", file.toString())).as(terminal.out() + terminal.err())
                    .isEqualTo(ComlifeCommand.EXIT_FAILED);
            assertThat(terminal.out()).contains("The violation recurs").contains("tally-server-1/main");
        }
    }

    /** A correct program exits 0, every engine having run, and says how much each explored. */
    @Test
    void aCorrectProgramExitsZero(@TempDir Path temp) {
        int exit = ComlifeCommand.execute("check", GitSharedSettings.class.getName(), "-P", "reads=1",
                "--engines", "exhaustive,property", "--out", temp.toString());

        assertThat(exit).as(terminal.out() + terminal.err()).isZero();
        assertThat(terminal.out()).contains("NO VIOLATION").contains("326 states").contains("schedules");
    }

    /** Bad flags and programs comlife cannot check are refused in one line with exit code 2, never a stack trace. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void badInputIsOneLineAndExitTwo(@TempDir Path temp) {
        String bad = BadPrograms.class.getName() + "$";
        String[][] commands = {
            {"check", "com.example.Missing"},
            {"check", "java.lang.String"},
            {"check", bad + "Minimal", "-P", "clients=2"},
            {"check", bad + "WithClients", "-P", "clients"},
            {"check", bad + "WithClients", "-P", "clients=7"},
            {"check", bad + "ConstructorThrows"},
            {"check", bad + "StartThrows"},
            {"check", bad + "StartsNoThread"},
            {"check", bad + "BusyWait", "--budget", "1"},
            {"check", bad + "Minimal", "--engines", "bogus"},
            {"check", bad + "Minimal", "--budget", "0"},
            {"check", bad + "Minimal", "--classpath", "/no/such.jar"},
        };
        for (String[] command : commands) {
            terminal.reset();
            int exit = ComlifeCommand.execute(withOut(command, temp));
            assertThat(exit).as(String.join(" ", command) + ": " + terminal.err()).isEqualTo(ComlifeCommand.EXIT_USAGE);
            assertThat(terminal.err()).as(String.join(" ", command)).startsWith("comlife: ").doesNotContain("\tat ");
            assertThat(terminal.err().strip().lines().count()).as(terminal.err()).isEqualTo(1);
        }
    }

    /** An engine that cannot finish a run of the program gives exit code 3, not a verdict. */
    @Test
    void anEngineThatCannotFinishExitsThree(@TempDir Path temp) {
        BadPrograms.ChangesAfterFirstRuns.RUNS.set(0);
        int exit = ComlifeCommand.execute("check", BadPrograms.class.getName() + "$ChangesAfterFirstRuns",
                "--engines", "exhaustive", "--budget", "5", "--out", temp.toString());

        assertThat(exit).as(terminal.out() + terminal.err()).isEqualTo(ComlifeCommand.EXIT_ENGINE_ERROR);
        assertThat(terminal.out()).contains("Exhaustive explorer ... error after").contains("ENGINE ERROR");
    }

    private static String[] withOut(String[] command, Path folder) {
        String[] full = new String[command.length + 2];
        System.arraycopy(command, 0, full, 0, command.length);
        full[command.length] = "--out";
        full[command.length + 1] = folder.toString();
        return full;
    }
}
