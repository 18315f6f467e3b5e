package org.comlife.checks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.lincheck.LincheckTierBudgets;
import org.comlife.checks.matrix.Engine;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.ExhaustiveEngine;
import org.comlife.checks.matrix.LincheckEngine;
import org.comlife.checks.matrix.MatrixRun;
import org.comlife.checks.matrix.PropertyEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * replay says the truth, with an exit code for each outcome: the same invariant again recurs (1);
 * a schedule that cannot be followed diverges (3); another broken invariant is another violation
 * (4); nothing broken does not recur (0); a file naming an implementation comlife cannot find is
 * bad input (2); a client fault replayed on the reference says the program is the bug. The
 * explorer's, the property engine's and Lincheck's files all replay.
 */
class ReplayCommandTest {
    @TempDir
    static Path hunted;
    private static Path counterexamples;
    @RegisterExtension
    final Terminal terminal = new Terminal();

    /** The files a hunt writes for these catches (the engines hunt the faults alone: no reference row to wait for). */
    @BeforeAll
    static void hunt() throws Exception {
        List<MatrixRun.Found> found = new ArrayList<>();
        Engine explorer = new ExhaustiveEngine(new ExplorationBudget(100_000, 5_000, 10_000));
        Engine property = new PropertyEngine(1, 100);
        Engine lincheck = new LincheckEngine(LincheckTierBudgets.SCENARIO_INVOCATIONS);
        for (Object[] hunt : new Object[][] {{explorer, "lockserver-window"}, {explorer, "double-unmarshal"},
            {property, "double-unmarshal"}, {lincheck, "split-release"}}) {
            Engine engine = (Engine) hunt[0];
            Fault fault = FaultCatalogue.named((String) hunt[1]);
            EngineFinding finding = engine.hunt(fault);
            assertThat(finding.violationFound()).as(hunt[1] + " x " + engine.id()).isTrue();
            found.add(new MatrixRun.Found(fault.id().toString(), fault, engine.id(), finding));
        }
        ReplayFiles.write(hunted, found, null);
        counterexamples = hunted.resolve("counterexamples");
    }


    /** The explorer's schedule: recurs with the fault's helper, diverges or stays clean with the reference. */
    @Test
    void anExplorerScheduleRecursOnlyWithTheFault() {
        Path file = counterexamples.resolve("lockserver-window-exhaustive.json");
        assertThat(ComlifeCommand.execute("replay", file.toString())).as(terminal.text()).isEqualTo(1);
        assertThat(terminal.text()).contains("The violation recurs");
        terminal.reset();
        int againstReference = ComlifeCommand.execute("replay", file.toString(), "--impl", "reference");
        assertThat(againstReference).as(terminal.text()).isIn(0, 3);
        assertThat(terminal.text()).doesNotContain("The violation recurs");
    }

    /** A schedule whose recorded thread cannot run diverges: exit 3, and it never says "does not recur". */
    @Test
    void aScheduleThatCannotBeFollowedDiverges(@TempDir Path temp) throws Exception {
        Path file = edited(temp, "double-unmarshal-exhaustive.json", "\"devenv/background\"", "\"devenv/nobody\"");
        assertThat(ComlifeCommand.execute("replay", file.toString())).as(terminal.text()).isEqualTo(3);
        assertThat(terminal.text()).contains("diverged").doesNotContain("does not recur");
    }

    /** Another invariant than the recorded one breaking is another violation (exit 4), not "recurs". */
    @Test
    void anotherInvariantIsAnotherViolation(@TempDir Path temp) throws Exception {
        Path file = edited(temp, "double-unmarshal-exhaustive.json", "\"invariant\" : 4", "\"invariant\" : 9");
        assertThat(ComlifeCommand.execute("replay", file.toString())).as(terminal.text()).isEqualTo(4);
        assertThat(terminal.text()).contains("Another violation, not the recorded one").doesNotContain("recurs:");
    }

    /** An implementation the file names that comlife cannot find is bad input, not ignored. */
    @Test
    void anUnknownImplementationInTheFileIsRefused(@TempDir Path temp) throws Exception {
        for (String name : new String[] {"fault:no-such-fault", "bogus", "class:com.example.Missing"}) {
            terminal.reset();
            Path file = edited(temp, "double-unmarshal-exhaustive.json", "\"implementation\" : \"reference\"",
                    "\"implementation\" : \"" + name + "\"");
            assertThat(ComlifeCommand.execute("replay", file.toString())).as(name).isEqualTo(2);
            assertThat(terminal.err()).contains("names the implementation '" + name + "'");
        }
    }

    /** A client fault replayed on the reference recurs, and says that the program itself is the bug. */
    @Test
    void aClientFaultOnTheReferenceBlamesTheProgram() {
        Path file = counterexamples.resolve("double-unmarshal-exhaustive.json");
        assertThat(ComlifeCommand.execute("replay", file.toString(), "--impl", "reference")).isEqualTo(1);
        assertThat(terminal.text()).contains("is a client fault", "The bug is in the program");
    }

    /** The property engine's file replays its case from the seed: the same invariant breaks again. */
    @Test
    void aPropertyCaseReplays() {
        Path file = counterexamples.resolve("double-unmarshal-property.json");
        assertThat(file).exists();
        assertThat(ComlifeCommand.execute("replay", file.toString())).as(terminal.text()).isEqualTo(1);
        assertThat(terminal.text()).contains("The violation recurs: invariant 4");
    }

    /** Lincheck's file reruns its check: recurs with the faulty helper, does not with the reference. */
    @Test
    void aLincheckCheckReplays() {
        Path file = counterexamples.resolve("split-release-lincheck.json");
        assertThat(ComlifeCommand.execute("replay", file.toString())).as(terminal.text()).isEqualTo(1);
        assertThat(terminal.text()).contains("The violation recurs: linearizability: no order");
        terminal.reset();
        assertThat(ComlifeCommand.execute("replay", file.toString(), "--impl", "reference")).as(terminal.text()).isZero();
        assertThat(terminal.text()).contains("does not recur");
    }

    private static Path edited(Path temp, String name, String from, String to) throws Exception {
        String text = Files.readString(counterexamples.resolve(name));
        assertThat(text).contains(from);
        Path file = temp.resolve(name);
        Files.writeString(file, text.replace(from, to));
        return file;
    }
}
